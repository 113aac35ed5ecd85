package communitysim.spark;

import communitysim.sweep.Executor;
import communitysim.sweep.SweepJob;
import communitysim.sweep.Task;
import communitysim.sweep.TaskEvaluator;
import communitysim.sweep.TaskResult;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The core's {@link Executor} on Apache Spark. The pending tasks are cut into contiguous partitions
 * (grouped into waves, one asynchronous Spark job each, a few in flight); each Spark task evaluates its partition's sweep tasks one after another with the core's
 * {@link TaskEvaluator} (one replicate per core, as on local threads). The job is submitted
 * asynchronously and every partition's results are handed back to the driver as soon as that partition
 * finishes, where the caller's thread alone feeds them to the sink (the journal). So results stream in
 * units of one partition, a sweep cut short keeps every partition that finished, and the driver holds
 * only the tasks of the waves in flight, however large the sweep.
 *
 * <p>A task that throws fails its Spark task; Spark retries it up to {@code spark.task.maxFailures}
 * times (a simulation is deterministic, so a retry gives the same row); if it still fails the Spark
 * jobs are cancelled, the results that had already arrived are journalled, and the failure is thrown.
 */
public final class SparkExecutor implements Executor {
    /** Partitions per core when no partition size is given: enough to balance uneven run lengths. */
    static final int PARTITIONS_PER_CORE = 4;
    /** The largest default partition: bounds what a kill can lose to one partition per core. */
    static final int MAX_DEFAULT_PARTITION = 64;
    /** Spark jobs (waves of tasks) submitted ahead: the next waves queue behind the current one's stragglers. */
    static final int WAVES_IN_FLIGHT = 3;

    private final JavaSparkContext spark;
    private final int partitionSize;
    private final int waveSize;

    /**
     * @param partitionSize sweep tasks per Spark partition, or 0 for the default: the tasks spread
     *                      over {@value #PARTITIONS_PER_CORE} partitions per core of the context's
     *                      default parallelism, at most {@value #MAX_DEFAULT_PARTITION} tasks each
     */
    public SparkExecutor(JavaSparkContext spark, int partitionSize) {
        this(spark, partitionSize, 0);
    }

    /** @param waveSize tasks per Spark job, or 0 for {@link #waveSize(int) the default} (tests cut waves small) */
    SparkExecutor(JavaSparkContext spark, int partitionSize, int waveSize) {
        if (partitionSize < 0) throw new IllegalArgumentException("partition size must be >= 0, got " + partitionSize);
        if (waveSize < 0) throw new IllegalArgumentException("wave size must be >= 0, got " + waveSize);
        this.spark = spark;
        this.partitionSize = partitionSize;
        this.waveSize = waveSize;
    }

    public SparkExecutor(JavaSparkContext spark) {
        this(spark, 0);
    }

    /** Tasks per partition for {@code tasks} pending tasks. */
    int partitionSize(int tasks) {
        if (partitionSize > 0) return partitionSize;
        long slots = slots();
        return (int) Math.max(1, Math.min(MAX_DEFAULT_PARTITION, (tasks + slots - 1) / slots));
    }

    /** Tasks per Spark job: one partition per slot, {@value #PARTITIONS_PER_CORE} slots per core. */
    int waveSize(int tasks) {
        if (waveSize > 0) return waveSize;
        return (int) Math.min(tasks, (long) partitionSize(tasks) * slots());
    }

    private long slots() {
        return (long) Math.max(1, spark.defaultParallelism()) * PARTITIONS_PER_CORE;
    }

