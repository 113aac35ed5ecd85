package communitysim.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.metrics.ReplicateResult;
import communitysim.run.ReplicateRunner;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;

import java.util.List;

/**
 * Runs tasks of one {@link SweepJob}. A task's result depends only on the base scenario, its
 * overrides and its seed: one replicate, one worker thread, the daily series dropped as soon as the
 * final metrics (and, if asked, the compressed daily rows) are taken from it. Safe to share between
 * threads.
 */
public final class TaskEvaluator {
    private final LoadedScenario base;
    private final boolean daily;
    private final PeriodSeries series;

    public TaskEvaluator(SweepJob job) {
        ObjectNode tree;
        try {
            tree = (ObjectNode) new ObjectMapper().readTree(job.scenarioJson());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("the sweep job's scenario is not a JSON object", e);
        }
        // The loader's only entry point for a tree is withOverrides, which reads the tree and source
        // alone; passing no overrides revalidates the tree and binds it into a complete LoadedScenario.
        this.base = load(new LoadedScenario(null, tree, job.scenarioSource()), List.of());
        this.daily = job.daily();
        this.series = job.series();
    }

    public TaskResult evaluate(Task task) {
        LoadedScenario point = load(base, task.overrides());
        ReplicateResult r = ReplicateRunner.run(point.scenario(), task.replicate(), task.seed(), 1, ReplicateRunner.DayListener.NONE,
                series == null ? Long.MAX_VALUE : series.memberCap());
        return new TaskResult(task.run(), task.replicate(), task.seed(), FinalMetrics.of(r.daily()),
                daily ? DailyRows.gzip(task, r.daily()) : null, series == null ? null : series.of(r.daily()));
    }

    private static LoadedScenario load(LoadedScenario scenario, List<String> overrides) {
        try {
            return ScenarioLoader.withOverrides(scenario, overrides);
        } catch (ScenarioException e) {
            // The plan checked every design point before the sweep started; this is a bug, not bad input.
            throw new IllegalStateException("a checked design point no longer loads: " + e.getMessage(), e);
        }
    }
}
