package communitysim.compare;

/**
 * How a comparison's numbers are made, in the words both {@code manifest.json} and the report's methods
 * section use, so the two cannot drift apart.
 */
final class Methods {

    static final String PAIRING = "Common random numbers: replicate i of every scenario runs with seed base + i, so "
            + "each scenario meets the same seed group, prospects and chance events as far as its policy allows, and "
            + "each comparison is made on the per-seed differences (scenario minus the first scenario).";

    static final String INTERVALS = "Means and their 95% confidence intervals use Student's t with n - 1 degrees "
            + "of freedom across replicates. The interval of a mean difference is given twice: the usual 95% one, "
            + "which ignores the report's other tests, and a Holm-adjusted one, drawn at the level Holm's procedure "
            + "tested that row at (the k-th smallest of m p-values at 5% / (m - k + 1); rows after the first one "
            + "Holm keeps at that step's level), so that it excludes 0 exactly when the adjusted p is below 5%. "
            + "Verdicts go with the adjusted interval.";

    static final String TEST_RULE = "One paired test per row, by a fixed rule: if every per-seed difference is "
            + "exactly 0, there is nothing to test (p = 1, marked identical); if every seed moved by the same "
            + "non-zero amount, the shift is certain on these seeds (p = 0, marked constant: a deterministic "
            + "consequence of the policy, which a rank test could not confirm below p = 2 / 2^n); if there are at "
            + "least " + PairedTest.MIN_PAIRS_FOR_OUTLIERS + " replicates and one difference lies more than 3 "
            + "interquartile ranges outside the quartiles (Tukey's far-out fences), the Wilcoxon signed-rank "
            + "test (zero differences dropped, tied ranks averaged; exact p-value up to "
            + SignedRankTest.EXACT_LIMIT + " non-zero differences, else the normal approximation with tie and "
            + "continuity corrections); otherwise the paired t-test, whose p-value and intervals come from the same "
            + "t distribution. All tests are two-sided.";

    static final String EFFECT_SIZE = "Cohen's d_z: the mean difference divided by the standard "
            + "deviation of the differences. It is 0 when every difference is 0, and infinite (Infinity in the CSV) "
            + "when every seed moved by the same non-zero amount: a shift with no spread at all.";

    static final String HOLM = "Holm's step-down correction is applied across every test of the report (all "
            + "metrics, scopes and scenarios), controlling the chance of any false 'significant' at "
            + Verdict.ALPHA + "; identical rows are no test and stay out of it.";

    static final String VERDICT = "At Holm-adjusted p below " + Verdict.ALPHA + ", in the direction of the mean "
            + "difference and in the metric's own terms: 'better' or 'worse' for metrics where more is good news "
            + "(members, activity, content) or bad news (members lost, inequality), 'higher' or 'lower' for those "
            + "that are neither (tokens). 'No significant difference' otherwise; 'too few replicates' when not even "
            + "the most extreme outcome of this many replicates could have passed the correction (a rank test's "
            + "smallest p is 2 / 2^n); 'mixed' when a Wilcoxon test and the mean difference disagree (a few seeds "
            + "moved far against the rest): the test is significant but the adjusted interval holds 0 or lies on "
            + "the other side, or the test is not but the interval excludes 0.";

    static final String PER_MEMBER = "Per-member rows divide a flow by the members present: on the final day, that "
            + "day's value over that day's members; over the horizon, the sum over days over the sum of members "
            + "(per member-day). They compare communities of different size on what their members do.";

    private Methods() {}
}
