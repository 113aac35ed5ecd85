package communitysim.model;

import communitysim.model.organisation.Organisation;
import communitysim.model.rewards.TokenEconomy;
import communitysim.scenario.Scenario;
import communitysim.model.organisation.GroupCensus;
import ec.util.MersenneTwisterFast;

/**
 * Who is active today. Each member's probability is
 * {@code logistic(base + e*engagement + b*belonging + f*fit + n*share - t*fatigue + pull)}, where
 * share is the fraction of its current neighbours active yesterday (the global active share under
 * complete mixing) and pull is the expected reward's at the task level the member qualifies for
 * (see {@link communitysim.model.rewards.TaskRewards}); an active member does one task of that level. Opinion leaders among
 * its neighbours who were active yesterday add {@code influence * min(1, weighted leaders /
 * saturation)} (two-step flow), each weighted {@code min(1, deepTies / its links)}; a group short of
 * vitality takes {@code vitalityWeight * (1 - vitality)} off. Decisions read only yesterday's state, so members can be visited in any order.
 *
 * <p>No member's links are walked here. The share of active neighbours comes from counts the
 * graph keeps ({@link SocialGraph#activeNeighbours(int)} over {@link SocialGraph#liveDegree}), and
 * the leaders' pull is pushed before the pass: each opinion leader active yesterday (a few hundred
 * in a community of 100,000) adds its weight to each of its neighbours.
 */
final class Activity extends MemberPhase {
    static final int PHASE = 2;

    /** Per member: the summed weights of its neighbours who are opinion leaders active yesterday. */
    private double[] leaderWeight = new double[0];
    /** Whether any opinion leader was active yesterday: else no weight was pushed, and none is read. */
    private boolean leadersPulling;

    Activity(CommunityModel model) {
        super(model, PHASE);
    }

    @Override
    protected void before(int members) {
        if (leaderWeight.length < model.members.capacity()) {
            leaderWeight = java.util.Arrays.copyOf(leaderWeight, model.members.capacity());
        }
        leadersPulling = model.mixing().pushLeaderWeights(model.members, model.leaderBitsYesterday(), model.scenario.leaders().deepTies(), leaderWeight) > 0;
    }

    /**
     * Adds each leader's weight, {@code min(1, deepTies / its live links)}, to each of its
     * neighbours' entries of {@code weights}; {@code leaders} has a bit set for each leader.
     * Returns how many leaders there were.
     */
    static int pushLeaderWeights(SocialGraph graph, Members members, long[] leaders, double deepTies, double[] weights) {
        int[] pool = graph.pool();
        byte[] flags = members.flags;
        int pushed = 0;
        for (int word = 0; word < leaders.length; word++) {
            for (long bits = leaders[word]; bits != 0; bits &= bits - 1) {
                int leader = (word << 6) + Long.numberOfTrailingZeros(bits);
                pushed++;
                // bounded attention: a leader with many links reaches each one less
                double weight = Math.min(1.0, deepTies / Math.max(1, graph.liveDegree(leader)));
                int remaining = graph.degree(leader);
                for (int blk = graph.head(leader); remaining > 0; blk = pool[blk]) {
                    int links = Math.min(SocialGraph.PER_BLOCK, remaining);
                    remaining -= links;
                    // a leaver's slot gets nothing: its weight would wait there for the newcomer who takes the id
                    for (int j = blk + 1, end = blk + 1 + links; j < end; j++) {
                        int other = pool[j];
                        if ((flags[other] & Members.FLAG_ALIVE) != 0) weights[other] += weight;
                    }
                }
            }
        }
        return pushed;
    }

