package communitysim.model.operations;

import communitysim.metrics.Metric;
import communitysim.model.CommunityModel;
import communitysim.model.Members;
import communitysim.model.TestCommunities;
import communitysim.scenario.Scenario;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static communitysim.model.TestCommunities.closed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each operations, admission and elimination policy on the closed community, alone. */
class OperationsTest {
    static CommunityModel model;

    static double[][] run(Scenario s, long seed) {
        model = new CommunityModel(s, seed, 1);
        return TestCommunities.run(model);
    }

    static double column(double[][] rows, Metric m, int from, int to) {
        double sum = 0;
        for (int d = from; d <= to; d++) sum += rows[d - 1][m.ordinal()];
        return sum;
    }

    @Test
    void attractionHasDiminishingReturnsInTheCadence() throws Exception {
        double a = 0.5;
        // days 31..60 hold weekly content on days 36, 43, 50, 57 and monthly content on day 31
        double[] expected = {1 + a, 1 + a * Math.sqrt(4 / 30.0), 1 + a * Math.sqrt(1 / 30.0), 1};
        String[] cadences = {"daily", "weekly", "monthly", "none"};
        for (int i = 0; i < cadences.length; i++) {
            Operations ops = new Operations(closed("operations.content.cadence=" + cadences[i],
                    "operations.content.attraction=" + a).operations());
            for (int day = 1; day <= 60; day++) ops.beginDay(day);
            assertEquals(expected[i], ops.attraction(), 1e-12, cadences[i]);
        }
    }

