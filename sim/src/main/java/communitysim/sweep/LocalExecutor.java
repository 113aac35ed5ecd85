package communitysim.sweep;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on a fixed pool of threads, one replicate per task and per thread. Only a couple of
 * tasks per thread are submitted ahead, so memory follows the pool size, not the sweep's, and the
 * sink (the journal) is called on the caller's thread alone.
 */
public final class LocalExecutor implements Executor {
    private static final int AHEAD_PER_THREAD = 2;

    private final int threads;

    public LocalExecutor(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.threads = threads;
    }

    @Override
    public void execute(SweepJob job, List<Task> tasks, Sink sink) throws IOException, InterruptedException {
        if (tasks.isEmpty()) return;
        TaskEvaluator evaluator = new TaskEvaluator(job);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-task");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<TaskResult> finished = new ExecutorCompletionService<>(pool);
            Iterator<Task> next = tasks.iterator();
            int inFlight = 0;
            for (int received = 0; received < tasks.size(); received++) {
                while (next.hasNext() && inFlight < AHEAD_PER_THREAD * threads) {
                    Task task = next.next();
                    finished.submit(() -> evaluator.evaluate(task));
                    inFlight++;
                }
                sink.accept(result(finished.take()));
                inFlight--;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static TaskResult result(Future<TaskResult> done) throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
