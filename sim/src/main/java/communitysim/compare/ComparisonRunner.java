package communitysim.compare;

import communitysim.run.RunResult;
import communitysim.run.Runner;
import communitysim.scenario.LoadedScenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a comparison's scenarios one after another, each on every thread, all with the same seeds: replicate
 * i of every scenario starts from seed {@code baseSeed + i}, so its seed group, prospects and draws start
 * alike and differences between scenarios come from the policy rather than from luck.
 */
public final class ComparisonRunner {

    private ComparisonRunner() {}

    /** @param progress days done across all scenarios and replicates, out of the total */
    public static Comparison run(ComparisonPlan plan, int threads, Runner.Progress progress) {
        Instant start = Instant.now();
        long total = (long) plan.policies().size() * plan.replicates() * plan.days();
        List<PolicyRun> runs = new ArrayList<>();
        for (Policy policy : plan.policies()) {
            long before = (long) runs.size() * plan.replicates() * plan.days();
            LoadedScenario s = policy.loaded();
            RunResult result = Runner.run(s.scenario(), s.resolved(), s.source(), plan.replicates(), plan.baseSeed(),
                    threads, (done, ignored) -> progress.advanced(before + done, total));
            runs.add(new PolicyRun(policy.label(), result));
        }
        return new Comparison(plan, runs, start, Instant.now());
    }
}
