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
 * its start detached from where the community is now. Per target, on a log scale
 * ({@code log(1 + value)}), the model's centre is the members' mean path and the gap
 * {@code d = log(1 + observed) - centre} is fitted over the calibration window as an AR(1) process,
 * {@code d[p+1] = a + phi d[p] + e} (least squares, {@code phi} clamped to [0, 1]). A member of
 * the forecast is the centre, plus the member's own deviation from it less its usual offset (so
 * its run-to-run noise and how its knobs make it diverge after the origin stay, while the level
 * comes from the data), plus the gap, which starts from the last observed {@code d} and evolves
 * by the fitted process with innovations resampled from the fit's residuals ({@code paths}
 * independent paths per member). The members already bring the model's own noise, so the
 * residuals are scaled to the variance the data shows beyond it: a model that wanders as the data
 * does gets its own bands back, shifted to where the data is.
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

    /** Consecutive observed periods a target needs before its discrepancy is fitted. */
    public static final int MIN_PAIRS = 8;

    /**
     * The fitted process of one target; {@code fitted} is false when the target is left as simulated.
     * {@code innovationSd}: of the gap's innovations; {@code excessSd}: the part the forecast adds to the model's own;
     * {@code pairs}: consecutive observed periods fitted.
     */
    public record Fit(boolean fitted, double phi, double drift, double innovationSd, double excessSd, int pairs) {
        static final Fit NONE = new Fit(false, 0, 0, 0, 0, 0);
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
            int last = -1, observedPeriods = 0;
            for (int p = 0; p < future; p++) {
                if (!Double.isFinite(observed[base + p])) continue;
                last = p;
                observedPeriods++;
            }
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            int n = 0;
            for (int p = 0; p + 1 < future; p++) {
                double o0 = observed[base + p], o1 = observed[base + p + 1];
                if (!Double.isFinite(o0) || !Double.isFinite(o1)) continue;
                double x = log(o0) - centre[p], y = log(o1) - centre[p + 1];
                sx += x; sy += y; sxx += x * x; sxy += x * y;
                n++;
            }
            if (n < MIN_PAIRS) {
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
                double e = log(o1) - centre[p + 1] - a - phi * (log(o0) - centre[p]);
                residuals[i++] = e;
                ss += e * e;
            }
            // each member's usual distance from the centre (its knobs) and its wandering around that (its noise)
            double[] offset = new double[members];
            double noise = 0;
            for (int m = 0; m < members; m++) {
                for (int p = 0; p < future; p++) if (Double.isFinite(observed[base + p])) offset[m] += (log(raw[m][base + p]) - centre[p]) / observedPeriods;
                for (int p = 0; p < future; p++) {
                    if (!Double.isFinite(observed[base + p])) continue;
                    double dev = log(raw[m][base + p]) - centre[p] - offset[m];
                    noise += dev * dev / ((double) observedPeriods * members);
                }
            }
            double total = ss / n;
            // The members bring their own noise into the forecast; the gap's process adds only what the
            // data shows beyond it. Noise of variance s2 in the gap makes its fitted process stationary
            // at s2 more, which innovations of variance s2 (1 - phi^2) account for: those are taken out.
            double excess = Math.max(0, total - noise * (1 - phi * phi));
            double scale = total > 0 ? Math.sqrt(excess / total) : 0;
            fits.add(new Fit(true, phi, a, Math.sqrt(total), Math.sqrt(excess), n));
            double start = log(observed[base + last]) - centre[last];
            for (int m = 0; m < members; m++) {
                for (int k = 0; k < paths; k++) {
                    double[] row = out[m * paths + k];
                    double d = start;
                    for (int p = last + 1; p < periods; p++) {
                        d = a + phi * d + scale * residuals[random.nextInt(n)];
                        if (p >= future) row[base + p] = Math.max(0, Math.expm1(log(raw[m][base + p]) - offset[m] + d));
                    }
                }
            }
        }
        return new Result(out, fits);
    }

    private static double log(double v) {
        return Math.log1p(Math.max(0, v));
    }

}
