package communitysim.model;

import communitysim.scenario.Scenario;
import communitysim.model.organisation.GroupCensus;
import ec.util.MersenneTwisterFast;

/**
 * Elimination and voluntary churn, then the end-of-day census of those who stay. When elimination
 * is on, every {@code everyDays} members inactive for {@code inactiveDays} (counted from joining if
 * they never were active) are removed (source 001: members who skip homework leave the class). The daily hazard is
 * {@code base * exp(-e*engagement - b*belonging - f*fit)}, times {@code feeFactor} for members who
 * paid to join, and times {@code 1 + unmetChurn * unmet share} of its group's needs; a member
 * leaves with probability {@code 1 - exp(-hazard)}.
 *
 * <p>No member's probability of leaving exceeds a bound {@code q} known before the pass, so the
 * pass draws by thinning: the gap to the next member who faces the draw is geometric with
 * parameter {@code q}, and that member leaves with probability (its own) / {@code q}. Each member
 * still leaves independently with exactly its own probability, for about {@code 2q} draws a member
 * instead of one. The pass also records tomorrow's referral weights ({@link ReferralWeights}),
 * and drops the leavers from each chunk's stretch of the member list as it goes, so that only the
 * gaps between chunks are left to close afterwards.
 */
final class Churn extends MemberPhase {
    static final int PHASE = 5;

    /** Per chunk: the members it kept, and those who left (in id order). */
    private int[] kept = new int[16];
    private int[][] leavers = new int[16][];
    private int[] leaverCount = new int[16];
    private int chunks;

    Churn(CommunityModel model) {
        super(model, PHASE);
    }

    @Override
    protected void runChunk(int from, int to, MersenneTwisterFast random, MersenneTwisterFast followerRandom,
                            DayTally tally, GroupCensus census) {
        Members m = model.members;
        Scenario.Churn c = model.scenario.churn();
        Scenario.Stages stages = model.scenario.stages();
        int day = model.day();
        int[] alive = m.alive;
        double unmetChurn = model.scenario.governance().unmetChurn();
        // engagement, belonging and fit are >= 0 and protect, so no member's hazard exceeds
        // base * max(1, exp(-negative coefficients)): the bound for thinning
        double worst = c.base() * Math.exp(Math.max(0, -c.engagement()) + Math.max(0, -c.belonging()) + Math.max(0, -c.fit()))
                * Math.max(1, c.feeFactor());
        double leaveBound = -Math.expm1(-worst * (1 + unmetChurn)); // an unmet share is at most 1
        double[] unmet = model.organisation.governance.unmetShares();
        int[] groupOf = model.organisation.groups.memberGroups();
        Scenario.Elimination elimination = model.scenario.elimination();
        boolean eliminating = elimination.enabled() && day % elimination.everyDays() == 0;
        double bound = c.enabled() ? leaveBound : 0;
        double logSkip = Math.log1p(-bound);
        long skip = gap(bound, logSkip, random);
        ReferralWeights referrals = model.referralWeights();
        Scenario.Referral referral = model.scenario.recruitment().referral();
        RoleTable roles = model.roles;
        double referralSum = 0;
        int chunk = from / CHUNK;
        int[] gone = leavers[chunk];
        int goneCount = 0;
        int stay = from;
        for (int k = from; k < to; k++) {
            int id = alive[k];
            referrals.record(k, id, referralSum);
            if (!m.isAlive(id)) { // left with its dying group earlier today
                gone[goneCount++] = id;
                continue;
            }
            if (eliminating && day - Math.max(m.lastActiveDay[id], m.joinDay[id]) >= elimination.inactiveDays()) {
                m.markGone(id);
                tally.churnedRemoved++;
                gone[goneCount++] = id;
                continue;
            }
            double e = m.engagement[id];
            double b = m.belonging[id];
            if (skip-- == 0) {
                skip = gap(bound, logSkip, random);
                double leave = -Math.expm1(-hazard(c, m, id, e, b) * (1 + unmetChurn * unmet[groupOf[id]]));
                if (random.nextDouble() * bound < leave) {
                    m.markGone(id);
                    tally.churnedVoluntary++;
                    gone[goneCount++] = id;
                    continue;
                }
            }
            if (m.activeToday[id] != 0) {
                referralSum += ReferralWeights.weight(referral, roles, e, m.role[id]);
                referrals.record(k, id, referralSum);
            }
            if (!model.completeMixing()) tally.liveLinkEnds += model.graph.liveDegree(id);
            int last = m.lastActiveDay[id];
            tally.dau += m.activeToday[id];
            if (last > day - 7) tally.wau++;
            if (last > day - 30) tally.mau++;
            tally.roles[m.role[id]]++;
            if ((m.flags[id] & Members.FLAG_CORE) != 0) tally.coreNodes++;
            tally.stages[Stage.of(e, stages)]++;
            tally.sumEngagement += e;
            tally.sumBelonging += b;
            alive[stay++] = id; // stay <= k: the slot has been read
        }
        referrals.closeChunk(chunk, referralSum);
        kept[chunk] = stay - from;
        leaverCount[chunk] = goneCount;
    }

