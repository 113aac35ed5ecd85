package communitysim.compare;

/**
 * One scenario against the first on one number per replicate, replicate i against replicate i (same
 * seed), as differences {@code other - first}.
 *
 * @param n          pairs (replicates)
 * @param meanDiff   mean of the differences
 * @param diffCiLow  95% confidence interval of the mean difference (Student's t on the differences)
 * @param diffCiHigh see {@code diffCiLow}
 * @param pValue     two-sided p-value of {@link #test}, before any correction for multiple tests
 * @param effectSize Cohen's d_z: mean difference / standard deviation of the differences; 0 when every
 *                   difference is 0; ±Infinity when every difference is the same non-zero amount
 * @param test       the test behind {@code pValue}
 * @param direction  the sign of the shift the test looked at: of the mean difference for the t-test, of
 *                   W+ − W− for Wilcoxon, 0 when identical
 */
public record PairedResult(int n, double meanDiff, double diffCiLow, double diffCiHigh, double pValue,
                           double effectSize, TestKind test, int direction) {}
