package communitysim.sensitivity;

import communitysim.model.Streams;
import ec.util.MersenneTwisterFast;

/**
 * Morris's trajectory design (Morris 1991) on a {@code p}-level grid {0, 1/(p-1), ..., 1} of the unit
 * cube, step {@code Δ = p / (2 (p - 1))}: each of {@code r} trajectories is {@code k + 1} points, and
 * from one point to the next exactly one knob moves by ±Δ, each knob once, in a random order. The start
 * is drawn so that every point stays on the grid: a base value from {0, ..., 1 - Δ} and, for a knob
 * moving down, that value plus Δ. Trajectory {@code t} draws from its own stream
 * {@code Streams.derive(seed, t, 0, 0x303)}, so the design is a function of (r, k, p, seed).
 *
 * <p>Runs are listed trajectory by trajectory: run {@code t (k + 1) + s} is point {@code s} of
 * trajectory {@code t}. Trajectories are random, not selected for spread (Campolongo 2007's
 * optimisation is not applied).
 */
public final class MorrisDesign {
    /** The grid's levels, p = 4 (so Δ = 2/3): the usual choice (Saltelli et al. 2008, ch. 3). */
    public static final int LEVELS = 4;
    static final long STREAM = 0x303;

    private MorrisDesign() {}

    public static double delta(int p) {
        return p / (2.0 * (p - 1));
    }

    public static double[][] points(int r, int k, int p, long seed) {
        double delta = delta(p);
        int startLevels = p / 2; // levels x with x + Δ <= 1
        double[][] x = new double[r * (k + 1)][];
        for (int t = 0; t < r; t++) {
            MersenneTwisterFast rng = new MersenneTwisterFast(Streams.derive(seed, t, 0, STREAM));
            double[] point = new double[k];
            int[] sign = new int[k];
            for (int i = 0; i < k; i++) {
                sign[i] = rng.nextBoolean() ? 1 : -1;
                point[i] = rng.nextInt(startLevels) / (double) (p - 1) + (sign[i] < 0 ? delta : 0);
            }
            int[] order = permutation(k, rng);
            x[t * (k + 1)] = point.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                point[i] = sign[i] > 0 ? point[i] + delta : point[i] - delta;
                // On the grid: i/(p-1) exactly, so a knob's values never drift by rounding.
                point[i] = Math.rint(point[i] * (p - 1)) / (p - 1);
                x[t * (k + 1) + s + 1] = point.clone();
            }
        }
        return x;
    }

    private static int[] permutation(int k, MersenneTwisterFast rng) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) order[i] = i;
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }

    /** The knob that moves between point {@code s} and {@code s + 1} of a trajectory starting at run {@code first}. */
    static int moved(double[][] design, int first, int s) {
        double[] a = design[first + s];
        double[] b = design[first + s + 1];
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return i;
        throw new IllegalArgumentException("no knob moves at step " + s + " of the trajectory at run " + first);
    }
}
