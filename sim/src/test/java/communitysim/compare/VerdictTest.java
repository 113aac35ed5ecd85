package communitysim.compare;

import communitysim.metrics.Metric.Valence;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerdictTest {

    private static final double[] ABOVE_ZERO = {1, 9};
    private static final double[] BELOW_ZERO = {-9, -1};
    private static final double[] AROUND_ZERO = {-1, 9};

    private static PairedResult result(double meanDiff, TestKind test, int direction) {
        return new PairedResult(10, meanDiff, 1, 0, 0, 0.001, 1, test, direction, 0);
    }

    private static Verdict of(Valence valence, double meanDiff, TestKind test, int direction, double pHolm, double[] ci) {
        return Verdict.of(valence, result(meanDiff, test, direction), pHolm, ci, true);
    }

    @Test
    void significantShiftsAreNamedByTheMetricsValence() {
        assertEquals(Verdict.BETTER, of(Valence.HIGHER_IS_BETTER, 5, TestKind.PAIRED_T, 1, 0.01, ABOVE_ZERO));
        assertEquals(Verdict.WORSE, of(Valence.HIGHER_IS_BETTER, -5, TestKind.PAIRED_T, -1, 0.01, BELOW_ZERO));
        assertEquals(Verdict.WORSE, of(Valence.LOWER_IS_BETTER, 5, TestKind.PAIRED_T, 1, 0.01, ABOVE_ZERO));
        assertEquals(Verdict.BETTER, of(Valence.LOWER_IS_BETTER, -5, TestKind.PAIRED_T, -1, 0.049, BELOW_ZERO));
        assertEquals(Verdict.HIGHER, of(Valence.NEUTRAL, 5, TestKind.CONSTANT, 1, 0, new double[] {5, 5}));
        assertEquals(Verdict.LOWER, of(Valence.NEUTRAL, -5, TestKind.PAIRED_T, -1, 0.01, BELOW_ZERO));
    }

    @Test
    void atOrAboveAlphaAfterHolmIsNoSignificantDifference() {
        assertEquals(Verdict.NO_DIFFERENCE, of(Valence.HIGHER_IS_BETTER, 5, TestKind.PAIRED_T, 1, 0.05, AROUND_ZERO));
        assertEquals(Verdict.NO_DIFFERENCE, of(Valence.HIGHER_IS_BETTER, 0, TestKind.IDENTICAL, 0, 0, new double[] {0, 0}));
    }

    @Test
    void aRankTestAgainstTheMeanIsMixed() {
        // Most seeds went up (W+ > W-), but one fell so far that the mean went down.
        assertEquals(Verdict.MIXED, of(Valence.HIGHER_IS_BETTER, -3, TestKind.WILCOXON, 1, 0.01, BELOW_ZERO));
        // The rank test is significant but the mean's adjusted interval holds 0, or the other way round.
        assertEquals(Verdict.MIXED, of(Valence.HIGHER_IS_BETTER, 4, TestKind.WILCOXON, 1, 0.01, AROUND_ZERO));
        assertEquals(Verdict.MIXED, of(Valence.HIGHER_IS_BETTER, 4, TestKind.WILCOXON, 1, 0.2, ABOVE_ZERO));
    }

    @Test
    void aTestThatCouldNotHavePassedGivesNoVerdict() {
        PairedResult rank = new PairedResult(10, 4, 1, 0, 0, 0.002, 1, TestKind.WILCOXON, 1, 0.002);
        assertEquals(Verdict.TOO_FEW, Verdict.of(Valence.NEUTRAL, rank, 0.13, AROUND_ZERO, false));
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.of(Valence.NEUTRAL, rank, 0.13, AROUND_ZERO, true));
    }
}
