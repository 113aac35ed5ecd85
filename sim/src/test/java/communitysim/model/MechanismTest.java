package communitysim.model;

import communitysim.metrics.Metric;
import communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;


import static communitysim.model.TestCommunities.closed;
import static communitysim.model.TestCommunities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One mechanism at a time, on a closed community (no joins, no churn, frozen states) with just
 * that mechanism switched on, against its maths. Tolerances are standard errors of the quantity
 * measured (5 of them: a correct model fails about once in 1.7 million runs), or exact.
 */
class MechanismTest {
    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void activationFollowsTheLogisticOfTheMembersState() throws Exception {
        Scenario s = closed("activation.base=-1", "activation.engagement=2", "activation.belonging=1", "activation.fit=0.5");
        CommunityModel model = new CommunityModel(s, 11, 1);
        double[][] rows = run(model);
        Members m = model.members;
        double expected = 0, variance = 0;
        for (int k = 0; k < m.aliveCount(); k++) {
            int id = m.alive[k];
            double p = logistic(-1 + 2 * m.engagement[id] + m.belonging[id] + 0.5 * m.fit[id]);
            expected += p;
            variance += p * (1 - p);
        }
        double mean = 0;
        for (double[] r : rows) mean += r[Metric.DAU.ordinal()];
        mean /= rows.length;
        assertEquals(expected, mean, 5 * Math.sqrt(variance / rows.length));
    }

    @Test
    void churnIsAConstantHazardWhenNothingProtects() throws Exception {
        double h = 0.01;
        Scenario s = closed("churn.enabled=true", "churn.base=" + h, "churn.engagement=0", "churn.belonging=0", "churn.fit=0");
        double[][] rows = run(new CommunityModel(s, 5, 1));
        int n = 20000;
        for (int day : new int[] {10, 50, 100}) {
            double p = Math.exp(-h * day);
            assertEquals(n * p, rows[day - 1][Metric.MEMBERS.ordinal()], 5 * Math.sqrt(n * p * (1 - p)), "day " + day);
        }
    }

    /**
     * With states frozen, member i stays to day t with probability exp(-h_i t), h_i its own hazard
     * (engagement, belonging, fit and fee all differ between members): the pass draws by thinning
     * against a bound, and this checks that each member still leaves at its own rate.
     */
    @Test
    void churnFollowsEachMembersHazard() throws Exception {
        double base = 0.05, ce = 3, cb = 2, cf = 1;
        Scenario s = closed("churn.enabled=true", "churn.base=" + base, "churn.engagement=" + ce, "churn.belonging=" + cb,
                "churn.fit=" + cf, "newMember.engagementConcentration=2");
        CommunityModel model = new CommunityModel(s, 9, 2);
        double[][] rows = run(model);
        Members m = model.members;
        for (int day : new int[] {5, 30, 100}) {
            double expected = 0, variance = 0;
            for (int id = 0; id < m.size(); id++) {
                double h = base * Math.exp(-ce * m.engagement[id] - cb * m.belonging[id] - cf * m.fit[id]);
                double p = Math.exp(-h * day);
                expected += p;
                variance += p * (1 - p);
            }
            assertEquals(expected, rows[day - 1][Metric.MEMBERS.ordinal()], 5 * Math.sqrt(variance), "day " + day);
        }
    }

    /** Commitment classes multiply each member's hazard by its class's factor: survival is the mixture of the classes' own. */
    @Test
    void churnIsTheMixtureOfTheCommitmentClassesHazards() throws Exception {
        double h = 0.004;
        Scenario s = closed("churn.enabled=true", "churn.base=" + h, "churn.engagement=0", "churn.belonging=0", "churn.fit=0",
                "commitment.classes=[{name: driveBy, share: 0.6, churn: 50}, {name: core, share: 0.25, churn: 0.1}]");
        CommunityModel model = new CommunityModel(s, 13, 2);
        model.start();
        int[] inClass = new int[3];
        for (int k = 0; k < model.members.aliveCount(); k++) inClass[model.members.commitment[model.members.alive[k]]]++;
        double[][] rows = run(model);
        int n = 20000;
        // the classes' sizes are binomial draws around their shares
        assertEquals(0.6 * n, inClass[1], 5 * Math.sqrt(n * 0.6 * 0.4));
        assertEquals(0.25 * n, inClass[2], 5 * Math.sqrt(n * 0.25 * 0.75));
        for (int day : new int[] {3, 20, 100}) {
            double expected = 0, variance = 0;
            double[] factor = {1, 50, 0.1};
            for (int c = 0; c < 3; c++) {
                double p = Math.exp(-h * factor[c] * day);
                expected += inClass[c] * p;
                variance += inClass[c] * p * (1 - p);
            }
            assertEquals(expected, rows[day - 1][Metric.MEMBERS.ordinal()], 5 * Math.sqrt(variance), "day " + day);
        }
    }

    @Test
    void aCommitmentClassShiftsItsMembersActivation() throws Exception {
        Scenario s = closed("activation.base=-2", "activation.engagement=0", "activation.belonging=0", "activation.fit=0",
                "commitment.classes=[{share: 0.5, activation: 2.5}]");
        CommunityModel model = new CommunityModel(s, 17, 1);
        model.start();
        int regulars = 0;
        for (int k = 0; k < model.members.aliveCount(); k++) if (model.members.commitment[model.members.alive[k]] == 1) regulars++;
        double[][] rows = run(model);
        int n = 20000;
        double pIn = logistic(0.5), pOut = logistic(-2);
        double expected = regulars * pIn + (n - regulars) * pOut;
        double variance = regulars * pIn * (1 - pIn) + (n - regulars) * pOut * (1 - pOut);
        double mean = 0;
        for (double[] r : rows) mean += r[Metric.DAU.ordinal()];
        mean /= rows.length;
        assertEquals(expected, mean, 5 * Math.sqrt(variance / rows.length));
    }

