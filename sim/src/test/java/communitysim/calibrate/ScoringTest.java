package communitysim.calibrate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scores a back-test reports, against values worked out by hand. */
class ScoringTest {
    @Test
    void crpsOfAPointIsTheAbsoluteErrorAndOfTwoPointsItsClosedForm() {
        assertEquals(3, Quantiles.crps(new double[] {5}, 2), 1e-12);
        // ensemble {0, 2}, y = 1: E|X - y| = 1, E|X - X'| = (0 + 2 + 2 + 0) / 4 = 1, CRPS = 1 - 0.5
        assertEquals(0.5, Quantiles.crps(new double[] {0, 2}, 1), 1e-12);
        // y = 3: E|X - y| = 2, CRPS = 2 - 0.5
        assertEquals(1.5, Quantiles.crps(new double[] {2, 0}, 3), 1e-12);
    }

    @Test
    void coverageCountsPeriodsInsideEachCentralBandAndPoolsInOrder() {
        double[] q = {1, 2, 3, 4, 5, 6, 7}; // q05..q95
        List<Backtest.Row> rows = List.of(
                new Backtest.Row(10, 40, "a", "model", 4, q, 0.1),      // inside every band
                new Backtest.Row(10, 41, "a", "model", 5.5, q, 0.3),    // outside 50%, inside 80%
                new Backtest.Row(10, 40, "a", "last_value", 7.5, q, 2), // outside all
                new Backtest.Row(20, 50, "b", "model", 1.5, q, 0.5));   // inside 95% only
        List<Backtest.Score> scores = Backtest.summarise(rows, k -> "o" + k);
        Backtest.Score first = scores.get(0);
        assertEquals(List.of("o10", "a", "model"), List.of(first.origin(), first.metric(), first.model()));
        assertEquals(0.5, first.coverage50(), 1e-12);
        assertEquals(1.0, first.coverage80(), 1e-12);
        assertEquals(0.2, first.crps(), 1e-12);
        Backtest.Score pooled = scores.stream().filter(s -> s.origin().equals("all") && s.metric().equals("all") && s.model().equals("model"))
                .findFirst().orElseThrow();
        assertEquals(3, pooled.n());
        assertEquals(1.0 / 3, pooled.coverage50(), 1e-12);
        assertEquals(2.0 / 3, pooled.coverage80(), 1e-12);
        assertEquals(1.0, pooled.coverage95(), 1e-12);
        assertEquals("all", scores.get(scores.size() - 1).origin());
        assertEquals("all", scores.get(scores.size() - 1).metric());
    }
}
