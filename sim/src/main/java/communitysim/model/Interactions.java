package communitysim.model;

import communitysim.model.rewards.TokenEconomy;
import communitysim.scenario.Scenario;
import communitysim.model.organisation.GroupCensus;
import ec.util.MersenneTwisterFast;

/**
 * Active members interact, create content and are paid for their task; everyone's engagement,
 * belonging and fatigue move.
 *
 * <p>Two linked members who are both active interact with probability
 * {@code min(1, p * w_i * w_j)} (w the roles' interaction weights); the draw is a hash of the pair
 * and the day, so both sides see the same interaction without sharing state. Under complete mixing
 * a member's interactions are Poisson with mean {@code contacts * activeShare * w_i}. Each
 * interaction, and each active day, closes a share of the gap between engagement and 1, and every
 * day forgets a share of it, so members without interactions drift away (neglect) and those with some settle where gains
 * and forgetting balance.
 *
 * <p>Walking each member's links here also counts its active neighbours, which the graph keeps for
 * tomorrow's activity ({@link SocialGraph#activeNeighbours(int)}). The role transitions follow each
 * member's visit in the same pass ({@link RoleTransitions}).
 */
final class Interactions extends MemberPhase {
    static final int PHASE = 3;
    private static final int PAIR_PURPOSE = 31;

    /** {@code keep^n} for the interaction counts a member's links allow, computed once. */
    private double[] keepPowers;

    private final RoleTransitions roleTransitions;

    Interactions(CommunityModel model) {
        super(model, PHASE, RoleTransitions.PHASE);
        roleTransitions = new RoleTransitions(model);
        reconfigure(model.scenario);
    }

    /** The knobs changed mid-run: the engagement kept after n interactions. */
    void reconfigure(Scenario next) {
        double keep = 1 - next.interaction().engagementGain();
        keepPowers = new double[Math.min(next.network().maxDegree(), 4096) + 1];
        for (int n = 0; n < keepPowers.length; n++) keepPowers[n] = Math.pow(keep, n);
    }

    /**
     * The most pieces a day a member's rate can ask for, before piecesPerDay: a far tail of the
     * propensity times a long run of answered work must not count content past what a person can
     * make, nor overflow a member's count over decades.
     */
    static final double MAX_RATE = 100;

