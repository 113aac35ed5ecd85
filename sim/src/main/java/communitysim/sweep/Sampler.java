package communitysim.sweep;

import java.util.Locale;

/** How a sweep picks its design points. */
public enum Sampler {
    /** Every combination of the listed levels (cartesian product). */
    GRID,
    /** {@code n} points, each dimension's range cut into {@code n} equal strata hit once each (seeded). */
    LHS,
    /** Morris trajectories, given as points in the unit cube ({@link UnitPoints}); the {@code sensitivity} command's. */
    MORRIS,
    /** A Saltelli design on a Sobol sequence ({@link UnitPoints}); the {@code sensitivity} command's. */
    SOBOL;

    /** The samplers {@code sweep --sample} offers; the others belong to {@code sensitivity --method}. */
    public static final java.util.List<Sampler> SWEEP = java.util.List.of(GRID, LHS);

    /** The name users type: {@code grid} or {@code lhs}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether its knobs are intervals {@code lo:hi} sampled inside (all but the grid). */
    public boolean intervals() {
        return this != GRID;
    }

    /** The option that chose it, as messages name it: {@code --sample lhs}, {@code --method sobol}. */
    public String flag() {
        return (SWEEP.contains(this) ? "--sample " : "--method ") + label();
    }
}
