package communitysim.compare;

import communitysim.metrics.SummaryStats;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;

/**
 * Compares a scenario with the first on one number per replicate. Runs are paired by seed (common
 * random numbers), so the tests look at the per-seed differences, which are far less noisy than either
 * scenario's values.
 *
 * <p>Which test, by a fixed rule (documented in {@code docs/compare.md}):
 * <ol>
 *   <li>every difference is exactly 0: {@link TestKind#IDENTICAL}, p = 1 (nothing varied);</li>
 *   <li>every difference is the same non-zero amount: {@link TestKind#CONSTANT}, p = 0. Common random
 *       numbers make deterministic consequences of a policy (a token schedule) exactly equal on every seed;
 *       a rank test would cap such a certain shift at p = 2 / 2^n (0.031 with 6 seeds), which no correction
 *       for multiple tests lets through;</li>
 *   <li>at least {@value #MIN_PAIRS_FOR_OUTLIERS} pairs and one difference beyond Tukey's far-out fences
 *       (more than 3 interquartile ranges outside the quartiles): {@link TestKind#WILCOXON}, because a far
 *       outlier makes the t-test's normal approximation untrustworthy. With fewer pairs the quartiles are too
 *       unstable to call anything an outlier (normal data trips the fences 13% of the time at 5 pairs, under
 *       5% from 10);</li>
 *   <li>otherwise the {@link TestKind#PAIRED_T paired t-test}. Its p-value and {@link PairedResult#interval}
 *       come from the same t distribution, so p &lt; a exactly when the 1 - a interval excludes 0, at any a
 *       a correction asks for.</li>
 * </ol>
 */
final class PairedTest {

    static final double FAR_OUT = 3;
    static final int MIN_PAIRS_FOR_OUTLIERS = 10;
    static final double CONFIDENCE_ALPHA = 1 - SummaryStats.CONFIDENCE;

    private PairedTest() {}

    static PairedResult compare(double[] first, double[] other) {
        if (first.length != other.length) {
            throw new IllegalArgumentException("paired samples differ in size: " + first.length + " and " + other.length);
        }
        if (first.length < 2) throw new IllegalArgumentException("a paired test needs at least 2 pairs, got " + first.length);
        double[] d = new double[first.length];
        for (int i = 0; i < d.length; i++) d[i] = other[i] - first[i];
        SummaryStats s = SummaryStats.of(d);
        int n = d.length;
        if (Arrays.stream(d).allMatch(x -> x == 0)) {
            return new PairedResult(n, 0, 0, 0, 0, 1, 0, TestKind.IDENTICAL, 0, 1);
        }
        if (Arrays.stream(d).allMatch(x -> x == d[0])) {
            // The mean of equal values can be off by an ulp; every seed measured exactly d[0].
            return new PairedResult(n, d[0], 0, d[0], d[0], 0, Math.copySign(Double.POSITIVE_INFINITY, d[0]),
                    TestKind.CONSTANT, (int) Math.signum(d[0]), 0);
        }
        double effect = s.mean() / s.sd();
        if (n >= MIN_PAIRS_FOR_OUTLIERS && hasFarOutValue(d)) {
            SignedRankTest.Outcome w = SignedRankTest.test(d);
            double[] ci = tInterval(s, CONFIDENCE_ALPHA);
            double smallest = SignedRankTest.test(Arrays.stream(d).map(Math::abs).toArray()).pValue();
            return new PairedResult(n, s.mean(), s.sd(), ci[0], ci[1], w.pValue(), effect, TestKind.WILCOXON,
                    (int) Math.signum(w.wPlus() - w.wMinus()), smallest);
        }
        double[] ci = tInterval(s, CONFIDENCE_ALPHA);
        return new PairedResult(n, s.mean(), s.sd(), ci[0], ci[1], tTestP(s), effect, TestKind.PAIRED_T,
                (int) Math.signum(s.mean()), 0);
    }

    private static double[] tInterval(SummaryStats s, double alpha) {
        double half = PairedResult.tQuantile(s.n() - 1, alpha) * s.sd() / Math.sqrt(s.n());
        return new double[] {s.mean() - half, s.mean() + half};
    }

    /** Two-sided p of t = mean / (sd / sqrt(n)) on n - 1 degrees of freedom (R's {@code t.test(paired = TRUE)}). */
    private static double tTestP(SummaryStats s) {
        double t = s.mean() / (s.sd() / Math.sqrt(s.n()));
        return Math.min(1, 2 * new TDistribution(null, s.n() - 1).cumulativeProbability(-Math.abs(t)));
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