    /** Daily content keeps more members active than weekly, weekly more than monthly (paired seeds, p &lt; 0.01). */
    @Test
    void dailyContentBeatsWeeklyBeatsMonthly() throws Exception {
        String[] common = {"initial.members=500", "pool.size=500", "days=90", "activation.base=-3",
                "interaction.activeGain=0.02", "interaction.engagementDecay=0.01", "operations.content.pull=0.5",
                "operations.content.engagementGain=0.01"};
        int n = 12;
        double[][] dau = new double[3][n];
        String[] cadences = {"daily", "weekly", "monthly"};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < n; i++) {
                List<String> sets = new ArrayList<>(List.of(common));
                sets.add("operations.content.cadence=" + cadences[c]);
                dau[c][i] = column(run(closed(sets.toArray(String[]::new)), 50 + i), Metric.DAU, 1, 90);
            }
        }
        TTest t = new TTest();
        assertTrue(mean(dau[0]) > mean(dau[1]) && t.pairedTTest(dau[0], dau[1]) < 0.01, "daily vs weekly");
        assertTrue(mean(dau[1]) > mean(dau[2]) && t.pairedTTest(dau[1], dau[2]) < 0.01, "weekly vs monthly");
    }

    @Test
    void costsAddUpExactly() throws Exception {
        double[][] rows = run(closed("days=30", "operations.content.cadence=weekly", "operations.content.costPerPiece=100",
                "operations.teamCostPerDay=10", "operations.events=[{type: meetup, day: 3, every: 10, reach: 50, cost: 1000}]"), 1);
        // content on days 1, 8, 15, 22, 29; meetups on days 3, 13, 23
        assertEquals(30 * 10 + 5 * 100 + 3 * 1000, column(rows, Metric.OPS_COST, 1, 30), 1e-9);
        assertEquals(150, column(rows, Metric.EVENT_REACH, 1, 30), 1e-9);
    }

    @Test
    void aMeetupRaisesItsAttendeesBelonging() throws Exception {
        run(closed("days=1", "initial.members=1000", "pool.size=1000", "operations.events=[{type: meetup, day: 1, reach: 50, belongingGain: 0.5, engagementGain: 0}]"), 2);
        Members m = model.members;
        int raised = 0;
        for (int id = 0; id < m.size(); id++) if (Math.abs(m.belonging[id] - (0.3 + 0.5 * 0.7)) < 1e-6) raised++;
        assertEquals(50, raised, "exactly the 50 attendees gained half the gap to full belonging");
    }

    /** A temporary group's pull lasts its duration: with a pull of 100, its 200 members are active on exactly days 5..11. */
    @Test
    void aTemporaryGroupPullsItsMembersForItsDuration() throws Exception {
        double[][] rows = run(closed("days=15", "operations.events=[{type: tempGroup, day: 5, reach: 200, duration: 7, pull: 100, engagementGain: 0, belongingGain: 0}]"), 3);
        assertEquals(0, rows[3][Metric.DAU.ordinal()]);
        for (int d = 5; d <= 11; d++) assertEquals(200, rows[d - 1][Metric.DAU.ordinal()], "day " + d);
        assertEquals(0, rows[11][Metric.DAU.ordinal()]);
    }

    /** Each reached member answers a join call with probability rate: joins ~ Binomial(reach, rate). */
    @Test
    void callsToActionConvert() throws Exception {
        int reach = 10_000;
        double rate = 0.2;
        double[][] rows = run(closed("initial.members=10000", "pool.size=100000", "days=1",
                "operations.events=[{type: article, day: 1, reach: " + reach + ", calls: [{action: join, rate: " + rate + "}, {action: create, rate: 0.5}]}]"), 4);
        double sd = Math.sqrt(reach * rate * (1 - rate));
        assertEquals(reach * rate, rows[0][Metric.JOINS_EXTERNAL.ordinal()], 5 * sd);
        assertEquals(reach * 0.5, rows[0][Metric.CONTENT.ordinal()], 5 * Math.sqrt(reach * 0.25));
    }

    @Test
    void aCityTourRecruitsCoreNodes() throws Exception {
        run(closed("days=1", "pool.size=20100", "operations.events=[{type: cityTour, day: 1, reach: 0, cities: 12, nodesPerCity: 2}]"), 5);
        Members m = model.members;
        int core = 0;
        for (int k = 0; k < m.aliveCount(); k++) if ((m.flags[m.alive[k]] & Members.FLAG_CORE) != 0) core++;
        assertEquals(24, core);
    }

    @Test
    void theOnboardingRitualBuildsEarlyBelonging() throws Exception {
        run(closed("initial.members=0", "pool.size=100000", "days=1", "recruitment.external.unit=perDay",
                "recruitment.external.rate=200", "newMember.belonging=0.1", "admission.onboardingBelonging=0.5"), 6);
        Members m = model.members;
        assertTrue(m.size() > 100);
        for (int id = 0; id < m.size(); id++) assertEquals(0.1 + 0.5 * 0.9, m.belonging[id], 1e-6);
    }

    @Test
    void earlyBirdsPayLess() throws Exception {
        double[][] rows = run(closed("initial.members=0", "pool.size=100000", "days=20", "recruitment.external.unit=perDay",
                "recruitment.external.rate=50", "admission.entryFee=1000", "admission.feeScale=100",
                "admission.earlyBird={days: 10, fee: 0}"), 7);
        assertEquals(0, column(rows, Metric.DECLINED, 1, 10), "nobody declines a free early-bird place");
        assertTrue(column(rows, Metric.DECLINED, 11, 20) > 0.9 * column(rows, Metric.JOINS, 11, 20) + 100,
                "at the full fee most candidates decline");
    }

    @Test
    void eliminationRemovesTheInactiveOnTheDay() throws Exception {
        double[][] rows = run(closed("days=20", "elimination.enabled=true", "elimination.inactiveDays=14"), 8);
        assertEquals(20000, rows[12][Metric.MEMBERS.ordinal()]);
        assertEquals(20000, rows[13][Metric.CHURNED_REMOVED.ordinal()], "every never-active member goes on day 14");
        assertEquals(0, rows[13][Metric.MEMBERS.ordinal()]);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }
}
