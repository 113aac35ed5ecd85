package communitysim.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerdictTest {

    private static PairedResult result(double meanDiff, TestKind test, int direction) {
        return new PairedResult(10, meanDiff, 0, 0, 0.001, 1, test, direction);
    }

    @Test
    void significantShiftsTakeTheMeanDifferencesDirection() {
        assertEquals(Verdict.HIGHER, Verdict.of(result(5, TestKind.PAIRED_T, 1), 0.01));
        assertEquals(Verdict.LOWER, Verdict.of(result(-5, TestKind.PAIRED_T, -1), 0.049));
    }

    @Test
    void atOrAboveAlphaAfterHolmIsNoSignificantDifference() {
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.of(result(5, TestKind.PAIRED_T, 1), 0.05));
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.of(result(5, TestKind.PAIRED_T, 1), Double.NaN));
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.of(result(0, TestKind.IDENTICAL, 0), 0));
    }

    @Test
    void aRankTestAgainstTheMeanIsMixed() {
        // Most seeds went up (W+ > W-), but one fell so far that the mean went down.
        assertEquals(Verdict.MIXED, Verdict.of(result(-3, TestKind.WILCOXON, 1), 0.01));
    }
}
