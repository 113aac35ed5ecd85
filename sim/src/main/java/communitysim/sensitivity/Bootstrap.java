package communitysim.sensitivity;

import communitysim.model.Streams;
import ec.util.MersenneTwisterFast;

import java.util.Arrays;

/**
 * Percentile bootstrap intervals (95%, {@value #DRAWS} resamples) over the units of a design that are
 * independent of each other: Morris trajectories, Saltelli base rows. A resample is a count per unit
 * drawn with replacement; the draws come from one stream per metric ({@link #seed}), so an interval is
 * a function of the data, the base seed and the metric alone (not of which other metrics were asked).
 */
public final class Bootstrap {
    public static final int DRAWS = 1000;
    public static final double LEVEL = 0.95;
    static final long STREAM = 0xb007;

    private final MersenneTwisterFast rng;

    Bootstrap(long seed) {
        rng = new MersenneTwisterFast(seed);
    }

    /** The bootstrap seed of metric column {@code metric}: {@code Streams.derive(baseSeed, metric, 0, 0xb007)}. */
    public static long seed(long baseSeed, int metric) {
        return Streams.derive(baseSeed, metric, 0, STREAM);
    }

    /** How often each of {@code units} units is drawn in one resample of the same size. */
    int[] resample(int units) {
        int[] count = new int[units];
        for (int i = 0; i < units; i++) count[rng.nextInt(units)]++;
        return count;
    }

    /** The interval {@code [low, high]} of one statistic's resampled values (type-7 quantiles, NaNs ignored). */
    static double[] interval(double[] draws) {
        double[] v = Arrays.stream(draws).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) return new double[] {Double.NaN, Double.NaN};
        double tail = (1 - LEVEL) / 2;
        return new double[] {quantile(v, tail), quantile(v, 1 - tail)};
    }

    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
