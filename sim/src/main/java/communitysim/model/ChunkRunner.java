package communitysim.model;


import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a phase's chunks on {@code workers} threads: the schedule's own thread and
 * {@code workers - 1} helpers, each taking the next unclaimed chunk until none is left. Chunks draw
 * from their own streams ({@link Streams#forChunk}) and write only their own members and tally
 * part, so the outcome is the same whichever thread runs a chunk and however many there are.
 *
 * <p>A day has half a dozen parallel passes of a few milliseconds each, so waking a parked thread
 * for each (tens to hundreds of microseconds on a virtual machine) is a large share of the work.
 * Helpers therefore spin briefly between passes, then yield, then park in short timed naps; the
 * schedule's thread yields too once a wait grows long, so a machine busy with other work degrades
 * gracefully instead of spinning against itself. Measured on
 * two cores at 100k members: MASON's {@code ParallelSequence} (which parks the schedule's thread
 * and hands each step to pooled threads) 7.9M member-days per second, an executor hand-off 9.4M,
 * spinning helpers about 11M.
 */
final class ChunkRunner implements AutoCloseable {
    interface Job {
        void run(int worker, int chunk);
    }

    private static final int SPINS_BEFORE_YIELD = 1 << 10;
    private static final int SPINS_BEFORE_NAP = 1 << 14;
    private static final long NAP_NANOS = 50_000;

    private final int workers;
    private final Thread[] helpers;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile Throwable failure;
    private Job job;
    private int chunks;

    ChunkRunner(int workers) {
        this.workers = Math.max(1, workers);
        this.helpers = new Thread[this.workers - 1];
        for (int w = 1; w < this.workers; w++) {
            final int worker = w;
            Thread t = new Thread(() -> helperLoop(worker), "communitysim-chunks-" + w);
            t.setDaemon(true);
            helpers[w - 1] = t;
            t.start();
        }
    }

    int workers() {
        return workers;
    }

    void run(int chunks, Job job) {
        // after close (a console restarting a finished model) the schedule's thread runs them all:
        // the results are the same whoever runs the chunks
        if (helpers.length == 0 || chunks <= 1 || closed) {
            for (int c = 0; c < chunks; c++) job.run(0, c);
            return;
        }
        this.job = job;
        this.chunks = chunks;
        next.set(0);
        pending.set(helpers.length);
        generation++; // the volatile write publishes job and chunks to the helpers
        for (Thread t : helpers) LockSupport.unpark(t);
        drain(0, chunks, job);
        // Spin briefly, then yield: if another process holds the other core, a helper still busy
        // with the last chunk may be waiting for this one, and spinning would starve it.
        for (int spins = 0; pending.get() > 0; spins++) {
            if (spins < SPINS_BEFORE_YIELD) Thread.onSpinWait();
            else Thread.yield();
        }
        this.job = null;
        Throwable f = failure;
        if (f != null) {
            failure = null;
            if (f instanceof RuntimeException re) throw re;
            if (f instanceof Error err) throw err;
            throw new IllegalStateException(f);
        }
    }

    private void helperLoop(int worker) {
        int seen = 0;
        while (true) {
            int spins = 0;
            int g;
            while ((g = generation) == seen) {
                if (closed) return;
                spins++;
                if (spins < SPINS_BEFORE_YIELD) Thread.onSpinWait();
                else if (spins < SPINS_BEFORE_NAP) Thread.yield();
                else LockSupport.parkNanos(NAP_NANOS);
            }
            seen = g;
            try {
                drain(worker, chunks, job);
            } catch (Throwable t) {
                failure = t;
                next.set(Integer.MAX_VALUE);
            } finally {
                pending.decrementAndGet();
            }
        }
    }

    private void drain(int worker, int chunks, Job job) {
        for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) job.run(worker, c);
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : helpers) LockSupport.unpark(t);
    }
}
