package communitysim.compare;

import communitysim.metrics.Metric;

/**
 * What a row says about a scenario against the first, at Holm-adjusted {@link #ALPHA}, in the words of
 * the metric's {@link Metric.Valence}: more members is better, more churn is worse, more tokens emitted
 * is only higher. {@link #key} is what {@code comparison.csv} writes.
 */
public enum Verdict {
    BETTER("better"),
    WORSE("worse"),
    /** A significant rise of a metric that is neither good nor bad news in itself. */
    HIGHER("higher"),
    LOWER("lower"),
    NO_DIFFERENCE("no significant difference"),
    /**
     * The test and the row's own numbers disagree: a significant rank test against a mean difference that
     * went the other way or whose adjusted interval holds 0, or a rank test that keeps 0 while the mean's
     * interval excludes it (a few seeds moved far against the rest). Only Wilcoxon rows can be mixed.
     */
    MIXED("mixed"),
    /**
     * Not significant, and no outcome of this many replicates could have been: the test's smallest possible
     * p does not pass Holm's correction here. Not evidence of no difference, so no verdict.
     */
    TOO_FEW("too few replicates");

    public static final double ALPHA = 0.05;

    public final String key;

    Verdict(String key) {
        this.key = key;
    }

    /** Whether the verdict says the scenario differs from the first (in which direction is in the key). */
    public boolean significant() {
        return this == BETTER || this == WORSE || this == HIGHER || this == LOWER;
    }

    /**
     * @param adjusted the row's interval at its Holm-consistent level ({@link Holm#levels})
     * @param reachable whether the row's test could have been significant after Holm on any outcome of
     *                  these replicates
     */
    static Verdict of(Metric.Valence valence, PairedResult paired, double pHolm, double[] adjusted, boolean reachable) {
        if (paired.test() == TestKind.IDENTICAL) return NO_DIFFERENCE;
        boolean significant = pHolm < ALPHA;
        boolean excludesZero = adjusted[0] > 0 || adjusted[1] < 0;
        if (significant != excludesZero) return MIXED;
        if (!significant) return reachable ? NO_DIFFERENCE : TOO_FEW;
        int meanSign = (int) Math.signum(paired.meanDiff());
        if (paired.direction() != meanSign) return MIXED;
        int good = meanSign * valence.sign();
        if (good > 0) return BETTER;
        if (good < 0) return WORSE;
        return meanSign > 0 ? HIGHER : LOWER;
    }
}
