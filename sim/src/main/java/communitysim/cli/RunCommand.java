package communitysim.cli;

import communitysim.output.AtomicDirectory;
import communitysim.output.Headlines;
import communitysim.output.Numbers;
import communitysim.output.ResultsWriter;
import communitysim.output.RunSummary;
import communitysim.run.RunResult;
import communitysim.run.Runner;
import communitysim.scenario.Assignment;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
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
        List<Assignment> flags = new ArrayList<>();
        if (reps != null) flags.add(Assignment.flag("--reps", "replicates", reps));
        if (seed != null) flags.add(Assignment.flag("--seed", "seed", seed));
        if (days != null) flags.add(Assignment.flag("--days", "days", days));
        java.util.Optional<String> refused = Threads.problem(threads)
                .or(() -> out == null ? java.util.Optional.empty() : AtomicDirectory.whyUnusable(out, "--out"));
        if (refused.isPresent()) {
            err.println(refused.get());
            return Main.BAD_INPUT;
        }
        communitysim.scenario.LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(scenarioFile, sets, flags);
        } catch (ScenarioException e) {
            return ScenarioInput.report(e, err);
        }
        var scenario = loaded.scenario();
        int t = Threads.resolve(threads);
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
