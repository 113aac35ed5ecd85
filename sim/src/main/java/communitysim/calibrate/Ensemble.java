package communitysim.calibrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import communitysim.metrics.Metric;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import communitysim.sweep.Executor;
import communitysim.sweep.PeriodSeries;
import communitysim.sweep.Seeds;
import communitysim.sweep.SweepJob;
import communitysim.sweep.Task;
import communitysim.sweep.TaskResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs parameter vectors of a plan through a sweep {@link Executor} (this machine's threads or a
 * cluster), each with its seed, and returns each one's period series. With {@code reps} replicates
 * a vector's series is the mean of its replicates; replicate 0 runs on the vector's own seed and
 * replicate r on {@link Seeds#of}(seed, 0, r).
 */
final class Ensemble {
    private final Executor executor;
    private final SweepJob job;
    private final CalibrationPlan plan;
    private final int reps;
    private int simulations;
    private final long memberCap;
    private communitysim.run.Runner.Progress progress = (done, total) -> {};
    /** Of the last {@link #simulateEach}: {@code [vector][replicate]}, whether it stopped at the member cap. */
    private boolean[][] ranAway = new boolean[0][];

    Ensemble(Executor executor, LoadedScenario scenario, PeriodSeries series, CalibrationPlan plan, int reps) {
        this.executor = executor;
        this.plan = plan;
        this.reps = reps;
        this.memberCap = series.memberCap();
        try {
            // nothing here reads a distribution metric unless a target is one: their pass over every member
            // then runs on day 1 only (every `days` days)
            if (plan.targets().stream().noneMatch(t -> Metric.DISTRIBUTIONS.contains(t.metric()))) {
                scenario = ScenarioLoader.withOverrides(scenario, List.of("metrics.distributionEvery=" + scenario.scenario().days()));
            }
            this.job = new SweepJob(new ObjectMapper().writeValueAsString(scenario.resolved()), scenario.source(), false, series);
        } catch (IOException | ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each vector's series, averaged over replicates. */
    double[][] simulate(List<double[]> thetas, long[] seeds) throws IOException, InterruptedException {
        double[][][] each = simulateEach(thetas, seeds);
        double[][] mean = new double[thetas.size()][];
        for (int i = 0; i < mean.length; i++) {
            double[] m = new double[each[i][0].length];
            for (double[] r : each[i]) for (int j = 0; j < m.length; j++) m[j] += r[j] / reps;
            mean[i] = m;
        }
        return mean;
    }

    /** Each vector's series, replicate by replicate: {@code [vector][replicate][value]}. */
    double[][][] simulateEach(List<double[]> thetas, long[] seeds) throws IOException, InterruptedException {
        List<Task> tasks = new ArrayList<>(thetas.size() * reps);
        for (int i = 0; i < thetas.size(); i++) {
            List<String> overrides = plan.overrides(thetas.get(i));
            for (int r = 0; r < reps; r++) tasks.add(new Task(i, r, r == 0 ? seeds[i] : Seeds.of(seeds[i], 0, r), overrides));
        }
        double[][][] out = new double[thetas.size()][reps][];
        boolean[][] away = new boolean[thetas.size()][reps];
        int[] done = {0};
        executor.execute(job, tasks, (TaskResult result) -> {
            out[result.run()][result.replicate()] = result.series();
            // a capped run stops on the first day past the cap, so only a runaway ends above it
            away[result.run()][result.replicate()] = result.finals()[Metric.MEMBERS.ordinal()] > memberCap;
            progress.advanced(++done[0], tasks.size());
        });
        ranAway = away;
        simulations += tasks.size();
        return out;
    }

    /** Whether replicate {@code r} of vector {@code i} of the last batch ran away. */
    boolean ranAway(int i, int r) {
        return ranAway[i][r];
    }

    /** Tells {@code progress} of each simulation done, batch by batch. */
    void listen(communitysim.run.Runner.Progress progress) {
        this.progress = progress;
    }

    int simulations() {
        return simulations;
    }
}
