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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The core's {@link Executor} on Apache Spark. The pending tasks become one RDD cut into contiguous
 * partitions; each Spark task evaluates its partition's sweep tasks one after another with the core's
 * {@link TaskEvaluator} (one replicate per core, as on local threads). The job is submitted
 * asynchronously and every partition's results are handed back to the driver as soon as that partition
 * finishes, where the caller's thread alone feeds them to the sink (the journal). So results stream in
 * units of one partition, and a sweep cut short keeps every partition that finished.
 *
 * <p>A task that throws fails its Spark task; Spark retries it up to {@code spark.task.maxFailures}
 * times (a simulation is deterministic, so a retry gives the same row); if it still fails the Spark
 * job is cancelled, the results that had already arrived are journalled, and the failure is thrown.
 */
public final class SparkExecutor implements Executor {
    /** Partitions per core when no partition size is given: enough to balance uneven run lengths. */
    static final int PARTITIONS_PER_CORE = 4;
    /** The largest default partition: bounds what a kill can lose to one partition per core. */
    static final int MAX_DEFAULT_PARTITION = 64;

    private final JavaSparkContext spark;
    private final int partitionSize;

    /**
     * @param partitionSize sweep tasks per Spark partition, or 0 for the default: the tasks spread
     *                      over {@value #PARTITIONS_PER_CORE} partitions per core of the context's
     *                      default parallelism, at most {@value #MAX_DEFAULT_PARTITION} tasks each
     */
    public SparkExecutor(JavaSparkContext spark, int partitionSize) {
        if (partitionSize < 0) throw new IllegalArgumentException("partition size must be >= 0, got " + partitionSize);
        this.spark = spark;
        this.partitionSize = partitionSize;
    }

    public SparkExecutor(JavaSparkContext spark) {
        this(spark, 0);
    }

    /** Tasks per partition for {@code tasks} pending tasks. */
    int partitionSize(int tasks) {
        if (partitionSize > 0) return partitionSize;
        long slots = (long) Math.max(1, spark.defaultParallelism()) * PARTITIONS_PER_CORE;
        return (int) Math.max(1, Math.min(MAX_DEFAULT_PARTITION, (tasks + slots - 1) / slots));
    }

    @Override
    public void execute(SweepJob job, List<Task> tasks, Sink sink) throws IOException, InterruptedException {
        if (tasks.isEmpty()) return;
        int size = partitionSize(tasks.size());
        int partitions = (tasks.size() + size - 1) / size;
        // parallelize cuts the list into contiguous slices of (almost) equal length, in order.
        JavaRDD<Task> rdd = spark.parallelize(new ArrayList<>(tasks), partitions);
        LinkedBlockingQueue<List<TaskResult>> arrived = new LinkedBlockingQueue<>();
        List<Object> ids = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) ids.add(p);
        SparkContext sc = spark.sc();
        sc.setJobDescription("communitysim sweep: " + tasks.size() + " tasks in " + partitions + " partitions");
        SimpleFutureAction<BoxedUnit> running = sc.submitJob(rdd.rdd(), new EvaluatePartition(job),
                scala.jdk.javaapi.CollectionConverters.asScala(ids).toList(), new Enqueue(arrived), new Done());
        int delivered = 0;
        boolean finished = false;
        try {
            while (delivered < tasks.size()) {
                List<TaskResult> batch = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (batch == null) {
                    if (running.isCompleted() && arrived.isEmpty()) {
                        // All handlers ran before completion: a completed job with nothing left is a failure
                        // (get throws it) or a bug (fewer results than tasks).
                        running.get();
                        throw new IllegalStateException("Spark finished the sweep's job with " + delivered
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
            if (!finished && !running.isCompleted()) running.cancel();
            sc.setJobDescription(null);
        }
    }

    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.toString() : message.lines().findFirst().orElse(message);
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