    @Override
    protected void runChunk(int worker, int from, int to, MersenneTwisterFast random, MersenneTwisterFast followerRandom,
                            DayTally tally, GroupCensus census) {
        Members m = model.members;
        Scenario.Activation a = model.scenario.activation();
        boolean complete = model.completeMixing();
        double globalShare = model.activeShareYesterday();
        SocialGraph graph = model.graph;
        int[] activeNeighbours = graph.activeNeighbours();
        int day = model.day();
        byte[] today = m.activeToday;
        int[] alive = m.alive;
        TokenEconomy rewards = model.rewards;
        boolean tokens = rewards.enabled();
        byte[] taskLevel = m.taskLevel;
        double[] leaderWeight = this.leaderWeight;
        boolean leadersPulling = this.leadersPulling;
        boolean boosts = m.boost != null; // temporary groups are among the events
        byte[] commitment = m.commitment;
        double[] classShift = model.commitment().activation();
        Scenario.Leaders leaders = model.scenario.leaders();
        double perLeader = leaders.influence() / leaders.saturation();
        Organisation organisation = model.organisation;
        boolean groups = organisation.enabled();
        int[] groupOf = organisation.groups.memberGroups();
        double[] vitality = organisation.groups.vitalities();
        double vitalityWeight = model.scenario.groups().vitalityWeight();
        double contentPull = model.operations.contentPull();
        // Every column and knob is read into a local once: the loop calls out (markActive), after
        // which the JIT reloads anything reached through a field (a percent or two of the pass).
        float[] engagement = m.engagement, belonging = m.belonging, fit = m.fit, fatigue = m.fatigue;
        float[] boost = m.boost;
        int[] boostUntil = m.boostUntil;
        int[] lastActiveDay = m.lastActiveDay;
        byte[] flags = m.flags;
        int[] liveDegree = graph.liveDegrees();
        double base = a.base(), wEngagement = a.engagement(), wBelonging = a.belonging(), wFit = a.fit(),
                wNeighbours = a.neighbours(), wFatigue = a.fatigue(), influence = leaders.influence();
        int dau = 0;
        long[] tasksByLevel = tally.tasksByLevel;
        int[] activeByGroup = groups ? census.active : null;
        int bitsWord = -1;
        long activeWord = 0, leaderWord = 0;
        for (int k = from; k < to; k++) {
            int id = alive[k];
            double share;
            double leaderPull = 0;
            if (complete) {
                share = globalShare;
            } else {
                share = shareOf(activeNeighbours[id], liveDegree[id]);
                double activeLeaders = leadersPulling ? leaderWeight[id] : 0;
                if (activeLeaders != 0) {
                    leaderPull = Math.min(influence, perLeader * activeLeaders);
                    leaderWeight[id] = 0; // ready for tomorrow's push
                }
            }
            double e = engagement[id];
            int level = tokens ? rewards.levelFor(e) : -1;
            double x = base + wEngagement * e + wBelonging * belonging[id]
                    + wFit * fit[id] + wNeighbours * share - wFatigue * fatigue[id];
            x += rewards.pull(level); // 0 without a level: x as it was
            x += leaderPull + contentPull;
            if (boosts && boostUntil[id] >= day) x += boost[id];
            if (commitment != null) x += classShift[commitment[id]];
            if (groups) x -= vitalityWeight * (1 - vitality[groupOf[id]]);
            // the outcome is kept as a number so that no jump hangs on it (see Logistic.bit)
            int on = Logistic.bit(random.nextDouble(), x);
            today[id] = (byte) on;
            if (tokens) {
                taskLevel[id] = (byte) (((level + 1) & -on) - 1); // today's level if active, else -1
                tasksByLevel[Math.max(level, 0)] += on & ~(level >> 31); // nothing without a level
            }
            lastActiveDay[id] += (day - lastActiveDay[id]) & -on;
            // ids rise through the chunk, so the day's bits are gathered a 64-member word at a time
            int word = id >>> 6;
            if (word != bitsWord) {
                model.markActive(bitsWord, activeWord, leaderWord);
                bitsWord = word;
                activeWord = leaderWord = 0;
            }
            activeWord |= (long) on << id;
            leaderWord |= (long) (on & Members.flagged(flags[id], Members.FLAG_OPINION_LEADER)) << id;
            dau += on;
            if (groups) activeByGroup[groupOf[id]] += on;
        }
        tally.dau += dau;
        model.markActive(bitsWord, activeWord, leaderWord);
        if (!groups) census.active[0] += dau; // everyone is in the one group: its actives are the chunk's
    }

    /** The share of a member's {@code live} links that reach members active yesterday, {@code active} of them. */
    static double shareOf(int active, int live) {
        return live == 0 ? 0 : Math.min(1.0, (double) active / live);
    }

    /**
     * A member's share of active neighbours as today's activity pass read it, for the role step
     * (which runs after the interactions pass has counted today's): {@code activeNeighbours} is the
     * count the activity pass read; under complete mixing, yesterday's share of all members.
     */
    static float neighbourShare(CommunityModel model, int id, int activeNeighbours) {
        return (float) (model.completeMixing() ? model.activeShareYesterday() : shareOf(activeNeighbours, model.graph.liveDegree(id)));
    }

    @Override
    protected boolean countsGroups() {
        return true;
    }

    @Override
    protected void afterCensus(GroupCensus total) {
        model.organisation.settleNeeds(total.active);
    }

    @Override
    protected void after(DayTally sum) {
        model.setActiveToday(sum.dau);
        model.rewards.price(sum.tasksByLevel);
    }
}
