package communitysim.claims;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.run.RunResult;
import communitysim.run.Runner;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.ScenarioLoader;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claim 8 of MODEL.md (source 000's 5-year budget): under a halving emission, rewards per active
 * member fall over time and the active share falls with them. The shipped pair
 * {@code rewards-halving.yaml} / {@code rewards-linear.yaml} differs only in the schedule; both run
 * with the same seeds (common random numbers), so replicate i of one is paired with replicate i of
 * the other and a paired t-test at p < 0.01 decides each direction.
 */
class HalvingEmissionClaimTest {
    private static RunResult halving;
    private static RunResult linear;

    static RunResult run(String file) throws Exception {
        LoadedScenario s = ScenarioLoader.load(Path.of("..", "scenarios", file), List.of());
        return Runner.run(s.scenario(), s.resolved(), s.source(), s.scenario().replicates(), s.scenario().seed(),
                Runtime.getRuntime().availableProcessors(), Runner.Progress.NONE);
    }

    @BeforeAll
    static void runThePair() throws Exception {
        halving = run("rewards-halving.yaml");
        linear = run("rewards-linear.yaml");
    }

    /** Each replicate's mean of a metric over days [from, to] (1-based, inclusive). */
    static double[] mean(RunResult run, Metric metric, int from, int to) {
        List<ReplicateResult> reps = run.replicates();
        double[] out = new double[reps.size()];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int d = from; d <= to; d++) sum += reps.get(i).daily()[d - 1][metric.ordinal()];
            out[i] = sum / (to - from + 1);
        }
        return out;
    }

    static void assertLower(double[] lower, double[] higher, String what) {
        double p = new TTest().pairedTTest(lower, higher);
        double diff = 0;
        for (int i = 0; i < lower.length; i++) diff += lower[i] - higher[i];
        assertTrue(diff < 0 && p < 0.01, what + ": mean difference " + diff / lower.length + ", paired p = " + p);
    }

    @Test
    void rewardsPerActiveMemberFallUnderHalving() {
        assertLower(mean(halving, Metric.REWARD_PER_ACTIVE, 1461, 1825), mean(halving, Metric.REWARD_PER_ACTIVE, 1, 365),
                "halving: year-5 against year-1 rewards per active member");
    }

    @Test
    void theActiveShareFallsWithThem() {
        assertLower(mean(halving, Metric.ACTIVE_RATIO, 1461, 1825), mean(halving, Metric.ACTIVE_RATIO, 1, 365),
                "halving: year-5 against year-1 active share");
        assertLower(mean(halving, Metric.ACTIVE_RATIO, 1461, 1825), mean(linear, Metric.ACTIVE_RATIO, 1461, 1825),
                "year-5 active share: halving against linear");
    }
}
