package communitysim.calibrate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words of a what-if never say more than the paired difference's 90% interval allows. */
class WhatIfWordsTest {
    private static double[] q(double q05, double q50, double q95) {
        return new double[] {q05, q05, q50, q50, q50, q95, q95};
    }

    @Test
    void higherOrLowerOnlyWhenTheIntervalExcludesZero() {
        assertTrue(ForecastFiles.sentence("x", q(1, 5, 9), 1).contains("is higher under the policy"));
        assertTrue(ForecastFiles.sentence("x", q(-9, -5, -1), 0).contains("is lower under the policy"));
        String unclear = ForecastFiles.sentence("x", q(-1, 3, 9), 0.8);
        assertTrue(unclear.contains("no clear difference") && unclear.contains("80%"), unclear);
        assertTrue(ForecastFiles.sentence("x", q(0, 2, 9), 0.7).contains("no clear difference"), "an interval touching zero is not a difference");
        assertTrue(ForecastFiles.sentence("x", q(0, 0, 0), 0).contains("does not change"));
    }

    @Test
    void differencesArePairedMemberByMember() {
        assertArrayEquals(new double[] {1, -2, 0}, ForecastFiles.pairedDifference(new double[] {3, 1, 5}, new double[] {2, 3, 5}));
        assertThrows(IllegalArgumentException.class, () -> ForecastFiles.pairedDifference(new double[2], new double[3]));
    }
}
