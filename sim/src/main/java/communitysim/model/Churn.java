package communitysim.model;

import communitysim.scenario.Scenario;
import communitysim.model.organisation.GroupCensus;
import ec.util.MersenneTwisterFast;

/**
 * The day's last member pass, fusing four mechanisms: {@link Elimination}, voluntary churn
 * ({@link ChurnHazard}), the {@link Census} of those who stay, and the recording of tomorrow's
 * referral weights ({@link ReferralWeights}); afterwards leavers are dropped from the graph and their
 * group, and the graph is compacted when worth it.
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
    /**
     * Per worker: the content counts of the members who stay, on a day the observer reads them.
     * The pass writes a tally's counts for every contributor and its totals once a chunk
     * ({@link ContributorTally#countValue}): the two workers' tallies may lie side by side.
     */
    private final ContributorTally[] stayers;
    private boolean tallying;

    private ChurnHazard hazard;
    private Elimination elimination;
    private Census endOfDay;

    Churn(CommunityModel model) {
        super(model, PHASE);
        this.hazard = new ChurnHazard(model.scenario, model.commitment().churn());
        this.elimination = new Elimination(model.scenario);
        this.endOfDay = new Census(model.scenario);
        this.stayers = new ContributorTally[model.workers()];
        for (int w = 0; w < stayers.length; w++) stayers[w] = new ContributorTally();
    }

    /** The knobs changed mid-run (churn, elimination, stages). */
    void reconfigure(Scenario next) {
        this.hazard = new ChurnHazard(next, model.commitment().churn());
        this.elimination = new Elimination(next);
        this.endOfDay = new Census(next);
    }

    @Override
    protected void runChunk(int worker, int from, int to, MersenneTwisterFast random, MersenneTwisterFast followerRandom,
                            DayTally tally, GroupCensus census) {
        Members m = model.members;
        Mixing mixing = model.mixing();
        int day = model.day();
        int[] alive = m.alive;
        double[] unmet = model.organisation.governance.unmetShares();
        int[] groupOf = model.organisation.groups.memberGroups();
        Census.Count count = endOfDay.begin(day, mixing);
        boolean eliminating = elimination.due(day);
        double bound = hazard.bound();
        double logSkip = Math.log1p(-bound);
        long skip = Thinning.gap(bound, logSkip, random);
        ReferralWeights referrals = model.referralWeights();
        Scenario.Referral referral = model.scenario.recruitment().referral();
        RoleTable roles = model.roles;
        double referralSum = 0;
        int chunk = from / CHUNK;
        int referrers = from; // the chunk's entries of positive weight, from its first slot
        int[] gone = leavers[chunk];
        int goneCount = 0;
        int stay = from;
        ContributorTally contributors = tallying ? stayers[worker] : null;
        int contributed = 0, oneDay = 0, countsUpTo = 0;
        for (int k = from; k < to; k++) {
            int id = alive[k];
            if (!m.isAlive(id)) { // left with its dying group earlier today
                gone[goneCount++] = id;
                continue;
            }
            if (eliminating && elimination.removes(m, id, day)) {
                m.markGone(id);
                tally.churnedRemoved++;
                gone[goneCount++] = id;
                continue;
            }
            float e = m.engagement[id];
            float b = m.belonging[id];
            if (skip-- == 0) {
                skip = Thinning.gap(bound, logSkip, random);
                if (hazard.leaves(random.nextDouble() * bound, m, id, e, b, unmet[groupOf[id]])) {
                    m.markGone(id);
                    tally.churnedVoluntary++;
                    gone[goneCount++] = id;
                    continue;
                }
            }
            int role = m.role[id];
            // Whether the member refers is a number, not a jump (today's activity is a coin toss
            // for the processor): every member's entry is written at the next free slot, and only
            // a referrer's is kept, by moving past it. The slot is at most k, inside the chunk.
            double weight = ReferralWeights.weight(referral, roles, e, role);
            int refers = m.activeToday[id] & Signs.below(0, weight); // active and weight > 0
            referralSum += weight * refers; // adding 0.0 leaves the sum as it was
            referrals.record(referrers, id, referralSum);
            referrers += refers;
            count.count(m, id, role, e, b);
            if (contributors != null) {
                int pieces = m.contentCount[id];
                if (pieces > 0) {
                    contributors.countValue(pieces);
                    contributed++;
                    oneDay += (m.flags[id] & Members.FLAG_REPEAT) == 0 ? 1 : 0;
                    countsUpTo = ContributorTally.upToWith(countsUpTo, pieces);
                }
            }
            alive[stay++] = id; // stay <= k: the slot has been read
        }
        count.addTo(tally);
        if (contributors != null) contributors.addTotals(contributed, oneDay, countsUpTo);
        referrals.closeChunk(chunk, referralSum, referrers - from);
        kept[chunk] = stay - from;
        leaverCount[chunk] = goneCount;
    }

    @Override
    protected void before(int members) {
        model.referralWeights().reset(members);
        tallying = model.scenario.metrics().distributionDay(model.day());
        chunks = (members + CHUNK - 1) / CHUNK;
        if (kept.length < chunks) {
            kept = new int[chunks];
            leaverCount = new int[chunks];
            leavers = java.util.Arrays.copyOf(leavers, chunks);
        }
        for (int c = 0; c < chunks; c++) if (leavers[c] == null) leavers[c] = new int[CHUNK];
    }

    @Override
    protected void after(DayTally sum) {
        DayTally t = model.tally;
        Members m = model.members;
        Mixing mixing = model.mixing();
        long linksToLeavers = 0;
        for (int c = 0; c < chunks; c++) {
            for (int i = 0; i < leaverCount[c]; i++) {
                int id = leavers[c][i];
                model.forgetActivity(id);
                model.organisation.departed(id);
                linksToLeavers += mixing.departed(id, m, m.activeToday[id] != 0);
                m.recordDeparture(id);
            }
        }
        m.closeGaps(CHUNK, kept, chunks);
        if (tallying) {
            ContributorTally all = model.contributorsToFill();
            for (ContributorTally part : stayers) {
                all.addAll(part);
                part.clear();
            }
        }
        model.setLiveLinkEnds(sum.liveLinkEnds - linksToLeavers);
        mixing.endOfDay(model.members);
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
