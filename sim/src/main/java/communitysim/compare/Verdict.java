package communitysim.compare;

/**
 * What a row says about a scenario against the first, at Holm-adjusted {@link #ALPHA}. {@link #key} is
 * what {@code comparison.csv} writes.
 */
public enum Verdict {
    HIGHER("higher"),
    LOWER("lower"),
    NO_DIFFERENCE("no significant difference"),
    /**
     * Significant, but the rank test's direction (most seeds) and the mean difference disagree: a few
     * seeds moved far the other way. Only Wilcoxon rows can be mixed.
     */
    MIXED("mixed");

    public static final double ALPHA = 0.05;

    public final String key;

    Verdict(String key) {
        this.key = key;
    }

    static Verdict of(PairedResult paired, double pHolm) {
        if (paired.test() == TestKind.IDENTICAL || !(pHolm < ALPHA)) return NO_DIFFERENCE;
        int meanSign = (int) Math.signum(paired.meanDiff());
        if (paired.direction() != meanSign) return MIXED;
        return meanSign > 0 ? HIGHER : LOWER;
    }
}
