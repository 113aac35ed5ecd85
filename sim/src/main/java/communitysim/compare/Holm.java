package communitysim.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment for multiple tests, which controls the chance of any false "significant"
 * among them at the chosen level without assuming the tests are independent. A metric's rows share
 * replicates, so they are not.
 */
final class Holm {

    private Holm() {}

    /**
     * Adjusted p-values in the order given: sort ascending, multiply the i-th smallest (from 0) by
     * {@code m - i}, carry the running maximum so the order is kept, cap at 1. {@code NaN} entries are no
     * test: left out of the family and returned as {@code NaN}.
     */
    static double[] adjust(double[] p) {
        Integer[] order = order(p);
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, Math.min(1, (m - rank) * p[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    /**
     * Per test, the level {@code a} at which its interval must be drawn for "the {@code 1 - a} interval
     * excludes 0" to say exactly what its adjusted p says. Holm tests the k-th smallest p (from 0) at
     * {@code alpha / (m - k)} and stops at the first it keeps; a rejected test gets its own step's level
     * (its p is below it), every kept test the level of the step where Holm stopped (its p is at or above
     * that step's, so at or above that level). {@code NaN} entries stay {@code NaN}.
     */
    static double[] levels(double[] p, double alpha) {
        Integer[] order = order(p);
        double[] levels = new double[p.length];
        Arrays.fill(levels, Double.NaN);
        int m = order.length;
        int stop = 0;
        while (stop < m && (m - stop) * p[order[stop]] < alpha) stop++;
        for (int rank = 0; rank < m; rank++) levels[order[rank]] = alpha / (m - Math.min(rank, stop));
        return levels;
    }

    private static Integer[] order(double[] p) {
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        return order;
    }
}
