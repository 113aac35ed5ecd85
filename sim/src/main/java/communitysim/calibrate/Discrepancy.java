package communitysim.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Model discrepancy: what the fitted model does not explain, carried past the end of the data.
 *
 * <p>A calibrated model reproduces a community's history only in distribution; the real series
 * wanders around the simulated one for reasons the mechanisms do not have (a release, a
 * migration, a competitor). Left out, that wandering makes the forecast's bands too narrow and
 * its start detached from where the community is now. Per target, the log-ratio of observed to
 * simulated, {@code d = log(1 + observed) - log(1 + simulated)}, is followed over the calibration
 * window for every ensemble member and fitted as one AR(1) process pooled over members,
 * {@code d[p+1] = a + phi d[p] + e} (least squares, {@code phi} clamped to [0, 1]). Each member's
 * future is then its own simulated path shifted by its own discrepancy, which starts from the
 * member's last observed {@code d} and evolves by the fitted process with innovations resampled
 * from the fit's residuals ({@code paths} independent paths per member).
 *
 * <p>So a persistent gap ({@code phi} near 1) keeps the forecast anchored to the last observed
 * level and widens its bands with the horizon as the data's own wandering did, a transient gap
 * ({@code phi} near 0) hands the forecast back to the model within a few periods, and the
 * simulated paths still carry the knobs' spread, the run-to-run noise and any policy change.
 * A target with fewer than {@link #MIN_PAIRS} consecutive observed periods in the window (sparse
 * checkpoints) is left as simulated.
 */
public final class Discrepancy {
    /** How a forecast treats the gap: {@code ar1} carries it forward, {@code none} forecasts from the simulations alone. */
    public enum Mode { ar1, none }

    /** Consecutive observed pairs a target needs before its discrepancy is fitted. */
    public static final int MIN_PAIRS = 8;

    /** The fitted process of one target; {@code fitted} is false when the target is left as simulated. */
    public record Fit(boolean fitted, double phi, double drift, double innovationSd, int pairs) {
        static final Fit NONE = new Fit(false, 0, 0, 0, 0);
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
            int last = -1;
            for (int p = future - 1; p >= 0 && last < 0; p--) if (Double.isFinite(observed[base + p])) last = p;
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            int n = 0;
            for (int p = 0; p + 1 < future; p++) {
                double o0 = observed[base + p], o1 = observed[base + p + 1];
                if (!Double.isFinite(o0) || !Double.isFinite(o1)) continue;
                for (double[] member : raw) {
                    double x = gap(o0, member[base + p]), y = gap(o1, member[base + p + 1]);
                    sx += x; sy += y; sxx += x * x; sxy += x * y;
                    n++;
                }
            }
            if (last < 0 || n < MIN_PAIRS * members) {
                fits.add(Fit.NONE);
                continue;
            }
            double mx = sx / n, my = sy / n, vxx = sxx / n - mx * mx, vxy = sxy / n - mx * my;
            double phi = vxx > 0 ? Math.max(0, Math.min(1, vxy / vxx)) : 0;
            double a = my - phi * mx;
            double[] residuals = new double[n];
            int i = 0;
            double ss = 0;
            for (int p = 0; p + 1 < future; p++) {
                double o0 = observed[base + p], o1 = observed[base + p + 1];
                if (!Double.isFinite(o0) || !Double.isFinite(o1)) continue;
                for (double[] member : raw) {
                    double e = gap(o1, member[base + p + 1]) - a - phi * gap(o0, member[base + p]);
                    residuals[i++] = e;
                    ss += e * e;
                }
            }
            fits.add(new Fit(true, phi, a, Math.sqrt(ss / n), n / members));
            for (int m = 0; m < members; m++) {
                double start = gap(observed[base + last], raw[m][base + last]);
                for (int k = 0; k < paths; k++) {
                    double[] row = out[m * paths + k];
                    double d = start;
                    for (int p = last + 1; p < periods; p++) {
                        d = a + phi * d + residuals[random.nextInt(n)];
                        if (p >= future) row[base + p] = Math.max(0, Math.expm1(Math.log1p(Math.max(0, raw[m][base + p])) + d));
                    }
                }
            }
        }
        return new Result(out, fits);
    }

    private static double gap(double observed, double simulated) {
        return Math.log1p(Math.max(0, observed)) - Math.log1p(Math.max(0, simulated));
    }
}
