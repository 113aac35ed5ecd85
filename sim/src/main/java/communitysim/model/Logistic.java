package communitysim.model;

/**
 * A Bernoulli draw with a logistic probability, {@code u < 1 / (1 + exp(-x))}, decided without
 * {@code exp} for almost every draw and always exactly as {@code u * (1 + exp(-x)) < 1} decides it.
 *
 * <p>The logistic is increasing, so for x in a table cell [x_i, x_i+1) the probability lies between
 * its values at the cell's ends. A draw below the lower end (shaded down a little, for the rounding
 * of the exact expression) is a success, a draw above the upper end (shaded up) a failure; only the
 * draws between the two, about {@code 0.25 * STEP} of them at most, fall back to the exact
 * expression. Outside the table the exact expression decides.
 */
final class Logistic {
    static final double LOW = -16, HIGH = 16, STEP = 1.0 / 16;
    static final int CELLS = (int) ((HIGH - LOW) / STEP);
    /** Shading far above the few ulps by which the exact expression's rounding can move the boundary. */
    private static final double SHADE = 1e-9;
    /** below[i]: a draw under it succeeds for any x in cell i; above[i]: a draw at or over it fails. */
    private static final double[] below = new double[CELLS], above = new double[CELLS];

    static {
        for (int i = 0; i < CELLS; i++) {
            double lo = LOW + i * STEP, hi = lo + STEP;
            below[i] = 1 / (1 + Math.exp(-lo)) * (1 - SHADE);
            above[i] = Math.min(1, 1 / (1 + Math.exp(-hi)) * (1 + SHADE));
        }
    }

    private Logistic() {}

    /** The two edges of cell {@code i}, for the test that draws right on them. */
    static double[] edges(int i) {
        return new double[] {below[i], above[i]};
    }

    /**
     * 1 if a uniform draw {@code u} in [0, 1) succeeds with probability {@code 1 / (1 + exp(-x))},
     * else 0, decided without a jump on the outcome for almost every draw ({@link Signs}).
     */
    static int bit(double u, double x) {
        if (x >= LOW && x < HIGH) {
            // just under HIGH the product can round up to CELLS; that x still lies in the last cell
            int i = Math.min(CELLS - 1, (int) ((x - LOW) * (1 / STEP)));
            int under = Signs.below(u, below[i]); // succeeds
            int over = 1 - Signs.below(u, above[i]); // u >= above[i]: fails
            if ((under | over) != 0) return under;
        }
        return u * (1 + Math.exp(-x)) < 1 ? 1 : 0;
    }
}
