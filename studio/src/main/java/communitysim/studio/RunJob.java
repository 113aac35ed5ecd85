package communitysim.studio;

import communitysim.output.ResultsWriter;
import communitysim.run.RunResult;
import communitysim.run.Runner;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.Scenario;

import java.nio.file.Path;

/**
 * A run as {@code communitysim run} does it: {@link Runner#run} on the loaded scenario, then
 * {@link ResultsWriter#write} into {@code <results>/<name>-<yyyyMMdd-HHmmss>}; on the way, each day feeds the live
 * charts and replicate 0's network pictures.
 */
final class RunJob extends Job {
    final LoadedScenario loaded;
    final LiveSeries live;
    final NetworkFrames network;
    private final Path resultsRoot;
    private final int threads;

    RunJob(int id, LoadedScenario loaded, Path resultsRoot, int threads) {
        super(id, "run", loaded.scenario().name(), (long) loaded.scenario().replicates() * loaded.scenario().days());
        this.loaded = loaded;
        this.resultsRoot = resultsRoot;
        this.threads = threads;
        Scenario s = loaded.scenario();
        this.live = new LiveSeries(s.replicates(), s.days());
        this.network = new NetworkFrames(s.days());
    }

    @Override
    void execute() throws Exception {
        Scenario s = loaded.scenario();
        RunResult result = Runner.run(s, loaded.resolved(), loaded.source(), s.replicates(), s.seed(), threads,
                (daysDone, daysTotal) -> done = daysDone,
                (replicate, model, day, row) -> {
                    checkStop();
                    live.record(replicate, day, row);
                    if (replicate == 0) network.maybeRecord(model, day, s.days());
                });
        checkStop();
        Path dir = writeFresh(ResultsWriter.defaultOutDir(resultsRoot, result), d -> ResultsWriter.write(result, d));
        folder = SafePaths.relative(resultsRoot, dir);
    }
}
