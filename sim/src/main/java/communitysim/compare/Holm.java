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
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
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
}
