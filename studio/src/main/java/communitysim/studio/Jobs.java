package communitysim.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** The visible queue: jobs run one at a time, in the order submitted; queued ones can be stopped before they start. */
final class Jobs {
    static final int MAX_QUEUED = 20;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "studio-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<Integer, Job> jobs = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** Queues a job made from its id; empty when the queue is full. */
    synchronized <J extends Job> Optional<J> submit(IntFunction<J> make) {
        long waiting = jobs.values().stream().filter(j -> !j.finished()).count();
        if (waiting >= MAX_QUEUED) return Optional.empty();
        J job = make.apply(ids.incrementAndGet());
        jobs.put(job.id, job);
        worker.submit(() -> execute(job));
        return Optional.of(job);
    }

    private static void execute(Job job) {
        synchronized (job) {
            if (job.state != Job.State.QUEUED) return; // stopped while queued
            job.state = Job.State.RUNNING;
            job.started = java.time.Instant.now();
        }
        try {
            job.execute();
            job.state = Job.State.DONE;
        } catch (Job.Stopped e) {
            job.state = Job.State.STOPPED;
        } catch (Throwable e) {
            job.error = e.getMessage() == null ? e.toString() : e.getMessage();
            job.state = Job.State.FAILED;
        } finally {
            job.ended = java.time.Instant.now();
        }
    }

    synchronized Optional<Job> get(int id) {
        return Optional.ofNullable(jobs.get(id));
    }

    synchronized List<Job> all() {
        return new ArrayList<>(jobs.values());
    }

    /** Stops a queued job at once, a running one at the end of its current day. */
    boolean stop(Job job) {
        synchronized (job) {
            if (job.finished()) return false;
            job.stopRequested = true;
            if (job.state == Job.State.QUEUED) {
                job.state = Job.State.STOPPED;
                job.ended = java.time.Instant.now();
            }
            return true;
        }
    }

    /** Stops everything (Ctrl-C) and waits a little for the running job to notice. */
    void shutdown() {
        all().forEach(this::stop);
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.shutdownNow();
    }
}
