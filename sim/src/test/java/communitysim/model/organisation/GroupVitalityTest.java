package communitysim.model.organisation;

import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static communitysim.model.TestCommunities.closed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link GroupVitality} alone: each term of the update against its expectation. */
class GroupVitalityTest {
    private static final int DRAWS = 20_000;

    static Scenario.Groups groups(String... sets) throws Exception {
        return closed(sets).groups();
    }

    /** The mean and the standard error of the mean of {@code DRAWS} updates. */
    static double[] mean(GroupVitality vitality, double v, int size, int active, int conversing, int leaders) {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        double sum = 0, squares = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = vitality.next(v, size, active, conversing, leaders, random);
            sum += x;
            squares += x * x;
        }
        double mean = sum / DRAWS;
        return new double[] {mean, Math.sqrt((squares / DRAWS - mean * mean) / DRAWS)};
    }

    /** Within five standard errors: a wrong term moves the mean by far more. */
    static void assertMean(double expected, double[] measured, String what) {
        assertTrue(Math.abs(measured[0] - expected) <= 5 * measured[1] + 1e-12,
                what + ": mean " + measured[0] + " (se " + measured[1] + ") against " + expected);
    }

    @Test
    void idleFollowersOfAnUnoperatedGroupDriftAtTheDecayRate() throws Exception {
        Scenario.Groups g = groups("groups.operations=0", "groups.leaderOperations=0", "groups.recall=0");
        GroupVitality vitality = new GroupVitality(g);
        // 80 followers of 100, 20 of them active: 60 idle ones each leave with probability decay
        assertMean(0.8 - 60 * g.decay() / 100, mean(vitality, 0.8, 100, 20, 0, 0), "drift");
    }

    @Test
    void membersActiveThatDayHoldTheConversation() throws Exception {
        GroupVitality vitality = new GroupVitality(groups("groups.operations=0", "groups.leaderOperations=0", "groups.recall=0"));
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        for (int i = 0; i < 100; i++) assertEquals(0.3, vitality.next(0.3, 100, 30, 0, 0, random), 1e-12);
    }

    @Test
    void operationsCallDriftedMembersBackAndStopTheDrift() throws Exception {
        Scenario.Groups g = groups("groups.operations=1", "groups.recall=0");
        GroupVitality vitality = new GroupVitality(g);
        // no drift under full operations; the 50 lapsed members come back with probability vitalityGain
        assertMean(0.5 + 50 * g.vitalityGain() / 100, mean(vitality, 0.5, 100, 0, 0, 0), "operated");
        assertEquals(1, vitality.next(1, 100, 0, 0, 0, new MersenneTwisterFast(3)), 0, "a full group stays full");
    }

    @Test
    void activeLeadersOperateTheirGroup() throws Exception {
        Scenario.Groups g = groups("groups.operations=0", "groups.leaderOperations=0.25", "groups.recall=0");
        GroupVitality vitality = new GroupVitality(g);
        // two active leaders give ops 0.5: drift at half the decay, return at half the gain
        double ops = 0.5;
        double expected = 0.6 - 60 * g.decay() * (1 - ops) / 100 + 40 * g.vitalityGain() * ops / 100;
        assertMean(expected, mean(vitality, 0.6, 100, 0, 0, 2), "leader operations");
    }

    @Test
    void aLivelyConversationCallsMembersBack() throws Exception {
        Scenario.Groups g = groups("groups.operations=0", "groups.leaderOperations=0", "groups.recall=0.5");
        GroupVitality vitality = new GroupVitality(g);
        // 10 of 50 members active and talking: the 30 lapsed ones return with probability 0.5 * 10 / 50;
        // the 10 idle followers drift at the decay rate
        double expected = 0.4 + (30 * 0.5 * 10 / 50 - 10 * g.decay()) / 50;
        assertMean(expected, mean(vitality, 0.4, 50, 10, 10, 0), "recall");
    }

    @Test
    void anEmptyGroupFadesAtTheDecayRate() throws Exception {
        Scenario.Groups g = groups("groups.operations=0", "groups.leaderOperations=0");
        assertEquals(0.5 * (1 - g.decay()), new GroupVitality(g).next(0.5, 0, 0, 0, 0, new MersenneTwisterFast(1)), 1e-12);
    }
}
