package communitysim.calibrate;

import java.util.Arrays;

/** The forecast quantiles every output carries, and how they are read off an ensemble. */
public final class Quantiles {
    public static final double[] LEVELS = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};
    public static final String[] COLUMNS = {"q05", "q10", "q25", "q50", "q75", "q90", "q95"};

    private Quantiles() {}

    /** Quantiles of a sample (type 7, linear between order statistics); NaNs are left out. */
    public static double[] of(double[] sample) {
        double[] s = Arrays.stream(sample).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] q = new double[LEVELS.length];
        for (int i = 0; i < q.length; i++) q[i] = at(s, LEVELS[i]);
        return q;
    }

    static double at(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * The continuous ranked probability score of an ensemble against what happened:
     * E|X - y| - E|X - X'| / 2 over the ensemble's members (lower is better; for a point forecast it
     * is the absolute error). Computed on the sorted sample in O(n log n).
     */
    public static double crps(double[] sample, double y) {
        double[] s = Arrays.stream(sample).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = s.length;
        if (n == 0 || Double.isNaN(y)) return Double.NaN;
        double abs = 0;
        for (double x : s) abs += Math.abs(x - y);
        // sum over pairs |xi - xj| = 2 * sum_i (2i - n + 1) * s[i] (0-based, sorted)
        double pairs = 0;
        for (int i = 0; i < n; i++) pairs += (2.0 * i - n + 1) * s[i];
        return abs / n - pairs / ((double) n * n);
    }
}
