package communitysim.model.rewards;

import communitysim.scenario.Scenario;
import communitysim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmissionScheduleTest {
    static Scenario.Rewards rewards(String... sets) throws Exception {
        return ScenarioLoader.load(Path.of("src/test/resources/scenarios/closed.yaml"), List.of(sets)).scenario().rewards();
    }

    @ParameterizedTest
    @CsvSource({"1825, 1000000000, 0.3", "7, 1, 1", "365, 999999937, 0.123", "36500, 1000000000000, 1"})
    void linearReachesTheBudgetExactlyOnTheLastDay(int days, double supply, double share) throws Exception {
        Scenario.Rewards r = rewards("rewards.schedule=linear", "rewards.emissionDays=" + days,
                "rewards.totalSupply=" + supply, "rewards.communityShare=" + share);
        EmissionSchedule s = EmissionSchedule.of(r);
        long budget = EmissionSchedule.budgetOf(r);
        long sum = 0, min = Long.MAX_VALUE, max = 0;
        for (int d = 1; d <= days + 10; d++) {
            long a = s.amountOn(d);
            assertTrue(a >= 0);
            sum += a;
            if (d <= days) {
                min = Math.min(min, a);
                max = Math.max(max, a);
            } else {
                assertEquals(0, a, "emission after the last day");
            }
            if (d == days) assertEquals(budget, sum, "cumulative on the last day");
        }
        assertTrue(max - min <= 1, "linear days differ by more than one base unit");
    }

    /**
     * Period k of a halving schedule emits H r / 2^k with r = B / S(D): the geometric series. Each
     * day's amount is a difference of floors, so a period's total is within one base unit of it.
     */
    @ParameterizedTest
    @CsvSource({"1825, 365", "1000, 100", "730, 365", "100, 7"})
    void halvingPeriodsFollowTheGeometricSeries(int days, int h) throws Exception {
        Scenario.Rewards r = rewards("rewards.schedule=halving", "rewards.emissionDays=" + days, "rewards.halvingDays=" + h);
        EmissionSchedule s = EmissionSchedule.of(r);
        double budget = EmissionSchedule.budgetOf(r);
        int full = days / h;
        double units = 2.0 * h * (1 - Math.pow(2, -full)) + (days - (double) full * h) * Math.pow(2, -full);
        double firstDaily = budget / units;
        long total = 0;
        for (int k = 0; k * h < days; k++) {
            long period = 0;
            int last = Math.min(days, (k + 1) * h);
            for (int d = k * h + 1; d <= last; d++) period += s.amountOn(d);
            double expected = firstDaily * Math.pow(2, -k) * (last - k * h);
            assertEquals(expected, period, 1.0 + 1e-12 * budget, "period " + k);
            total += period;
        }
        assertEquals((long) budget, total, "the whole budget, exactly");
        assertEquals(0, s.amountOn(days + 1));
    }

    @Test
    void tableStopsAtTheBudget() throws Exception {
        Scenario.Rewards r = rewards("rewards.schedule=table", "rewards.totalSupply=1000", "rewards.communityShare=1",
                "rewards.emissionDays=100", "rewards.table=[{fromDay: 1, amount: 30}, {fromDay: 10, amount: 50}]");
        EmissionSchedule s = EmissionSchedule.of(r);
        assertEquals(30_000_000, s.amountOn(1));
        assertEquals(30_000_000, s.amountOn(9));
        assertEquals(50_000_000, s.amountOn(10));
        // 9 * 30 = 270, then 50 a day: 730 more takes 14.6 days, so day 24 pays the last 30
        assertEquals(30_000_000, s.amountOn(24));
        assertEquals(0, s.amountOn(25));
        assertEquals(1000_000_000L, s.cumulativeThrough(100));
    }
}
