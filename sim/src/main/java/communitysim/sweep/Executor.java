package communitysim.sweep;

import java.io.IOException;
import java.util.List;

/**
 * Where a sweep's tasks run: {@link LocalExecutor} on this machine's threads, or a cluster
 * implementation. An executor evaluates each task with a {@link TaskEvaluator} built from the
 * {@link SweepJob} (both travel: the job and tasks are serializable) and hands every result to the
 * sink as it finishes, in any order, from one thread at a time. Results must not be held back until
 * the end: the sink journals each one, which is what makes a sweep resumable.
 */
public interface Executor {

    @FunctionalInterface
    interface Sink {
        void accept(TaskResult result) throws IOException;
    }

    /**
     * Returns once every task's result has reached the sink; throws the first failure of a task or
     * of the sink, after which no more results are delivered.
     */
    void execute(SweepJob job, List<Task> tasks, Sink sink) throws IOException, InterruptedException;
}
