package communitysim.calibrate;

import communitysim.sweep.Executor;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Fits a {@link CalibrationPlan} with {@link AbcSmc}: every simulation goes through the given sweep
 * executor with its recorded seed. The result is the sequence of populations, the last being the
 * posterior, and the plan it fits.
 */
public final class Calibration {
    private Calibration() {}

    public record Result(CalibrationPlan plan, AbcSmc.Settings settings, List<AbcSmc.Population> populations,
                         int simulations, Instant start, Instant end) {
        public AbcSmc.Population posterior() {
            return populations.get(populations.size() - 1);
        }

        /** Weighted quantile {@code q} of fitted parameter {@code k}. */
        public double quantile(int k, double q) {
            AbcSmc.Population p = posterior();
            double[] v = new double[p.size()];
            for (int i = 0; i < v.length; i++) v[i] = p.theta()[i][k];
            return AbcSmc.weightedQuantile(v, p.weights(), q);
        }

        /** The posterior median of every fitted knob (rounded for integer knobs). */
        public double[] medians() {
            double[] m = new double[plan.params().size()];
            for (int k = 0; k < m.length; k++) {
                m[k] = quantile(k, 0.5);
                if (plan.isInteger(k)) m[k] = Math.round(m[k]);
            }
            return m;
        }
    }

    public static Result run(CalibrationPlan plan, AbcSmc.Settings settings, Executor executor, AbcSmc.Listener listener)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        Ensemble ensemble = new Ensemble(executor, plan.base(), plan.series(), plan, plan.reps());
        AbcSmc abc = new AbcSmc(plan.params(), plan.observedVector(), settings, ensemble::simulate);
        List<AbcSmc.Population> pops = abc.run(listener);
        return new Result(plan, settings, pops, ensemble.simulations(), start, Instant.now());
    }
}