    @Override
    protected void runChunk(int worker, int from, int to, MersenneTwisterFast random, MersenneTwisterFast followerRandom,
                            DayTally tally, GroupCensus census) {
        RoleTransitions.Chunk roleChunk = roleTransitions.chunk(followerRandom, census);
        Members m = model.members;
        Scenario.Interaction it = model.scenario.interaction();
        Scenario.Activation act = model.scenario.activation();
        RoleTable roles = model.roles;
        boolean complete = model.completeMixing();
        double shareToday = model.activeShareToday();
        SocialGraph graph = model.graph;
        int[] pool = graph.pool();
        long[] todayBits = model.activeBits();
        int[] activeNeighbours = graph.activeNeighbours();
        long pairKey = Streams.derive(model.seed(), model.day(), PAIR_PURPOSE, 0);
        byte[] today = m.activeToday;
        byte[] role = m.role;
        int[] alive = m.alive;
        double keep = 1 - it.engagementGain();
        double activeGain = it.activeGain(), engagementDecay = it.engagementDecay(), belongingGain = it.belongingGain();
        double belongingKeep = 1 - it.belongingDecay(), fatigueKeep = 1 - act.fatigueRecovery(), fatigueGain = act.fatigueGain();
        double contentGain = model.operations.contentEngagementGain();
        TokenEconomy rewards = model.rewards;
        boolean tokens = rewards.enabled();
        long corePerNode = rewards.corePerNode();
        double sellShare = model.scenario.rewards().sellShare();
        double leaderContent = model.scenario.leaders().content();
        double piecesPerDay = model.scenario.roles().piecesPerDay();
        double advantage = model.scenario.roles().advantage();
        double discouragement = model.scenario.roles().discouragement();
        boolean individual = model.scenario.roles().propensitySd() > 0 || discouragement > 0;
        int day = model.day();
        double unmetLoss = model.scenario.governance().unmetEngagement();
        double[] unmet = model.organisation.governance.unmetShares();
        int[] groupOf = model.organisation.groups.memberGroups();
        boolean groups = model.organisation.enabled();
        // rewards handed out by the nodes (1 - r of them) reach members only as well as the nodes handle needs
        double viaNodes = model.scenario.rewards().distributor() == Scenario.Distributor.nodes
                ? 1 - model.organisation.governance.ratio() : 0;
        // room for every link a member may hold, so that the JIT never sees the growth below taken: a
        // branch first taken late in a run throws its compiled pass away (dead links can still exceed it)
        int[] degrees = graph.degrees(), heads = graph.heads();
        double[] interaction = roles.interaction;
        int[] partners = new int[Math.max(64, Math.min(1 << 10, 2 * model.scenario.network().maxDegree()))];
        for (int k = from; k < to; k++) {
            int id = alive[k];
            boolean active = today[id] != 0;
            int n = 0;
            int activeLinks = 0;
            int activeBefore = 0; // the count today's activity read, for the role step's share
            if (!complete) {
                // Gather the active neighbours (tomorrow's activity needs their count), then draw
                // for the pairs: about half the links are active, and a branch on each would be
                // mispredicted as often as not.
                int degree = degrees[id];
                if (partners.length <= degree) partners = new int[Math.max(degree + 1, 2 * partners.length)];
                int remaining = degree;
                for (int blk = heads[id]; remaining > 0; blk = pool[blk]) {
                    int end = blk + 1 + Math.min(SocialGraph.PER_BLOCK, remaining);
                    remaining -= SocialGraph.PER_BLOCK;
                    // all of the block's slots, those past the chain's end masked out (to member 0):
                    // a loop of fixed length steers no jump by the member's degree
                    for (int j = blk + 1; j < blk + SocialGraph.BLOCK; j++) {
                        int inChain = (j - end) >> 31; // all ones before the end, else 0
                        int other = pool[j] & inChain;
                        partners[activeLinks] = other;
                        activeLinks += (int) (todayBits[other >>> 6] >>> other) & inChain & 1;
                    }
                }
                activeBefore = activeNeighbours[id];
                activeNeighbours[id] = activeLinks;
            }
            if (active) {
                double wi = it.probability() * interaction[role[id]];
                if (complete) {
                    n = (int) Sampling.poisson(it.completeMixingContacts() * shareToday * interaction[role[id]], random);
                    tally.interactions += n;
                } else {
                    int counted = 0;
                    for (int q = 0; q < activeLinks; q++) {
                        int other = partners[q];
                        // a draw u in [0, 1) is below p exactly when p >= 1 or (p > 0 and u < p); Signs says
                        // so without a jump, and the sign of id - other counts each pair once
                        int met = Signs.below(Streams.pairUniform(pairKey, id, other), wi * interaction[role[other]]);
                        n += met;
                        counted += met & ((id - other) >>> 31);
                    }
                    tally.interactions += counted;
                }
                if (groups) census.conversing[groupOf[id]] += -n >>> 31; // those with n > 0; only group vitality reads it
                double contentRate = roles.content[role[id]];
                // each column is read only when its mechanism is on: a member's day stays on few cache lines
                if (individual && contentRate > 0) contentRate *= m.propensity[id];
                if (advantage > 0 && contentRate > 0) {
                    float standing = m.standing[id];
                    if (standing > 0) contentRate *= 1 + advantage * log1pOfCount(standing);
                }
                if ((m.flags[id] & Members.FLAG_OPINION_LEADER) != 0) contentRate += leaderContent;
                if (random.nextDouble() < contentRate) {
                    // a batch of 1 + Poisson(mean - 1) pieces, the mean piecesPerDay times a rate above one a day (a
                    // keen member's surplus); at a mean of 1 nothing more is drawn, so streams stay as they were
                    double extra = piecesPerDay * Math.min(MAX_RATE, Math.max(1, contentRate)) - 1;
                    int pieces = extra > 0 ? 1 + (int) Sampling.poisson(extra, random) : 1;
                    m.recordContent(id, day, pieces, tally);
                    if (n > 0) {
                        if (advantage > 0) m.standing[id]++; // answered work: cumulative advantage
                    } else if (discouragement > 0) {
                        m.propensity[id] *= (float) (1 - discouragement); // ignored work discourages
                    }
                }
            }
            if (tokens) {
                // Pay as numbers, masked rather than jumped over: who is active today, who is a core
                // node and who trades are coin tosses for the processor. The activity pass left the
                // task level -1, which pays nothing, for a member not active today.
                byte flag = m.flags[id];
                long pay = rewards.payPerTask(m.taskLevel[id]);
                if (viaNodes > 0) pay -= (long) Math.ceil(pay * viaNodes * unmet[groupOf[id]]); // 0 of no pay
                tally.tokensForTasks += pay;
                long core = corePerNode & -(long) Members.flagged(flag, Members.FLAG_CORE);
                pay += core;
                tally.tokensToCore += core;
                long sold = (long) Math.floor(pay * sellShare) & -(long) Members.flagged(flag, Members.FLAG_TRADER);
                m.balance[id] += pay - sold;
                tally.tokensSold += sold;
            }
            // Today's gains enter as numbers, times 1 for an active member and 0 for the others (and
            // keep^0 = 1 for no interactions): adding the resulting 0 leaves a value as it was, so
            // these are the same numbers as behind a jump on activity, without the processor guessing it.
            double on = today[id];
            double e = m.engagement[id];
            e += (1 - e) * (1 - (n < keepPowers.length ? keepPowers[n] : Math.pow(keep, n)));
            // with groups off everyone is in group 0: the member's group is not read (one column fewer a member)
            e += on * (activeGain * (1 - e) - unmetLoss * unmet[groups ? groupOf[id] : 0] * e);
            e += contentGain * (1 - e);
            e -= engagementDecay * e;
            float engagement = (float) e;
            m.engagement[id] = engagement;
            double b = m.belonging[id] * belongingKeep;
            b += on * (belongingGain * (1 - b));
            m.belonging[id] = (float) b;
            double f = m.fatigue[id] * fatigueKeep;
            double tired = Math.min(1, f + fatigueGain);
            m.fatigue[id] = (float) (active ? tired : f);
            roleChunk.visit(id, engagement, active, activeBefore);
        }
        roleChunk.finish();
    }

    /** {@code log1p(k)} for the counts k a standing mostly holds: the same values, without a native call per piece. */
    private static final double[] LOG1P = new double[1 << 12];

    static {
        for (int k = 0; k < LOG1P.length; k++) LOG1P[k] = Math.log1p(k);
    }

    /** {@code Math.log1p(count)}: a standing is a whole number of days, counted up from 0. */
    static double log1pOfCount(float count) {
        int k = (int) count;
        return k == count && k < LOG1P.length ? LOG1P[k] : Math.log1p(count);
    }

    @Override
    protected boolean countsGroups() {
        return true;
    }

    @Override
    protected void afterCensus(GroupCensus total) {
        model.organisation.takeCensus(total);
    }

    @Override
    protected void after(DayTally sum) {
        model.members.commitRoles();
        // Under complete mixing each member counted its own interactions; each one has two sides.
        long interactions = model.completeMixing() ? sum.interactions / 2 : sum.interactions;
        model.tally.interactions += interactions;
        model.tally.addContent(sum);
        model.rewards.closeDay(sum.tokensForTasks, sum.tokensToCore, sum.tokensSold);
    }
}
