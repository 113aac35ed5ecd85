package communitysim.model;

import communitysim.model.organisation.GroupCensus;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One phase of the day that visits every current member: the member list is cut into fixed-size
 * chunks, each chunk gets its own random stream and tally part, and the parts are summed in chunk
 * order. Because the chunking does not depend on the thread count, neither do the results.
 *
 * <p>Chunk c of a phase draws from the same stream every day ({@link Streams#forChunk}), carried on
 * from where the day before left it: one chunk is run by one thread at a time and days follow each
 * other, so the numbers a chunk draws depend only on the seed and what happened before. (Seeding
 * a fresh Mersenne Twister for every chunk of every phase of every day cost a twentieth of the
 * phases' time.)
 *
 * <p>A phase may carry a follower: a later step of the day that reads and writes only the visited
 * member's own state, run on each member right after this phase's visit so the day needs one pass
 * fewer over memory. It draws from its own stream (as it would as a phase of its own), so fusing
 * it changes nothing but the time taken.
 */
public abstract class MemberPhase implements Steppable {
    static final int CHUNK = 4096;

    protected final CommunityModel model;
    private final int phaseId;
    private DayTally[] parts = new DayTally[0];
    /**
     * Per worker, not per chunk: the census holds only integer counts, whose sum does not depend on
     * which worker counted what, and a per-chunk census would cost chunks × groups to clear and add
     * up every pass (at a million members, 250 chunks × 13,000 groups).
     */
    private final GroupCensus[] censuses;
    private final int followerPhaseId;
    /** Per chunk: this phase's stream and the follower's. */
    private MersenneTwisterFast[] streams = new MersenneTwisterFast[0];
    private MersenneTwisterFast[] followerStreams = new MersenneTwisterFast[0];

    protected MemberPhase(CommunityModel model, int phaseId) {
        this(model, phaseId, -1);
    }

    /** @param followerPhaseId the phase id of the follower's stream (see the class comment), or -1 */
    protected MemberPhase(CommunityModel model, int phaseId, int followerPhaseId) {
        this.model = model;
        this.phaseId = phaseId;
        this.followerPhaseId = followerPhaseId;
        censuses = new GroupCensus[model.workers()];
        for (int w = 0; w < censuses.length; w++) censuses[w] = new GroupCensus();
    }

    @Override
    public final void step(SimState state) {
        int n = model.members.aliveCount();
        int chunks = (n + CHUNK - 1) / CHUNK;
        if (parts.length < chunks) parts = new DayTally[chunks];
        long seed = model.seed();
        if (streams.length < chunks) {
            MersenneTwisterFast[] grown = java.util.Arrays.copyOf(streams, chunks);
            MersenneTwisterFast[] grownFollower = java.util.Arrays.copyOf(followerStreams, chunks);
            for (int c = streams.length; c < chunks; c++) {
                grown[c] = Streams.forChunk(seed, phaseId, c);
                if (followerPhaseId >= 0) grownFollower[c] = Streams.forChunk(seed, followerPhaseId, c);
            }
            streams = grown;
            followerStreams = grownFollower;
        }
        before(n);
        boolean counting = countsGroups();
        int groups = model.organisation.groups.count();
        if (counting) {
            for (GroupCensus census : censuses) census.clear(groups);
        }
        model.chunks().run(chunks, (worker, c) -> {
            // Each chunk counts into a tally its running thread allocates, in that thread's own
            // allocation buffer, and dies young. A tally kept per worker across days was moved by
            // the collector next to the other worker's, after which both wrote one cache line
            // for every member.
            DayTally part = new DayTally();
            runChunk(worker, c * CHUNK, Math.min(n, (c + 1) * CHUNK), streams[c], followerStreams[c], part, counting ? censuses[worker] : null);
            parts[c] = part;
        });
        DayTally sum = new DayTally();
        for (int c = 0; c < chunks; c++) sum.add(parts[c]);
        if (counting) {
            GroupCensus total = new GroupCensus();
            total.clear(groups);
            for (GroupCensus census : censuses) total.add(census, groups);
            afterCensus(total);
        }
        after(sum);
    }

    /**
     * Visits the members at positions {@code from..to} of the alive list.
     *
     * @param worker the running worker (0 to workers - 1), for state a worker keeps across its chunks
     * @param followerRandom the follower's stream for this chunk, or null without a follower
     * @param census the running worker's per-group counts when {@link #countsGroups()}, else null
     */
    protected abstract void runChunk(int worker, int from, int to, MersenneTwisterFast random, MersenneTwisterFast followerRandom,
                                     DayTally tally, GroupCensus census);

    /** Runs in the schedule's thread before the chunks, with the number of members to visit. */
    protected void before(int members) {}

    /** Whether this phase gathers per-group counts (see {@link GroupCensus}). */
    protected boolean countsGroups() {
        return false;
    }

    /** Receives the chunks' group counts summed in chunk order, before {@link #after}. */
    protected void afterCensus(GroupCensus total) {}

    /** Receives the chunks' tallies summed in chunk order, in the schedule's thread. */
    protected abstract void after(DayTally sum);
}
