package communitysim.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairedTestTest {

    // Hollander & Wolfe (1973) p. 29: depression scale of nine patients at the first (X) and second (Y) visit.
    private static final double[] SECOND_VISIT = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
    private static final double[] FIRST_VISIT = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};

    // Student's (1908) sleep data: extra hours of sleep under two drugs, the same ten patients.
    private static final double[] DRUG_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] DRUG_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void depressionDataMatchesTheTextbookPairedTTest() {
        // R: t.test(x, y, paired = TRUE): t = 3.0354, df = 8, p-value = 0.01618,
        // 95% CI 0.1037787 0.7599991, mean difference 0.4318889; sd of differences 0.4268555.
        PairedResult r = PairedTest.compare(SECOND_VISIT, FIRST_VISIT);
        assertEquals(TestKind.PAIRED_T, r.test());
        assertEquals(9, r.n());
        assertEquals(0.4318889, r.meanDiff(), 1e-7);
        assertEquals(0.1037787, r.diffCiLow(), 1e-7);
        assertEquals(0.7599991, r.diffCiHigh(), 1e-7);
        assertEquals(0.0161766, r.pValue(), 1e-7);
        assertEquals(0.4318889 / 0.4268555, r.effectSize(), 1e-6);
        assertEquals(1, r.direction());
    }

    @Test
    void sleepDataHasAFarOutPatientSoGetsTheRankTest() {
        // Patient 9 gained 4.6 h against a median of 1.3 h: beyond Q3 + 3 IQR (1.7 + 3 x 0.65). The interval
        // stays R's t.test one (0.7001142, 2.4598858); the p-value is the exact signed-rank one: nine positive
        // non-zero differences, one sign pattern of 2^9, two-sided.
        assertTrue(PairedTest.hasFarOutValue(new double[] {1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4}));
        PairedResult r = PairedTest.compare(DRUG_1, DRUG_2);
        assertEquals(TestKind.WILCOXON, r.test());
        assertEquals(1.58, r.meanDiff(), 1e-12);
        assertEquals(0.7001142, r.diffCiLow(), 1e-6);
        assertEquals(2.4598858, r.diffCiHigh(), 1e-6);
        assertEquals(2.0 / 512, r.pValue(), 1e-15);
        assertEquals(1.58 / 1.2299955, r.effectSize(), 1e-6);
        assertEquals(1, r.direction());
    }

    @Test
    void swappingTheScenariosFlipsTheSignsNotThePValue() {
        PairedResult ab = PairedTest.compare(FIRST_VISIT, SECOND_VISIT);
        PairedResult ba = PairedTest.compare(SECOND_VISIT, FIRST_VISIT);
        assertEquals(-ab.meanDiff(), ba.meanDiff(), 1e-12);
        assertEquals(-ab.effectSize(), ba.effectSize(), 1e-12);
        assertEquals(ab.pValue(), ba.pValue(), 1e-15);
        assertEquals(-ab.direction(), ba.direction());
    }

    @Test
    void identicalValuesAreNoTest() {
        double[] same = {3, 1, 4, 1, 5};
        PairedResult r = PairedTest.compare(same, same.clone());
        assertEquals(new PairedResult(5, 0, 0, 0, 0, 1, 0, TestKind.IDENTICAL, 0, 1), r);
    }

    @Test
    void aConstantShiftIsCertain() {
        // Six seeds all moved by exactly +2: the signed-rank test could not go below 2 / 2^6 = 0.031, which no
        // correction over a report's tests lets through, though nothing here is left to chance.
        double[] base = {10, 20, 30, 40, 50, 60};
        double[] up = {12, 22, 32, 42, 52, 62};
        PairedResult r = PairedTest.compare(base, up);
        assertEquals(TestKind.CONSTANT, r.test());
        assertEquals(0, r.pValue());
        assertEquals(2, r.meanDiff());
        assertEquals(2, r.diffCiLow());
        assertEquals(2, r.diffCiHigh());
        assertArrayEquals(new double[] {2, 2}, r.interval(1e-6));
        assertEquals(Double.POSITIVE_INFINITY, r.effectSize());
        assertEquals(1, r.direction());
        assertEquals(Double.NEGATIVE_INFINITY, PairedTest.compare(up, base).effectSize());
    }

    @Test
    void theTTestsPValueAndItsIntervalsAgreeAtAnyLevel() {
        PairedResult r = PairedTest.compare(SECOND_VISIT, FIRST_VISIT);
        // p = 0.0161766: the 1 - a interval excludes 0 for a above p and holds it below.
        double[] wide = r.interval(0.0161);
        double[] narrow = r.interval(0.0162);
        assertTrue(wide[0] < 0 && wide[1] > 0, () -> wide[0] + ", " + wide[1]);
        assertTrue(narrow[0] > 0, () -> narrow[0] + ", " + narrow[1]);
        assertArrayEquals(new double[] {r.diffCiLow(), r.diffCiHigh()}, r.interval(0.05), 1e-12);
        assertEquals(0, r.smallestP());
    }

    @Test
    void theRankTestKnowsItsSmallestPossibleP() {
        PairedResult r = PairedTest.compare(DRUG_1, DRUG_2);
        // Nine non-zero differences (one is 0): every sign positive is the most extreme outcome, 2 / 2^9.
        assertEquals(2.0 / 512, r.smallestP(), 1e-15);
    }

    @Test
    void aFarOutDifferenceSwitchesToWilcoxonFromTenPairs() {
        double[] base = new double[10];
        double[] other = {1.0, 1.2, 0.9, 1.1, 1.05, 0.95, 1.15, 0.85, 1.0, 40};
        assertTrue(PairedTest.hasFarOutValue(other));
        PairedResult r = PairedTest.compare(base, other);
        assertEquals(TestKind.WILCOXON, r.test());
        assertEquals(2.0 / 1024, r.pValue(), 1e-15);
    }

    @Test
    void belowTenPairsOutliersDoNotSwitchTheTest() {
        double[] base = new double[5];
        double[] other = {26, 52, 55, 59, 114};
        assertTrue(PairedTest.hasFarOutValue(other));
        assertEquals(TestKind.PAIRED_T, PairedTest.compare(base, other).test());
    }

    @Test
    void normalLookingDifferencesHaveNoFarOutValue() {
        assertFalse(PairedTest.hasFarOutValue(new double[] {-1.2, 0.3, 0.8, -0.4, 1.5, 0.1, -0.9, 0.6, 0.2, -0.3}));
    }

    @Test
    void quantilesInterpolateLikeRsDefault() {
        double[] sorted = {1, 2, 3, 4, 10};
        assertEquals(2, PairedTest.quantile(sorted, 0.25), 1e-12);
        assertEquals(4, PairedTest.quantile(sorted, 0.75), 1e-12);
        assertEquals(1.75, PairedTest.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-12);
    }

    @Test
    void refusesUnpairedOrTooSmallSamples() {
        assertThrows(IllegalArgumentException.class, () -> PairedTest.compare(new double[3], new double[4]));
        assertThrows(IllegalArgumentException.class, () -> PairedTest.compare(new double[1], new double[1]));
    }
}
