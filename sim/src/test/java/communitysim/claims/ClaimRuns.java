package communitysim.claims;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.run.RunResult;
import communitysim.run.Runner;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.ScenarioLoader;
import org.apache.commons.math3.stat.inference.TTest;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Running the shipped claim scenarios and judging them. Pairs run with the same seeds (common
 * random numbers), so replicate i of one is paired with replicate i of the other.
 */
final class ClaimRuns {
    static final int REPLICATES = 30;
    static final double ALPHA = 0.01;

    private ClaimRuns() {}

    static RunResult run(String path, String... sets) throws Exception {
        return run(path, REPLICATES, sets);
    }

    static RunResult run(String path, int replicates, String... sets) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of(sets));
        all.add("replicates=" + replicates);
        LoadedScenario s = ScenarioLoader.load(Path.of("..", "scenarios").resolve(path), all);
        return Runner.run(s.scenario(), s.resolved(), s.source(), s.scenario().replicates(), s.scenario().seed(),
                Runtime.getRuntime().availableProcessors(), Runner.Progress.NONE);
    }

    /** Each replicate's mean of a metric over days from..to (1-based, inclusive; to = 0 means the last day). */
    static double[] mean(RunResult run, Metric metric, int from, int to) {
        List<ReplicateResult> reps = run.replicates();
        double[] out = new double[reps.size()];
        for (int i = 0; i < out.length; i++) {
            double[][] daily = reps.get(i).daily();
            int last = to == 0 ? daily.length : to;
            double sum = 0;
            for (int d = from; d <= last; d++) sum += daily[d - 1][metric.ordinal()];
            out[i] = sum / (last - from + 1);
        }
        return out;
    }

    static double[] mean(RunResult run, Metric metric) {
        return mean(run, metric, 1, 0);
    }

    static double[] finalDay(RunResult run, Metric metric) {
        return run.replicates().stream().mapToDouble(r -> r.daily()[r.daily().length - 1][metric.ordinal()]).toArray();
    }

    static double[] total(RunResult run, Metric metric) {
        double[] m = mean(run, metric);
        int days = run.replicates().get(0).daily().length;
        for (int i = 0; i < m.length; i++) m[i] *= days;
        return m;
    }

    /** Paired t-test: {@code lower} is below {@code higher} on average, p &lt; 0.01. */
    static void assertLower(double[] lower, double[] higher, String what) {
        double p = new TTest().pairedTTest(lower, higher);
        double diff = 0;
        for (int i = 0; i < lower.length; i++) diff += lower[i] - higher[i];
        assertTrue(diff < 0 && p < ALPHA, what + ": mean difference " + diff / lower.length + ", paired p = " + p);
    }

    /** One-sample t-test: the mean of {@code values} is above {@code bound}, one-sided p &lt; 0.01. */
    static void assertAbove(double[] values, double bound, String what) {
        double mean = mean(values), p = oneSided(bound, values);
        assertTrue(mean > bound && p < ALPHA, what + ": mean " + mean + " against " + bound + ", one-sided p = " + p);
    }

    /** Equivalence (TOST): the mean of {@code values} lies in [lo, hi], each one-sided t-test at p &lt; 0.05. */
    static void assertWithin(double[] values, double lo, double hi, String what) {
        double mean = mean(values), pLo = oneSided(lo, values), pHi = oneSided(hi, values);
        assertTrue(mean > lo && mean < hi && pLo < 0.05 && pHi < 0.05,
                what + ": mean " + mean + " in [" + lo + ", " + hi + "], one-sided p " + pLo + " and " + pHi);
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** The one-sided p of a one-sample t-test against {@code bound}, in the direction the mean lies. */
    private static double oneSided(double bound, double[] values) {
        return new TTest().tTest(bound, values) / 2;
    }
}
