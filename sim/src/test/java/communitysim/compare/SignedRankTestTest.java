package communitysim.compare;

import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignedRankTestTest {

    @Test
    void hollanderWolfeDepressionExampleIsExact() {
        // Hollander & Wolfe (1973) p. 29, R: wilcox.test(x, y, paired = TRUE) gives V = 40, p-value = 0.03906.
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        SignedRankTest.Outcome o = SignedRankTest.test(differences(x, y));
        assertEquals(40, o.wPlus(), 1e-12);
        assertEquals(5, o.wMinus(), 1e-12);
        assertEquals(0.0390625, o.pValue(), 1e-12);
    }

    @Test
    void agreesWithCommonsMathWhereItsExactPValueIsRight() {
        // No zeros and no ties: the case commons-math3 3.6.1 enumerates correctly (capped at 1: it can exceed it).
        Random rnd = new Random(3);
        WilcoxonSignedRankTest commons = new WilcoxonSignedRankTest();
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + rnd.nextInt(14);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = rnd.nextGaussian() + 0.3;
            double expected = Math.min(1, commons.wilcoxonSignedRankTest(d, new double[n], true));
            assertEquals(expected, SignedRankTest.test(d).pValue(), 1e-12, Arrays.toString(d));
        }
    }

    @Test
    void tiesAndZerosMatchBruteForceOverEverySignPattern() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rnd.nextInt(12);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = rnd.nextInt(7) - 2; // few values: many ties and zeros
            assertEquals(bruteForceP(d), SignedRankTest.test(d).pValue(), 1e-12, Arrays.toString(d));
        }
    }

    @Test
    void sleepDataNormalApproximationMatchesR() {
        // Student's sleep data; R: wilcox.test(extra ~ group, paired = TRUE, exact = FALSE) gives p = 0.009091
        // (one zero dropped, one tie, continuity correction).
        double[] d = {1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4};
        double[] nonZero = Arrays.stream(d).filter(v -> v != 0).toArray();
        double[] ranks = new NaturalRanking(TiesStrategy.AVERAGE).rank(nonZero);
        assertEquals(0.009091, SignedRankTest.normalP(ranks, 45), 5e-7);
        // Exact instead: only the all-positive sign pattern reaches W+ = 45 of 2^9.
        assertEquals(2.0 / 512, SignedRankTest.test(d).pValue(), 1e-12);
    }

    @Test
    void beyondTheExactLimitTheNormalApproximationIsUsed() {
        int n = SignedRankTest.EXACT_LIMIT + 10;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = (i % 3 == 0 ? -1 : 1) * (i + 1);
        SignedRankTest.Outcome o = SignedRankTest.test(d);
        double[] ranks = new NaturalRanking(TiesStrategy.AVERAGE).rank(Arrays.stream(d).map(Math::abs).toArray());
        assertEquals(SignedRankTest.normalP(ranks, o.wPlus()), o.pValue(), 0);
    }

    @Test
    void noNonZeroDifferenceIsNoEvidence() {
        assertEquals(1, SignedRankTest.test(new double[] {0, 0, 0, 0, 0}).pValue());
    }

    /** Two-sided p over all 2^n sign patterns of the average ranks of the non-zero differences. */
    private static double bruteForceP(double[] d) {
        double[] nz = Arrays.stream(d).filter(v -> v != 0).toArray();
        if (nz.length == 0) return 1;
        double[] ranks = new NaturalRanking(TiesStrategy.AVERAGE).rank(Arrays.stream(nz).map(Math::abs).toArray());
        double observed = 0;
        for (int i = 0; i < nz.length; i++) if (nz[i] > 0) observed += ranks[i];
        int atMost = 0;
        int atLeast = 0;
        int patterns = 1 << nz.length;
        for (int mask = 0; mask < patterns; mask++) {
            double w = 0;
            for (int i = 0; i < nz.length; i++) if ((mask >> i & 1) == 1) w += ranks[i];
            if (w <= observed + 1e-9) atMost++;
            if (w >= observed - 1e-9) atLeast++;
        }
        return Math.min(1, 2.0 * Math.min(atMost, atLeast) / patterns);
    }

    private static double[] differences(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) d[i] = x[i] - y[i];
        return d;
    }
}
