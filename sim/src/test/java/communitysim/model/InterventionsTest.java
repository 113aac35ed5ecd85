package communitysim.model;

import communitysim.metrics.Metric;
import communitysim.scenario.Scenario;
import communitysim.scenario.Timeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static communitysim.model.TestCommunities.busy;
import static communitysim.model.TestCommunities.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Knob changes mid-run: the days before an intervention run exactly as without it, and every knob
 * an intervention may change is read again by its mechanism from that day (a knob kept by a
 * mechanism and never read again would leave the run unchanged, and fail here).
 */
class InterventionsTest {
    private static final String REWARDS = "rewards.enabled=true";

    private static double[][] rows(Scenario s, long seed, int workers) {
        return run(new CommunityModel(s, seed, workers));
    }

    @Test
    void aRunIsIdenticalToTheRunWithoutItsInterventionUntilTheDayBefore() throws Exception {
        Scenario plain = busy(300, 30000, 420);
        Scenario changed = busy(300, 30000, 420, "interventions=[{at: 365, set: {rewards.enabled: true, rewards.unitPrice: 5}}]");
        for (int workers : new int[] {1, 2}) {
            double[][] a = rows(plain, 7, workers);
            double[][] b = rows(changed, 7, workers);
            for (int day = 1; day <= 364; day++) assertArrayEquals(a[day - 1], b[day - 1], "day " + day + ", " + workers + " workers");
            assertEquals(0, b[363][Metric.TOKENS_EMITTED.ordinal()]);
            assertTrue(b[364][Metric.TOKENS_EMITTED.ordinal()] > 0, "tokens flow from day 365");
            assertFalse(Arrays.equals(a[400], b[400]));
        }
    }

    @Test
    void rewardsStartingMidRunEmitTheirScheduleFromThatDay() throws Exception {
        // a linear schedule over 100 days from day 51: everything is emitted by day 150, nothing before day 51
        Scenario s = busy(200, 20000, 200, "interventions=[{at: 51, set: {rewards.enabled: true, rewards.emissionDays: 100,"
                + " rewards.schedule: linear, rewards.totalSupply: 1000000, rewards.communityShare: 0.5}}]");
        double[][] r = rows(s, 3, 1);
        int emitted = Metric.TOKENS_EMITTED.ordinal();
        assertEquals(0, r[49][emitted]);
        assertEquals(5000, r[50][emitted], 1e-6, "one hundredth of the budget on the first day");
        assertEquals(500000, r[149][emitted], 1e-6);
        assertEquals(500000, r[199][emitted], 1e-6);
    }

    @Test
    void rewardsThatStopKeepTheirLedgerAndStartAgainWithIt() throws Exception {
        Scenario s = busy(200, 20000, 150, REWARDS, "interventions=[{at: 50, set: {rewards.enabled: false}},"
                + " {at: 100, set: {rewards.enabled: true}}]");
        CommunityModel model = new CommunityModel(s, 5, 1);
        double[][] r = run(model);
        int emitted = Metric.TOKENS_EMITTED.ordinal();
        assertTrue(r[48][emitted] > 0);
        assertEquals(r[48][emitted], r[98][emitted], "nothing is emitted while rewards are off");
        assertTrue(r[120][emitted] > r[98][emitted]);
        assertEquals(0, r[70][Metric.REWARD_PER_ACTIVE.ordinal()], "nothing is paid while rewards are off");
        assertTrue(model.tokenLedger().balanced(), "emitted = paid + partners + burned + carried");
    }

    @Test
    void aRampMovesANumberKnobInEqualDailySteps() throws Exception {
        Scenario s = busy(100, 10000, 100, "interventions=[{at: 11, ramp: 4, set: {activation.base: -2, churn.enabled: true}}]");
        double base = s.activation().base();
        Timeline t = Timeline.of(s);
        assertArrayEquals(new int[] {11, 12, 13, 14}, t.days());
        for (int k = 1; k <= 4; k++) {
            Scenario on = t.changeOn(10 + k);
            assertEquals(base + (-2 - base) * k / 4.0, on.activation().base(), 1e-12, "ramp day " + k);
            assertTrue(on.churn().enabled(), "a switch changes on the first day");
            assertTrue(on.interventions().isEmpty());
        }
        assertEquals(null, t.changeOn(15));
    }

    /**
     * Each knob a mechanism keeps between days, changed on day 40 of 120: the run must differ after, never before.
     * Slow: 38 runs of a busy community (about 15 s).
     */
    @org.junit.jupiter.api.Tag("slow")
    @ParameterizedTest
    @ValueSource(strings = {
            "activation.base: -1",
            "churn.base: 0.2",
            "elimination.enabled: true, elimination.inactiveDays: 5, elimination.everyDays: 1",
            "stages.positive: 0.01",
            "admission.entryFee: 500",
            "newMember.engagement: 0.95",
            "prospects.fitAlpha: 20",
            "governance.ratio: 0.95, governance.centralCapacity: 1",
            "groups.operations: 0, groups.decay: 0.9",
            "leaders.influence: 8",
            "operations.content.cadence: daily",
            "rewards.unitPrice: 0.001",
            "interaction.engagementGain: 0.6",
            "roles.piecesPerDay: 4",
            "roles.creator.content: 1",
            "recruitment.external.rate: 0.01",
            "recruitment.referral.rate: 0.2",
            "pool.growthPerDay: 2000",
            "commitment.classes: [{share: 0.5, churn: 20, activation: 1}]"})
    void everyKnobThatMayChangeMidRunTakesEffect(String set) throws Exception {
        String[] common = {REWARDS, "groups.enabled=true", "groups.classSize=40", "leaders.seedCount=5", "leaders.targetShare=0.02",
                "churn.enabled=true"};
        Scenario plain = busy(400, 40000, 120, common);
        String[] withIt = Arrays.copyOf(common, common.length + 1);
        withIt[common.length] = "interventions=[{at: 40, set: {" + set + "}}]";
        Scenario changed = busy(400, 40000, 120, withIt);
        double[][] a = rows(plain, 9, 1);
        double[][] b = rows(changed, 9, 1);
        for (int day = 1; day < 40; day++) assertArrayEquals(a[day - 1], b[day - 1], "day " + day);
        boolean differs = false;
        for (int day = 40; day <= 120 && !differs; day++) differs = !Arrays.equals(a[day - 1], b[day - 1]);
        assertTrue(differs, set + " changed on day 40 left the run as it was");
    }
}
