package communitysim.sweep;

import java.util.Locale;

/** How a sweep picks its design points. */
public enum Sampler {
    /** Every combination of the listed levels (cartesian product). */
    GRID,
    /** {@code n} points, each dimension's range cut into {@code n} equal strata hit once each (seeded). */
    LHS;

    /** The name users type: {@code grid} or {@code lhs}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
