package communitysim.model;

import sim.engine.ParallelSequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Runs a phase's chunks either in the calling thread or on a MASON {@link ParallelSequence} of
 * {@code workers} steppables, worker k taking chunks k, k + workers, ... Chunks draw from their
 * own streams ({@link Streams#forChunk}) and write only their own members and tally part, so the
 * outcome is the same for any number of workers.
 */
final class ChunkRunner implements AutoCloseable {
    interface Job {
        void run(int worker, int chunk);
    }

    private final int workers;
    private final ParallelSequence parallel;
    private Job job;
    private int chunks;

    ChunkRunner(int workers) {
        this.workers = Math.max(1, workers);
        if (this.workers == 1) {
            parallel = null;
        } else {
            Steppable[] steps = new Steppable[this.workers];
            for (int w = 0; w < this.workers; w++) {
                final int worker = w;
                steps[w] = (Steppable) state -> {
                    for (int c = worker; c < chunks; c += this.workers) job.run(worker, c);
                };
            }
            parallel = new ParallelSequence(steps, this.workers);
        }
    }

    int workers() {
        return workers;
    }

    void run(SimState state, int chunks, Job job) {
        if (parallel == null || chunks <= 1) {
            for (int c = 0; c < chunks; c++) job.run(0, c);
            return;
        }
        this.job = job;
        this.chunks = chunks;
        parallel.step(state);
        this.job = null;
    }

    @Override
    public void close() {
        if (parallel != null) parallel.cleanup();
    }
}