    /**
     * Submits the tasks as consecutive waves of {@link #waveSize} tasks, each one asynchronous Spark
     * job, with {@value #WAVES_IN_FLIGHT} in flight so the cluster never waits for a wave's last
     * partition; only the waves in flight exist as Task objects on the driver.
     */
    @Override
    public void execute(SweepJob job, List<Task> tasks, Sink sink) throws IOException, InterruptedException {
        if (tasks.isEmpty()) return;
        int size = partitionSize(tasks.size());
        int wave = waveSize(tasks.size());
        SparkContext sc = spark.sc();
        LinkedBlockingQueue<List<TaskResult>> arrived = new LinkedBlockingQueue<>();
        ArrayDeque<SimpleFutureAction<BoxedUnit>> running = new ArrayDeque<>();
        EvaluatePartition evaluate = new EvaluatePartition(job);
        int submitted = 0;
        int delivered = 0;
        boolean finished = false;
        try {
            while (delivered < tasks.size()) {
                // Finished waves leave (a failed one throws here); their results were queued before they finished.
                for (Iterator<SimpleFutureAction<BoxedUnit>> it = running.iterator(); it.hasNext(); ) {
                    SimpleFutureAction<BoxedUnit> w = it.next();
                    if (!w.isCompleted()) continue;
                    try {
                        w.get();
                    } catch (org.apache.spark.SparkException e) {
                        // What other partitions finished before the failure is journalled, for the resume.
                        for (List<TaskResult> done; (done = arrived.poll()) != null; ) {
                            for (TaskResult result : done) sink.accept(result);
                        }
                        throw e;
                    }
                    it.remove();
                }
                while (running.size() < WAVES_IN_FLIGHT && submitted < tasks.size()) {
                    int to = Math.min(tasks.size(), submitted + wave);
                    running.add(submit(sc, evaluate, tasks.subList(submitted, to), size, arrived));
                    submitted = to;
                }
                List<TaskResult> batch = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (batch == null) {
                    if (running.isEmpty() && submitted == tasks.size() && arrived.isEmpty()) {
                        throw new IllegalStateException("Spark finished the sweep's jobs with " + delivered
                                + " of " + tasks.size() + " results");
                    }
                    continue;
                }
                for (TaskResult result : batch) {
                    sink.accept(result);
                    delivered++;
                }
            }
            finished = true;
        } catch (org.apache.spark.SparkException e) {
            throw new IllegalStateException("the Spark job failed: " + rootMessage(e), e);
        } finally {
            if (!finished) {
                for (SimpleFutureAction<BoxedUnit> w : running) if (!w.isCompleted()) w.cancel();
            }
        }
    }

    private SimpleFutureAction<BoxedUnit> submit(SparkContext sc, EvaluatePartition evaluate, List<Task> wave, int size,
                                                 LinkedBlockingQueue<List<TaskResult>> arrived) {
        int partitions = (wave.size() + size - 1) / size;
        // parallelize cuts the list into contiguous slices of (almost) equal length, in order.
        JavaRDD<Task> rdd = spark.parallelize(new ArrayList<>(wave), partitions);
        List<Object> ids = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) ids.add(p);
        sc.setJobDescription("communitysim sweep: tasks " + wave.get(0).run() + "/" + wave.get(0).replicate()
                + " and " + (wave.size() - 1) + " more, in " + partitions + " partitions");
        try {
            return sc.submitJob(rdd.rdd(), evaluate, scala.jdk.javaapi.CollectionConverters.asScala(ids).toList(),
                    new Enqueue(arrived), new Done());
        } finally {
            sc.setJobDescription(null);
        }
    }

    /** The innermost message (the task's own exception, or Spark's reason for aborting), first line only. */
    private static String rootMessage(Throwable e) {
        String message = e.toString();
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
        }
        return message.lines().findFirst().orElse(message);
    }

    /** Runs on an executor: one partition's tasks, one after another. */
    static final class EvaluatePartition extends AbstractFunction1<scala.collection.Iterator<Task>, List<TaskResult>>
            implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SweepJob job;

        EvaluatePartition(SweepJob job) {
            this.job = job;
        }

        @Override
        public List<TaskResult> apply(scala.collection.Iterator<Task> tasks) {
            TaskEvaluator evaluator = Evaluators.of(job);
            ArrayList<TaskResult> results = new ArrayList<>();
            while (tasks.hasNext()) results.add(evaluator.evaluate(tasks.next()));
            return results;
        }
    }

    /** Runs on the driver, in Spark's scheduler thread: hands a finished partition to the caller's thread. */
    private static final class Enqueue extends AbstractFunction2<Object, List<TaskResult>, BoxedUnit> {
        private final LinkedBlockingQueue<List<TaskResult>> queue;

        Enqueue(LinkedBlockingQueue<List<TaskResult>> queue) {
            this.queue = queue;
        }

        @Override
        public BoxedUnit apply(Object partition, List<TaskResult> results) {
            queue.add(results);
            return BoxedUnit.UNIT;
        }
    }

    private static final class Done extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }

    /** One evaluator per executor JVM and job: the base scenario is parsed and checked once, not per partition. */
    static final class Evaluators {
        private static SweepJob lastJob;
        private static TaskEvaluator last;

        private Evaluators() {}

        static synchronized TaskEvaluator of(SweepJob job) {
            if (last == null || !job.equals(lastJob)) {
                last = new TaskEvaluator(job);
                lastJob = job;
            }
            return last;
        }
    }
}
