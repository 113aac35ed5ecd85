package communitysim.calibrate;

import communitysim.model.Streams;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import communitysim.sweep.Executor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A posterior-predictive forecast: {@code draws} parameter vectors resampled from the posterior by
 * weight (systematic resampling), each simulated {@code reps} times on fresh seeds from model day 1
 * through the horizon, optionally under a policy change ({@code --set}). Both the parameters'
 * uncertainty and run-to-run noise enter the ensemble, and so its quantiles; with the discrepancy on,
 * so does the data's own wandering around the model ({@link Discrepancy}).
 *
 * @param periods  key spans of the periods reported: the calibration window's, then the future's
 * @param future   index of the first period after the calibration window
 * @param ensemble  {@code [member][target * periods + period]}: the simulated members, or with the
 *                  discrepancy each member's paths (identical to it before {@code future})
 * @param simulated {@code [member][target * periods + period]}, one member per draw and replicate
 * @param observed the observed value per target and period where the history has it (NaN otherwise)
 * @param runaway  per simulated member: whether it grew past the plan's member cap and was stopped
 *                 there (its later periods repeat its last day)
 * @param thetas   per draw, the knob vector it simulated
 */
public record Forecast(CalibrationPlan plan, List<long[]> periods, int future, double[][] ensemble, double[] observed,
                       int draws, int reps, double[][] simulated, List<Discrepancy.Fit> discrepancy, boolean[] runaway,
                       List<double[]> thetas) {

    /**
     * What a forecast simulates beyond the calibrated scenario: knob changes for the whole run
     * ({@code wholeRun}, the old meaning of {@code --set}), changes from a day on ({@code atSets}
     * at model day {@code atDay}), and interventions from a file (items without a day take
     * {@code atDay}).
     */
    public record Policy(List<String> wholeRun, int atDay, List<String> atSets, java.nio.file.Path interventions) {
        public static final Policy NONE = new Policy(List.of(), 0, List.of(), null);

        public Policy {
            wholeRun = List.copyOf(wholeRun);
            atSets = List.copyOf(atSets);
        }

        public boolean isNone() {
            return wholeRun.isEmpty() && atSets.isEmpty() && interventions == null;
        }

        /** The scenario under this policy, checked: a bad change is a {@link ScenarioException} naming the flag or file. */
        public LoadedScenario apply(LoadedScenario base) throws ScenarioException {
            LoadedScenario s = wholeRun.isEmpty() ? base : ScenarioLoader.withOverrides(base, wholeRun);
            if (!atSets.isEmpty()) s = ScenarioLoader.withIntervention(s, atDay, atSets);
            if (interventions != null) s = ScenarioLoader.withInterventions(s, interventions, atDay);
            return s;
        }
    }

    /** How many simulations ran away (see {@link #runaway}). */
    public int runaways() {
        int n = 0;
        for (boolean r : runaway) if (r) n++;
        return n;
    }

    /** Ensemble size a forecast aims at when the discrepancy multiplies the simulated members into paths. */
    static final int PATHS_TARGET = 1000;

    /**
     * @param discrepancy whether the gap between data and model is carried into the future
     *                    ({@link Discrepancy}); with {@code none} the ensemble is the simulations alone
     */
    public static Forecast run(Calibration.Result calibration, long lastKey, List<String> policy, int draws, int reps,
                               long seed, Executor executor, Discrepancy.Mode discrepancy) throws IOException, InterruptedException, ScenarioException {
        return run(calibration, lastKey, new Policy(policy, 0, List.of(), null), draws, reps, seed, executor, discrepancy, (done, total) -> {});
    }

    /**
     * The forecast under {@code policy}. Simulations that grow past the plan's member cap (a
     * hundred times the largest observed value, see {@link CalibrationPlan#memberCap()}) stop there and
     * are marked in {@link #runaway}, so a policy that makes the community explode costs no more than one
     * that does not; {@code progress} hears of every simulation done.
     */
    public static Forecast run(Calibration.Result calibration, long lastKey, Policy policy, int draws, int reps,
                               long seed, Executor executor, Discrepancy.Mode discrepancy, communitysim.run.Runner.Progress progress)
            throws IOException, InterruptedException, ScenarioException {
        CalibrationPlan plan = calibration.plan();
        List<long[]> periods = new ArrayList<>(plan.periods());
        int future = periods.size();
        periods.addAll(plan.periodsAfter(lastKey));
        LoadedScenario horizon = ScenarioLoader.withOverrides(plan.base(), List.of("days=" + (Math.max(lastKey, plan.until()) - plan.start())));
        LoadedScenario scenario = policy.apply(horizon);
        Ensemble ensemble = new Ensemble(executor, scenario, plan.series(periods, true), plan, reps);
        ensemble.listen(progress);
        AbcSmc.Population post = calibration.posterior();
        List<double[]> thetas = new ArrayList<>(draws);
        long[] seeds = new long[draws];
        double[] cumulative = new double[post.size()];
        double c = 0;
        for (int i = 0; i < cumulative.length; i++) cumulative[i] = c += post.weights()[i];
        double u0 = (Streams.mix(seed ^ 0xf0ecaL) >>> 11) * 0x1.0p-53;
        int j = 0;
        for (int d = 0; d < draws; d++) {
            double u = (u0 + d) / draws * c;
            while (j < cumulative.length - 1 && cumulative[j] < u) j++;
            thetas.add(post.theta()[j]);
            seeds[d] = Streams.derive(seed, 0xf0eca, d, 0) >>> 11;
        }
        double[][][] each = ensemble.simulateEach(thetas, seeds);
        double[][] members = new double[draws * reps][];
        boolean[] runaway = new boolean[draws * reps];
        for (int d = 0; d < draws; d++) {
            for (int r = 0; r < reps; r++) {
                members[d * reps + r] = each[d][r];
                runaway[d * reps + r] = ensemble.ranAway(d, r);
            }
        }
        double[] observed = plan.observedFor(periods);
        if (discrepancy == Discrepancy.Mode.none) {
            return new Forecast(plan, periods, future, members, observed, draws, reps, members, List.of(), runaway, thetas);
        }
        int paths = Math.max(1, (PATHS_TARGET + members.length - 1) / members.length);
        Discrepancy.Result d = Discrepancy.apply(members, observed, plan.targets().size(), periods.size(), future, paths,
                Streams.mix(seed ^ 0xd15c4e9a1L));
        return new Forecast(plan, periods, future, d.ensemble(), observed, draws, reps, members, d.fits(), runaway, thetas);
    }

    /** The ensemble's values of target {@code t} in period {@code p}. */
    public double[] sample(int t, int p) {
        return column(ensemble, t, p);
    }

    /** The simulations' own values, before the discrepancy: what the mechanisms alone forecast. */
    public double[] simulatedSample(int t, int p) {
        return column(simulated, t, p);
    }

    private double[] column(double[][] rows, int t, int p) {
        double[] s = new double[rows.length];
        for (int m = 0; m < s.length; m++) s[m] = rows[m][t * periods.size() + p];
        return s;
    }

    public double observed(int t, int p) {
        return observed[t * periods.size() + p];
    }
}
