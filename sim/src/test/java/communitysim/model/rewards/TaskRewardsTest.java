package communitysim.model.rewards;

import communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pricing on one day, by hand: 1,000 tokens a day, levels of weight 1, 3 and 10. */
class TaskRewardsTest {
    static final long UNIT = EmissionSchedule.UNITS_PER_TOKEN;

    static TaskRewards day(String pricing, double unitPrice, String... extra) throws Exception {
        String[] sets = new String[6 + extra.length];
        sets[0] = "rewards.enabled=true";
        sets[1] = "rewards.totalSupply=10000";
        sets[2] = "rewards.communityShare=1";
        sets[3] = "rewards.emissionDays=10";
        sets[4] = "rewards.pricing=" + pricing;
        sets[5] = "rewards.unitPrice=" + unitPrice;
        System.arraycopy(extra, 0, sets, 6, extra.length);
        Scenario.Rewards r = EmissionScheduleTest.rewards(sets);
        TaskRewards t = new TaskRewards(r);
        t.openDay(1, 0);
        return t;
    }

    @Test
    void fixedPricesArePaidInFullWhenThePoolSuffices() throws Exception {
        TaskRewards t = day("fixed", 10);
        t.price(new long[] {20, 10, 5}); // demand 20*10 + 10*30 + 5*100 = 1000 tokens: exactly the pool
        assertEquals(10 * UNIT, t.payPerTask(0));
        assertEquals(30 * UNIT, t.payPerTask(1));
        assertEquals(100 * UNIT, t.payPerTask(2));
    }

    @Test
    void fixedPricesArePaidProRataWhenThePoolIsShort() throws Exception {
        TaskRewards t = day("fixed", 10);
        t.price(new long[] {40, 20, 10}); // demand 2000 tokens for a pool of 1000: half price
        assertEquals(5 * UNIT, t.payPerTask(0));
        assertEquals(15 * UNIT, t.payPerTask(1));
        assertEquals(50 * UNIT, t.payPerTask(2));
        t.closeDay(40 * 5 * UNIT + 20 * 15 * UNIT + 10 * 50 * UNIT, 0, 0);
        assertEquals(0, t.ledger.carried);
        assertTrue(t.ledger.balanced());
    }

    @Test
    void shareSplitsThePoolByWeightAndNeverOverpays() throws Exception {
        TaskRewards t = day("share", 0);
        t.price(new long[] {7, 3, 1}); // total weight 7 + 9 + 10 = 26
        long pool = 1000 * UNIT;
        assertEquals(pool / 26, t.payPerTask(0));
        assertEquals(pool * 3 / 26, t.payPerTask(1));
        assertEquals(pool * 10 / 26, t.payPerTask(2));
        long paid = 7 * t.payPerTask(0) + 3 * t.payPerTask(1) + t.payPerTask(2);
        assertTrue(paid <= pool && pool - paid < 11, "rounding leaves less than one unit per task");
    }

    @Test
    void aLevelNobodyWorkedAtCannotOverflowItsPrice() throws Exception {
        // weight 1e-6 worked by one member, weight 1e6 by nobody: the idle level's share of the pool
        // is 1e12 pools, which overflowed a long (found by the random-scenario invariants)
        TaskRewards t = day("share", 0, "rewards.levels[0].weight=0.000001", "rewards.levels[0].minEngagement=0",
                "rewards.levels[1].weight=1000000", "rewards.levels[1].minEngagement=0.3",
                "rewards.levels[2].weight=1", "rewards.levels[2].minEngagement=0.6");
        t.price(new long[] {1, 0, 0});
        long pool = 1000 * UNIT;
        assertEquals(pool, t.payPerTask(0));
        assertEquals(pool, t.payPerTask(1), "one task there could take at most the whole pool");
    }

    @Test
    void partnersAndCoreNodesTakeTheirSharesFirst() throws Exception {
        TaskRewards t = new TaskRewards(EmissionScheduleTest.rewards("rewards.enabled=true", "rewards.totalSupply=10000",
                "rewards.communityShare=1", "rewards.emissionDays=10", "rewards.partnerShare=0.3", "rewards.coreNodeShare=0.2",
                "rewards.unitPrice=1000"));
        t.openDay(1, 3);
        assertEquals(300 * UNIT, t.ledger.partners);
        assertEquals(200 * UNIT / 3, t.corePerNode());
        t.price(new long[] {1, 0, 0}); // one task at a list price of 1000 tokens, pool of 500: pro rata
        assertEquals(500 * UNIT, t.payPerTask(0));
        t.closeDay(500 * UNIT, 3 * t.corePerNode(), 0);
        assertTrue(t.ledger.balanced());
        assertEquals(200 * UNIT - 3 * (200 * UNIT / 3), t.ledger.carried, "the core share's remainder rolls over");
    }

    @Test
    void theExpectedRewardPullsWithDiminishingReturns() throws Exception {
        TaskRewards t = day("fixed", 10, "rewards.sensitivity=2", "rewards.rewardScale=10");
        t.openDay(2, 0);
        assertEquals(2 * Math.log(2), t.pull(0), 1e-12); // 10 tokens expected at level 1
        assertEquals(2 * Math.log(4), t.pull(1), 1e-12); // 30
        assertEquals(2 * Math.log(11), t.pull(2), 1e-12); // 100
        assertEquals(0, t.pull(-1));
    }

    @Test
    void levelIsTheHighestWhoseThresholdIsMetAndPullIsZeroWithoutOne() throws Exception {
        Scenario.Rewards r = EmissionScheduleTest.rewards("rewards.enabled=true");
        TaskRewards t = new TaskRewards(r);
        java.util.List<Scenario.TaskLevel> levels = r.levels();
        java.util.List<Double> engagements = new java.util.ArrayList<>();
        for (int i = 0; i <= 1000; i++) engagements.add(i / 1000.0);
        for (Scenario.TaskLevel level : levels) { // on each threshold and either side of it
            engagements.add(level.minEngagement());
            engagements.add(Math.nextDown(level.minEngagement()));
            engagements.add(Math.nextUp(level.minEngagement()));
        }
        for (double e : engagements) {
            int expected = -1;
            for (int i = 0; i < levels.size(); i++) if (e >= levels.get(i).minEngagement()) expected = i;
            assertEquals(expected, t.levelFor(e), "engagement " + e);
        }
        assertEquals(0, t.pull(-1));
        assertEquals(0, t.payPerTask(-1));
    }
}
