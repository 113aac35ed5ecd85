package communitysim.compare;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * One scenario against the first on one number per replicate, replicate i against replicate i (same
 * seed), as differences {@code other - first}.
 *
 * @param n          pairs (replicates)
 * @param meanDiff   mean of the differences
 * @param sdDiff     sample standard deviation of the differences
 * @param diffCiLow  95% confidence interval of the mean difference (Student's t on the differences),
 *                   unadjusted for the report's other tests
 * @param diffCiHigh see {@code diffCiLow}
 * @param pValue     two-sided p-value of {@link #test}, before any correction for multiple tests
 * @param effectSize Cohen's d_z: mean difference / standard deviation of the differences; 0 when every
 *                   difference is 0; ±Infinity when every difference is the same non-zero amount
 * @param test       the test behind {@code pValue}
 * @param direction  the sign of the shift the test looked at: of the mean difference for the t-test and a
 *                   constant shift, of W+ − W− for Wilcoxon, 0 when identical
 * @param smallestP  the smallest p-value {@link #test} could give on these pairs whatever their signs: 0
 *                   for the t-test (t grows without bound), 2 / 2^n for an exact signed-rank test. Above
 *                   the level a correction demands, no outcome of these replicates could be significant.
 */
public record PairedResult(int n, double meanDiff, double sdDiff, double diffCiLow, double diffCiHigh, double pValue,
                           double effectSize, TestKind test, int direction, double smallestP) {

    /**
     * The two-sided {@code 1 - alpha} interval of the mean difference by Student's t; a point when the
     * differences have no spread (identical or a constant shift), since every seed measured the same shift.
     */
    double[] interval(double alpha) {
        if (sdDiff == 0 || n < 2) return new double[] {meanDiff, meanDiff};
        double half = tQuantile(n - 1, alpha) * sdDiff / Math.sqrt(n);
        return new double[] {meanDiff - half, meanDiff + half};
    }

    static double tQuantile(int df, double alpha) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - alpha / 2);
    }
}
