package communitysim.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryStatsTest {

    @Test
    void oneToFiveMatchesHandComputation() {
        SummaryStats s = SummaryStats.of(1, 2, 3, 4, 5);
        // sd = sqrt(10/4) = 1.58114; t(0.975, 4) = 2.77645; half-width = 2.77645 * 1.58114 / sqrt(5) = 1.96324
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(1.5811388, s.sd(), 1e-7);
        assertEquals(2.7764451, SummaryStats.tQuantile(4), 1e-6);
        assertEquals(3 - 1.9632432, s.ciLow(), 1e-6);
        assertEquals(3 + 1.9632432, s.ciHigh(), 1e-6);
    }

    @Test
    void singleValueHasNoSpreadAndAPointInterval() {
        assertEquals(new SummaryStats(1, 7.5, 0, 7.5, 7.5), SummaryStats.of(7.5));
    }

    @Test
    void identicalValuesHaveAPointInterval() {
        assertEquals(new SummaryStats(3, 2, 0, 2, 2), SummaryStats.of(2, 2, 2));
    }

    @Test
    void emptySampleIsAllNaN() {
        SummaryStats s = SummaryStats.of();
        assertEquals(0, s.n());
        assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.sd()) && Double.isNaN(s.ciLow()) && Double.isNaN(s.ciHigh()));
    }

    @Test
    void nanPropagatesToMeanAndInterval() {
        SummaryStats s = SummaryStats.of(1, Double.NaN, 3);
        assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.ciLow()) && Double.isNaN(s.ciHigh()));
    }

    @Test
    void largeCloseValuesKeepTheirVariance() {
        SummaryStats s = SummaryStats.of(1e9 + 1, 1e9 + 2, 1e9 + 3);
        assertEquals(1.0, s.sd(), 1e-9);
    }
}
