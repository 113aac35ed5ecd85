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

    /** The 90% posterior interval's width as a share of the prior's, on the prior's own scale (log for a log prior). */
    public static double widthShare(Result result, int k) {
        Parameter p = result.plan().params().get(k);
        double lo = result.quantile(k, 0.05), hi = result.quantile(k, 0.95);
        return p.log() ? Math.log(hi / lo) / Math.log(p.hi() / p.lo()) : (hi - lo) / (p.hi() - p.lo());
    }

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
        return run(plan, settings, executor, listener, null);
    }

    /**
     * @param journal a file recording every simulation's summary, read first when it exists (resuming
     *                an interrupted calibration of the same plan and settings), or null for none
     */
    public static Result run(CalibrationPlan plan, AbcSmc.Settings settings, Executor executor, AbcSmc.Listener listener,
                             java.nio.file.Path journal) throws IOException, InterruptedException {
        Instant start = Instant.now();
        Ensemble ensemble = new Ensemble(executor, plan.base(), plan.series(), plan, plan.reps());
        AbcSmc.Simulator simulator = ensemble::simulate;
        SimulationJournal j = journal == null ? null
                : SimulationJournal.open(journal, plan.targets().size() * plan.periods().size());
        try {
            if (j != null) simulator = SimulationJournal.around(simulator, j);
            AbcSmc abc = new AbcSmc(plan.params(), plan.observedVector(), settings, simulator);
            List<AbcSmc.Population> pops = abc.run(listener);
            return new Result(plan, settings, pops, abc.evaluated() * plan.reps(), start, Instant.now());
        } finally {
            if (j != null) j.close();
        }
    }
}