    @Test
    void neglectDecaysEngagementGeometrically() throws Exception {
        double delta = 0.02;
        Scenario s = closed("interaction.engagementDecay=" + delta);
        double[][] rows = run(new CommunityModel(s, 5, 1));
        double dayOne = rows[0][Metric.MEAN_ENGAGEMENT.ordinal()];
        double dayHundred = rows[99][Metric.MEAN_ENGAGEMENT.ordinal()];
        // float storage rounds each member's value each day: a relative error of about 1e-7 a day
        assertEquals(dayOne * Math.pow(1 - delta, 99), dayHundred, 1e-5);
    }

    @Test
    void interactionsRaiseEngagementOnBothSides() throws Exception {
        double g = 0.1;
        Scenario s = closed("network.mixing=graph", "initial.members=3000", "pool.size=3000", "activation.base=50",
                "interaction.probability=1", "interaction.engagementGain=" + g, "days=1",
                "roles.onlooker.interaction=1");
        CommunityModel model = new CommunityModel(s, 9, 1);
        model.start();
        Members m = model.members;
        float[] before = m.engagement.clone();
        model.runToEnd();
        int[][] buf = {new int[8]};
        int checked = 0;
        for (int k = 0; k < m.aliveCount(); k++) {
            int id = m.alive[k];
            int degree = model.graph.neighbours(id, buf);
            double e = before[id];
            double expected = degree == 0 ? e : e + (1 - e) * (1 - Math.pow(1 - g, degree));
            assertEquals(expected, m.engagement[id], 1e-6, "member " + id + " with " + degree + " neighbours");
            if (degree > 0) checked++;
        }
        assertTrue(checked > 2900);
    }

    /**
     * Everyone is active every day and every role is within reach, so each member climbs a rung a
     * day with probability u on day 1 (nobody was active the day before) and u(1 + influence) after:
     * onlookers left after t days are Binomial(n, (1-u)(1-u(1+i))^(t-1)), and creators are those
     * with at least four climbs.
     */
    @Test
    void rolesClimbAtTheUpRateScaledByActiveNeighbours() throws Exception {
        double u = 0.02, influence = 1;
        int n = 20000;
        Scenario s = closed("activation.base=50", "roles.upRate=" + u, "roles.neighbourInfluence=" + influence,
                "roles.participant.minEngagement=0", "roles.collector.minEngagement=0",
                "roles.commenter.minEngagement=0", "roles.creator.minEngagement=0");
        double[][] rows = run(new CommunityModel(s, 5, 2));
        for (int t : new int[] {10, 40, 100}) {
            // probabilities of having climbed 0..4 rungs after day t (4 = creator, absorbing)
            double[] climbed = {1, 0, 0, 0, 0};
            for (int day = 1; day <= t; day++) {
                double p = day == 1 ? u : u * (1 + influence);
                for (int r = 4; r >= 1; r--) climbed[r] = (r == 4 ? climbed[4] : climbed[r] * (1 - p)) + climbed[r - 1] * p;
                climbed[0] *= 1 - p;
            }
            assertEquals(n * climbed[0], rows[t - 1][Metric.ROLE_ONLOOKER.ordinal()],
                    5 * Math.sqrt(n * climbed[0] * (1 - climbed[0])), "onlookers on day " + t);
            assertEquals(n * climbed[4], rows[t - 1][Metric.ROLE_CREATOR.ordinal()],
                    5 * Math.sqrt(n * climbed[4] * (1 - climbed[4])), "creators on day " + t);
        }
    }

    @Test
    void membersWithoutActivityBecomeInactiveAfterTheWindow() throws Exception {
        Scenario s = closed("roles.inactiveAfterDays=14");
        double[][] rows = run(new CommunityModel(s, 5, 1));
        assertEquals(0, rows[12][Metric.ROLE_INACTIVE.ordinal()]);
        assertEquals(20000, rows[13][Metric.ROLE_INACTIVE.ordinal()]);
    }

    @Test
    void dailyCountInflowIsPoisson() throws Exception {
        double rate = 20;
        Scenario s = closed("recruitment.external.unit=perDay", "recruitment.external.rate=" + rate, "pool.size=1000000", "days=365");
        double[][] rows = run(new CommunityModel(s, 5, 1));
        double mean = 0;
        for (double[] r : rows) mean += r[Metric.JOINS_EXTERNAL.ordinal()];
        mean /= rows.length;
        assertEquals(rate, mean, 5 * Math.sqrt(rate / rows.length));
    }

    /** P(pay) = E[exp(-F / (S f))] over f ~ Beta(2, 2), integrated numerically (midpoint, 1e5 cells). */
    @Test
    void entryFeeAdmitsTheExpectedShare() throws Exception {
        double fee = 50, scale = 100;
        Scenario s = closed("recruitment.external.unit=perDay", "recruitment.external.rate=100", "pool.size=10000000",
                "days=200", "admission.entryFee=" + fee, "admission.feeScale=" + scale);
        double[][] rows = run(new CommunityModel(s, 5, 1));
        double joined = 0, candidates = 0;
        for (double[] r : rows) {
            joined += r[Metric.JOINS.ordinal()];
            candidates += r[Metric.JOINS.ordinal()] + r[Metric.DECLINED.ordinal()];
        }
        int cells = 100_000;
        double p = 0;
        for (int i = 0; i < cells; i++) {
            double f = (i + 0.5) / cells;
            p += 6 * f * (1 - f) * Math.exp(-fee / (scale * f)) / cells;
        }
        assertEquals(p * candidates, joined, 5 * Math.sqrt(candidates * p * (1 - p)));
    }
}
