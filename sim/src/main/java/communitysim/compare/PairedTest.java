package communitysim.compare;

import communitysim.metrics.SummaryStats;
import org.apache.commons.math3.stat.inference.TTest;

import java.util.Arrays;

/**
 * Compares a scenario with the first on one number per replicate. Runs are paired by seed (common
 * random numbers), so the tests look at the per-seed differences, which are far less noisy than either
 * scenario's values.
 *
 * <p>Which test, by a fixed rule (documented in {@code docs/compare.md}):
 * <ol>
 *   <li>every difference is exactly 0: {@link TestKind#IDENTICAL}, p = 1 (nothing varied);</li>
 *   <li>the differences are all equal (the t statistic is undefined), or there are at least
 *       {@value #MIN_PAIRS_FOR_OUTLIERS} pairs and one difference lies beyond Tukey's far-out fences (more
 *       than 3 interquartile ranges outside the quartiles): {@link TestKind#WILCOXON}, because a far outlier
 *       makes the t-test's normal approximation untrustworthy. With fewer pairs the quartiles are too
 *       unstable to call anything an outlier (normal data trips the fences 13% of the time at 5 pairs, under
 *       5% from 10), and Wilcoxon could not reach p &lt; 0.05 below 6 pairs anyway;</li>
 *   <li>otherwise the {@link TestKind#PAIRED_T paired t-test}, whose p &lt; 0.05 agrees with the
 *       reported 95% interval of the mean difference excluding 0.</li>
 * </ol>
 */
final class PairedTest {

    static final double FAR_OUT = 3;
    static final int MIN_PAIRS_FOR_OUTLIERS = 10;

    private static final TTest T_TEST = new TTest();

    private PairedTest() {}

    static PairedResult compare(double[] first, double[] other) {
        if (first.length != other.length) {
            throw new IllegalArgumentException("paired samples differ in size: " + first.length + " and " + other.length);
        }
        if (first.length < 2) throw new IllegalArgumentException("a paired test needs at least 2 pairs, got " + first.length);
        double[] d = new double[first.length];
        for (int i = 0; i < d.length; i++) d[i] = other[i] - first[i];
        SummaryStats s = SummaryStats.of(d);
        if (Arrays.stream(d).allMatch(x -> x == 0)) {
            return new PairedResult(d.length, 0, 0, 0, 1, 0, TestKind.IDENTICAL, 0);
        }
        double effect = s.sd() == 0 ? Math.copySign(Double.POSITIVE_INFINITY, s.mean()) : s.mean() / s.sd();
        if (s.sd() == 0 || (d.length >= MIN_PAIRS_FOR_OUTLIERS && hasFarOutValue(d))) {
            SignedRankTest.Outcome w = SignedRankTest.test(d);
            return new PairedResult(d.length, s.mean(), s.ciLow(), s.ciHigh(), w.pValue(), effect,
                    TestKind.WILCOXON, (int) Math.signum(w.wPlus() - w.wMinus()));
        }
        return new PairedResult(d.length, s.mean(), s.ciLow(), s.ciHigh(), T_TEST.pairedTTest(other, first), effect,
                TestKind.PAIRED_T, (int) Math.signum(s.mean()));
    }

    /** True when a value lies more than {@link #FAR_OUT} interquartile ranges below Q1 or above Q3. */
    static boolean hasFarOutValue(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        double iqr = q3 - q1;
        return sorted[0] < q1 - FAR_OUT * iqr || sorted[sorted.length - 1] > q3 + FAR_OUT * iqr;
    }

    /** Linear interpolation between order statistics (R's default, type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