    /**
     * Members to pass over before the next one who faces the draw: Geometric({@code bound}) on
     * 0, 1, 2, ...; never, in effect, when the bound is 0.
     */
    private static long gap(double bound, double logSkip, MersenneTwisterFast random) {
        if (bound <= 0) return Long.MAX_VALUE;
        if (bound >= 1) return 0;
        return (long) Math.floor(Math.log1p(-random.nextDouble()) / logSkip);
    }

    @Override
    protected void before(int members) {
        model.referralWeights().reset(members);
        chunks = (members + CHUNK - 1) / CHUNK;
        if (kept.length < chunks) {
            kept = new int[chunks];
            leaverCount = new int[chunks];
            leavers = java.util.Arrays.copyOf(leavers, chunks);
        }
        for (int c = 0; c < chunks; c++) if (leavers[c] == null) leavers[c] = new int[CHUNK];
    }

    private static double hazard(Scenario.Churn c, Members m, int id, double e, double b) {
        double hazard = c.base() * Math.exp(-c.engagement() * e - c.belonging() * b - c.fit() * m.fit[id]);
        return (m.flags[id] & Members.FLAG_FEE_PAID) != 0 ? hazard * c.feeFactor() : hazard;
    }

    @Override
    protected void after(DayTally sum) {
        DayTally t = model.tally;
        Members m = model.members;
        long linksToLeavers = 0;
        for (int c = 0; c < chunks; c++) {
            for (int i = 0; i < leaverCount[c]; i++) {
                int id = leavers[c][i];
                model.forgetActivity(id);
                model.organisation.departed(id);
                if (!model.completeMixing()) linksToLeavers += model.graph.departed(id, m, m.activeToday[id] != 0);
                m.clearActivity(id);
            }
        }
        m.closeGaps(CHUNK, kept, chunks);
        model.setLiveLinkEnds(sum.liveLinkEnds - linksToLeavers);
        if (!model.completeMixing() && model.graph.worthCompacting()) model.graph.compact(model.members);
        t.churnedVoluntary += sum.churnedVoluntary;
        t.churnedRemoved += sum.churnedRemoved;
        t.dau = sum.dau;
        t.wau = sum.wau;
        t.mau = sum.mau;
        System.arraycopy(sum.roles, 0, t.roles, 0, t.roles.length);
        System.arraycopy(sum.stages, 0, t.stages, 0, t.stages.length);
        t.sumEngagement = sum.sumEngagement;
        t.sumBelonging = sum.sumBelonging;
        t.coreNodes = sum.coreNodes;
        model.setCoreNodes(sum.coreNodes);
    }
}
