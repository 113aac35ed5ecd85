package communitysim.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Model discrepancy: what the fitted model does not explain, carried past the end of the data.
 *
 * <p>A calibrated model reproduces a community's history only in distribution; the real series
 * wanders around the simulated one for reasons the mechanisms do not have (a release, a
 * migration, a rival project). Left out, that wandering makes the forecast's bands too narrow and
 * its start detached from where the community is now. Per target, on a log scale
 * ({@code log(1 + value)}), the model's centre is the members' mean path and the gap
 * {@code g = log(1 + observed) - centre} is followed over the calibration window as a local level
 * (simple exponential smoothing, the ARIMA(0,1,1) of forecasting practice): {@code level +=
 * alpha (g - level)}, with {@code alpha} chosen on a grid to minimise the squared one-step errors.
 * {@code alpha} near 1 makes the gap a random walk (the forecast starts at the last observed
 * value), near 0 a constant (the model's centre, shifted by the gap's long-run mean); noisy data
 * gets a level that does not chase every period.
 *
 * <p>A member of the forecast is the centre, plus the gap's level moved on by one-step errors
 * resampled from the fit ({@code paths} independent paths per member; the level takes {@code
 * alpha} of each, so bands widen with the horizon as the data's own did), plus the member's
 * divergence from the centre since the origin: its deviation averaged over the last {@link
 * #SMOOTH} periods less its mean deviation over the last {@link #ANCHOR} observed ones. That keeps
 * how the members' knobs (and a policy change) make them grow apart after the origin, while the
 * level comes from the data. The smoothed deviation still carries a share of the members' own
 * noise (estimated from their period-to-period changes), and the one-step errors are scaled down
 * by that much, so the model's noise is not counted twice. A target with fewer than {@link
 * #MIN_PAIRS} + 1 observed periods in the window (sparse checkpoints) is left as simulated.
 */
public final class Discrepancy {
    /** How a forecast treats the gap: {@code level} carries it forward, {@code none} forecasts from the simulations alone. */
    public enum Mode { level, none }

    /** Observed periods, counted back from the last, over which a member's distance from the centre is averaged. */
    static final int ANCHOR = 12;

    /** Periods over which a member's deviation is averaged in the future: its divergence, less its noise. */
    static final int SMOOTH = 3;

    /** One-step errors a target needs before its discrepancy is fitted. */
    public static final int MIN_PAIRS = 8;

    /**
     * The fitted gap of one target ({@link #NONE}, with no errors, when the target is left as simulated).
     * {@code alpha}: the smoothing weight; {@code level}: the gap's level at the end of the window
     * (log scale); {@code errorSd}: of the one-step errors; {@code excessSd}: what the forecast adds
     * beyond the members' own noise; {@code errors}: one-step errors fitted.
     */
    public record Fit(double alpha, double level, double errorSd, double excessSd, int errors) {
        static final Fit NONE = new Fit(0, 0, 0, 0, 0);

        /** Whether the gap was fitted: a fitted target has at least {@link #MIN_PAIRS} one-step errors. */
        public boolean fitted() {
            return errors > 0;
        }
    }

    /** An adjusted ensemble and the fit of each target. */
    public record Result(double[][] ensemble, List<Fit> fits) {}

    private Discrepancy() {}

    /**
     * @param raw      {@code [member][target * periods + period]} simulated values
     * @param observed {@code [target * periods + period]}, NaN where unobserved
     * @param future   index of the first period after the calibration window
     */
    public static Result apply(double[][] raw, double[] observed, int targets, int periods, int future, int paths, long seed) {
        int members = raw.length;
        double[][] out = new double[members * paths][];
        for (int m = 0; m < members; m++) for (int k = 0; k < paths; k++) out[m * paths + k] = raw[m].clone();
        List<Fit> fits = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < targets; t++) {
            int base = t * periods;
            // the model's centre: the members' mean log value, period by period
            double[] centre = new double[periods];
            for (double[] member : raw) for (int p = 0; p < periods; p++) centre[p] += log(member[base + p]) / members;
            int[] seen = java.util.stream.IntStream.range(0, future).filter(p -> Double.isFinite(observed[base + p])).toArray();
            if (seen.length < MIN_PAIRS + 1) {
                fits.add(Fit.NONE);
                continue;
            }
            double[] gap = new double[seen.length];
            for (int j = 0; j < gap.length; j++) gap[j] = log(observed[base + seen[j]]) - centre[seen[j]];
            double alpha = 1, best = Double.POSITIVE_INFINITY;
            double[] all = new double[gap.length - 1];
            for (int step = 1; step <= ALPHAS; step++) {
                double a = (double) step / ALPHAS, sse = 0;
                smooth(gap, a, all);
                for (double e : all) sse += e * e;
                if (sse < best) {
                    best = sse;
                    alpha = a;
                }
            }
            double level = smooth(gap, alpha, all);
            // the recent half of the errors: early periods of small counts are noisier on a log scale than the present
            double[] errors = java.util.Arrays.copyOfRange(all, all.length - Math.max(MIN_PAIRS, all.length / 2), all.length);
            double ss = 0;
            for (double e : errors) ss += e * e;
            int last = seen[seen.length - 1];
            // each member's deviation from the centre: its mean over the last ANCHOR observed periods, and
            // its noise, half the mean square of its period-to-period changes (which a trend leaves alone)
            double[][] deviation = new double[members][periods];
            double[] anchor = new double[members];
            double noise = 0;
            double steps = (double) members * Math.max(1, future - 1);
            for (int m = 0; m < members; m++) {
                for (int p = 0; p < periods; p++) deviation[m][p] = log(raw[m][base + p]) - centre[p];
                int used = Math.min(ANCHOR, seen.length);
                for (int j = seen.length - used; j < seen.length; j++) anchor[m] += deviation[m][seen[j]] / used;
                for (int p = 0; p + 1 < future; p++) {
                    double step = deviation[m][p + 1] - deviation[m][p];
                    noise += step * step / 2 / steps;
                }
            }
            double total = ss / errors.length;
            double excess = Math.max(0, total - noise / SMOOTH);
            double scale = total > 0 ? Math.sqrt(excess / total) : 0;
            fits.add(new Fit(alpha, level, Math.sqrt(total), Math.sqrt(excess), errors.length));
            double[] divergence = new double[periods];
            for (int m = 0; m < members; m++) {
                // the member's smoothed deviation, the same on each of its paths
                for (int p = future; p < periods; p++) {
                    divergence[p] = 0;
                    for (int q = p - SMOOTH + 1; q <= p; q++) divergence[p] += deviation[m][Math.max(0, q)] / SMOOTH;
                }
                for (int k = 0; k < paths; k++) {
                    double[] row = out[m * paths + k];
                    double l = level;
                    for (int p = last + 1; p < periods; p++) {
                        double e = scale * errors[random.nextInt(errors.length)];
                        double g = l + e;
                        l += alpha * e;
                        if (p >= future) row[base + p] = Math.max(0, Math.expm1(centre[p] + g + divergence[p] - anchor[m]));
                    }
                }
            }
        }
        return new Result(out, fits);
    }

    /**
     * Simple exponential smoothing of {@code gap} with weight {@code alpha}, starting from its first
     * value: fills {@code errors} with the one-step errors and returns the final level.
     */
    private static double smooth(double[] gap, double alpha, double[] errors) {
        double level = gap[0];
        for (int j = 1; j < gap.length; j++) {
            errors[j - 1] = gap[j] - level;
            level += alpha * errors[j - 1];
        }
        return level;
    }

    /** Grid of smoothing weights tried: 1/ALPHAS, 2/ALPHAS, ..., 1. */
    private static final int ALPHAS = 50;

    private static double log(double v) {
        return Math.log1p(Math.max(0, v));
    }

}
