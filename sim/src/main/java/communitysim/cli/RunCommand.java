package communitysim.cli;

import communitysim.output.Headlines;
import communitysim.output.Numbers;
import communitysim.output.ResultsWriter;
import communitysim.output.RunSummary;
import communitysim.run.RunResult;
import communitysim.run.Runner;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's replicates and write a results folder (manifest, daily.csv, summary, retention, Lorenz, charts).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = "--reps", paramLabel = "N", description = "Replicates (default: the scenario's `replicates`).")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed; replicate i uses S+i (default: the scenario's `seed`).")
    Long seed;

    @Option(names = "--days", paramLabel = "D", description = "Horizon in days (default: the scenario's `days`).")
    Integer days;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder to create (default: results/<name>-<yyyyMMdd-HHmmss>, UTC).")
    Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a knob, e.g. --set activation.base=-2.5 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        List<String> overrides = new ArrayList<>(sets);
        if (reps != null) overrides.add("replicates=" + reps);
        if (seed != null) overrides.add("seed=" + seed);
        if (days != null) overrides.add("days=" + days);
        if (threads != null && threads < 1) {
            err.println("--threads: must be >= 1");
            return Main.BAD_INPUT;
        }
        if (out != null && Files.exists(out)) {
            err.println("--out " + out + ": already exists; results never overwrite a folder");
            return Main.BAD_INPUT;
        }
        communitysim.scenario.LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(scenarioFile, overrides);
        } catch (ScenarioException e) {
            return ScenarioInput.report(e, err);
        }
        var scenario = loaded.scenario();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        RunResult result;
        try (ProgressReporter progress = new ProgressReporter(scenario.name(), (long) scenario.replicates() * scenario.days(), quiet)) {
            result = Runner.run(scenario, loaded.resolved(), loaded.source(), scenario.replicates(), scenario.seed(), t, progress);
        }
        Path dir = out != null ? out : ResultsWriter.defaultOutDir(Path.of("results"), result);
        try {
            ResultsWriter.write(result, dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            err.println((out != null ? "--out " : "results folder ") + dir + ": already exists; results never overwrite a folder");
            return Main.BAD_INPUT;
        }
        printHeadline(result, dir, outWriter);
        return Main.OK;
    }

    private static void printHeadline(RunResult result, Path dir, PrintWriter out) {
        RunSummary summary = RunSummary.of(result.replicates());
        out.printf("results: %s%n", dir);
        out.printf("replicates: %d, days: %d, wall: %s s, member-days/s: %s%n", result.replicates().size(),
                result.scenario().days(), Numbers.readable(result.wallSeconds()),
                Numbers.readable(result.memberDays() / Math.max(1e-9, result.wallSeconds())));
        for (String line : Headlines.lines(summary)) out.println(line);
        out.flush();
    }
}
