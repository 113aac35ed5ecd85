package communitysim.sweep;

import java.nio.file.Path;

/**
 * How a sweep ended.
 *
 * @param folder          the complete results folder
 * @param tasksRun        tasks run by this call
 * @param tasksResumed    tasks found already done in an interrupted sweep's journal
 * @param alreadyComplete true when the folder was complete before this call (nothing was run)
 * @param wallSeconds     time this call took
 */
public record SweepOutcome(Path folder, int runs, int replicates, int tasksRun, int tasksResumed,
                           boolean alreadyComplete, double wallSeconds) {

    public Path runsCsv() {
        return folder.resolve(SweepRunner.RUNS_CSV);
    }

    public Path mainEffectsCsv() {
        return folder.resolve(MainEffects.FILE);
    }
}
