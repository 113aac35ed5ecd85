package communitysim.compare;

/** Which paired test produced a row's p-value; {@link #key} is what {@code comparison.csv} writes. */
public enum TestKind {
    /** Student's paired t-test on the per-seed differences. */
    PAIRED_T("paired_t", "paired t-test"),
    /** Wilcoxon signed-rank test on the per-seed differences. */
    WILCOXON("wilcoxon", "Wilcoxon signed-rank test"),
    /**
     * Every per-seed difference is the same non-zero amount: the shift is certain on these seeds (p = 0).
     * A t statistic would be infinite, and a rank test could not go below 2 / 2^n however many seeds agree.
     */
    CONSTANT("constant", "no test needed (the same non-zero difference on every seed)"),
    /** Every per-seed difference is exactly zero: nothing varied, so nothing was tested (p = 1). */
    IDENTICAL("identical", "no test (identical on every seed)");

    public final String key;
    public final String label;

    TestKind(String key, String label) {
        this.key = key;
        this.label = label;
    }
}
