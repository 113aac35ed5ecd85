package communitysim.model;

import communitysim.model.organisation.GroupCensus;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One phase of the day that visits every current member: the member list is cut into fixed-size
 * chunks, each chunk gets its own random stream and tally part, and the parts are summed in chunk
 * order. Because the chunking does not depend on the thread count, neither do the results.
 */
public abstract class MemberPhase implements Steppable {
    static final int CHUNK = 4096;

    protected final CommunityModel model;
    private final int phaseId;
    private DayTally[] parts = new DayTally[0];
    private GroupCensus[] censuses = new GroupCensus[0];
    private final MersenneTwisterFast[] rngs;
    private final DayTally[] scratches;

    protected MemberPhase(CommunityModel model, int phaseId) {
        this.model = model;
        this.phaseId = phaseId;
        int workers = model.workers();
        rngs = new MersenneTwisterFast[workers];
        scratches = new DayTally[workers];
        for (int w = 0; w < workers; w++) {
            rngs[w] = new MersenneTwisterFast(0);
        }
    }

    @Override
    public final void step(SimState state) {
        int n = model.members.aliveCount();
        int chunks = (n + CHUNK - 1) / CHUNK;
        if (parts.length < chunks) {
            DayTally[] grown = java.util.Arrays.copyOf(parts, chunks);
            for (int c = parts.length; c < chunks; c++) grown[c] = new DayTally();
            parts = grown;
        }
        int day = model.day();
        long seed = model.seed();
        boolean counting = countsGroups();
        int groups = model.organisation.groups.count();
        if (counting) {
            if (censuses.length < chunks) {
                GroupCensus[] grown = java.util.Arrays.copyOf(censuses, chunks);
                for (int c = censuses.length; c < chunks; c++) grown[c] = new GroupCensus();
                censuses = grown;
            }
            for (int c = 0; c < chunks; c++) censuses[c].clear(groups);
        }
        model.chunks().run(state, chunks, (worker, c) -> {
            // Count into a tally the worker allocated itself (so it sits in that thread's memory and
            // shares no cache line with another worker's), then publish it once per chunk.
            DayTally scratch = scratches[worker];
            if (scratch == null) scratch = scratches[worker] = new DayTally();
            scratch.clear();
            MersenneTwisterFast rng = Streams.forChunk(rngs[worker], seed, day, phaseId, c);
            runChunk(c * CHUNK, Math.min(n, (c + 1) * CHUNK), rng, scratch, counting ? censuses[c] : null);
            DayTally part = parts[c];
            part.clear();
            part.add(scratch);
        });
        DayTally sum = new DayTally();
        for (int c = 0; c < chunks; c++) sum.add(parts[c]);
        if (counting) {
            GroupCensus total = new GroupCensus();
            total.clear(groups);
            for (int c = 0; c < chunks; c++) total.add(censuses[c], groups);
            afterCensus(total);
        }
        after(sum);
    }

    /**
     * Visits the members at positions {@code from..to} of the alive list.
     *
     * @param census this chunk's per-group counts when {@link #countsGroups()}, else null
     */
    protected abstract void runChunk(int from, int to, MersenneTwisterFast random, DayTally tally, GroupCensus census);

    /** Whether this phase gathers per-group counts (see {@link GroupCensus}). */
    protected boolean countsGroups() {
        return false;
    }

    /** Receives the chunks' group counts summed in chunk order, before {@link #after}. */
    protected void afterCensus(GroupCensus total) {}

    /** Receives the chunks' tallies summed in chunk order, in the schedule's thread. */
    protected abstract void after(DayTally sum);
}
