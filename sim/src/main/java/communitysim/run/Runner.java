package communitysim.run;

import communitysim.metrics.ReplicateResult;
import com.fasterxml.jackson.databind.JsonNode;
import communitysim.scenario.Scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a scenario's replicates in parallel on a fixed pool of threads. Replicate i runs with seed
 * {@code baseSeed + i} and its own model, so the results, gathered in replicate order, are the same
 * for any thread count.
 */
public final class Runner {
    /** Receives progress: days completed across all replicates, out of the total. */
    public interface Progress {
        void advanced(long daysDone, long daysTotal);

        Progress NONE = (done, total) -> {};
    }

    private Runner() {}

    /**
     * @param resolved the scenario tree with defaults filled, recorded in the manifest
     * @param source   where the scenario came from, as the user named it
     */
    public static RunResult run(Scenario scenario, JsonNode resolved, String source, int replicates, long baseSeed,
                                int threads, Progress progress) {
        return run(scenario, resolved, source, replicates, baseSeed, threads, progress, ReplicateRunner.DayListener.NONE);
    }

    /** As {@link #run(Scenario, JsonNode, String, int, long, int, Progress)}, telling {@code listener} about each day. */
    public static RunResult run(Scenario scenario, JsonNode resolved, String source, int replicates, long baseSeed,
                                int threads, Progress progress, ReplicateRunner.DayListener listener) {
        Instant start = Instant.now();
        int pool = Math.max(1, Math.min(threads, replicates));
        // Threads the replicates cannot use go inside a replicate's member phases.
        int workersPerReplicate = Math.max(1, threads / pool);
        long total = (long) replicates * scenario.days();
        AtomicLong done = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
            Thread t = new Thread(r, "replicate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReplicateResult>> futures = new ArrayList<>();
            for (int i = 0; i < replicates; i++) {
                final int replicate = i;
                futures.add(executor.submit(() -> ReplicateRunner.run(scenario, replicate, baseSeed + replicate,
                        workersPerReplicate, (r, model, day, row) -> {
                            listener.dayDone(r, model, day, row);
                            progress.advanced(done.incrementAndGet(), total);
                        }, Long.MAX_VALUE)));
            }
            List<ReplicateResult> results = new ArrayList<>(replicates);
            for (Future<ReplicateResult> f : futures) results.add(f.get());
            return new RunResult(scenario, resolved, source, baseSeed, List.copyOf(results), threads,
                    start, Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("run interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            executor.shutdownNow();
        }
    }
}
