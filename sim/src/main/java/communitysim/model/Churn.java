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
 */
final class Churn extends MemberPhase {
    static final int PHASE = 5;

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
        // base * max(1, exp(-negative coefficients)); a draw above that bound means survival without
        // working out the member's own hazard (the same draw decides, so results are unchanged)
        double worst = c.base() * Math.exp(Math.max(0, -c.engagement()) + Math.max(0, -c.belonging()) + Math.max(0, -c.fit()))
                * Math.max(1, c.feeFactor());
        double survivesSurely = -Math.expm1(-worst * (1 + unmetChurn)); // an unmet share is at most 1
        double[] unmet = model.organisation.governance.unmetShares();
        int[] groupOf = model.organisation.groups.memberGroups();
        Scenario.Elimination elimination = model.scenario.elimination();
        boolean eliminating = elimination.enabled() && day % elimination.everyDays() == 0;
        for (int k = from; k < to; k++) {
            int id = alive[k];
            if (!m.isAlive(id)) continue; // left with its dying group earlier today
            if (eliminating && day - Math.max(m.lastActiveDay[id], m.joinDay[id]) >= elimination.inactiveDays()) {
                m.markGone(id);
                tally.churnedRemoved++;
                continue;
            }
            double e = m.engagement[id];
            double b = m.belonging[id];
            if (c.enabled()) {
                double u = random.nextDouble();
                if (u < survivesSurely && u < -Math.expm1(-hazard(c, m, id, e, b) * (1 + unmetChurn * unmet[groupOf[id]]))) {
                    m.markGone(id);
                    tally.churnedVoluntary++;
                    continue;
                }
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
        }
    }

    private static double hazard(Scenario.Churn c, Members m, int id, double e, double b) {
        double hazard = c.base() * Math.exp(-c.engagement() * e - c.belonging() * b - c.fit() * m.fit[id]);
        return (m.flags[id] & Members.FLAG_FEE_PAID) != 0 ? hazard * c.feeFactor() : hazard;
    }

    @Override
    protected void after(DayTally sum) {
        DayTally t = model.tally;
        long[] linksToLeavers = {0};
        if (model.completeMixing()) {
            model.members.compact(id -> {
                model.forgetActivity(id);
                model.organisation.departed(id);
            });
        } else {
            model.members.compact(id -> {
                model.forgetActivity(id);
                model.organisation.departed(id);
                linksToLeavers[0] += model.graph.departed(id, model.members, model.members.activeToday[id] != 0);
            });
        }
        model.setLiveLinkEnds(sum.liveLinkEnds - linksToLeavers[0]);
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
