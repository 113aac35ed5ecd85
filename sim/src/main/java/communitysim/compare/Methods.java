package communitysim.compare;

/**
 * How a comparison's numbers are made, in the words both {@code manifest.json} and the report's methods
 * section use, so the two cannot drift apart.
 */
final class Methods {

    static final String PAIRING = "Common random numbers: replicate i of every scenario runs with seed base + i, so "
            + "each scenario meets the same seed group, prospects and chance events as far as its policy allows, and "
            + "each comparison is made on the per-seed differences (scenario minus the first scenario).";

    static final String INTERVALS = "95% confidence intervals of means and of mean differences use Student's t with "
            + "n - 1 degrees of freedom across replicates.";

    static final String TEST_RULE = "One paired test per row, by a fixed rule: if every per-seed difference is "
            + "exactly 0, there is nothing to test (p = 1, marked identical); if the differences are all equal, or "
            + "there are at least " + PairedTest.MIN_PAIRS_FOR_OUTLIERS + " replicates and one difference lies more "
            + "than 3 interquartile ranges outside the quartiles (Tukey's far-out fences), the Wilcoxon signed-rank "
            + "test (zero differences dropped, tied ranks averaged; exact p-value up to "
            + SignedRankTest.EXACT_LIMIT + " non-zero differences, else the normal approximation with tie and "
            + "continuity corrections); otherwise the paired t-test, whose p < 0.05 agrees with the 95% interval "
            + "of the mean difference excluding 0. All tests are two-sided.";

    static final String EFFECT_SIZE = "Cohen's d_z: the mean difference divided by the standard "
            + "deviation of the differences. It is 0 when every difference is 0, and infinite (Infinity in the CSV) "
            + "when every seed moved by the same non-zero amount: a shift with no spread at all.";

    static final String HOLM = "Holm's step-down correction is applied across every test of the report (all "
            + "metrics, scopes and scenarios), controlling the chance of any false 'significant' at "
            + Verdict.ALPHA + "; identical rows are no test and stay out of it.";

    static final String VERDICT = "'higher' or 'lower' than the first scenario when the Holm-adjusted p is "
            + "below " + Verdict.ALPHA + ", in the direction of the mean difference; 'no significant difference' "
            + "otherwise; 'mixed' when a significant Wilcoxon test and the mean difference point opposite ways "
            + "(a few seeds moved far against the rest).";

    private Methods() {}
}
