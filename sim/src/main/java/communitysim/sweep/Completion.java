package communitysim.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a folder of runs adds once every task is journalled, before it is renamed into place: a
 * sweep's main effects and their charts, a sensitivity analysis's indices and report. It reads the
 * finished runs ({@link RunMeans}), never the tasks' daily series, and must be repeatable: a
 * completion cut short by a kill is done again by the resume.
 */
public interface Completion {

    /** Adds this analysis's entry to the folder's manifest (on creation and again on completion). */
    default void describe(ObjectNode manifest) { }

    /** Writes the analysis into {@code folder} from the complete runs of {@code plan}. */
    void write(Path folder, SweepPlan plan, RunMeans runs) throws IOException;

    /** A sweep's: {@code main_effects.csv} and one chart per knob. */
    Completion MAIN_EFFECTS = (folder, plan, runs) -> {
        MainEffects effects = MainEffects.of(runs, plan.design());
        effects.write(folder.resolve(MainEffects.FILE));
        MainEffectsCharts.writeAll(effects, plan.design(), runs.replicates(), folder);
    };
}
