package communitysim.sweep;

/**
 * A design given as points in the unit cube, for samplers whose geometry lives elsewhere (the
 * {@code sensitivity} command's Morris trajectories and Saltelli matrices): point {@code [run][d]}
 * is the fraction of dimension {@code d}'s interval {@code lo:hi} where run {@code run} sets it.
 */
@FunctionalInterface
public interface UnitPoints {
    /** The points for {@code dimensions} knobs; every coordinate in [0, 1]; a function of its arguments alone. */
    double[][] points(int dimensions, long baseSeed);
}
