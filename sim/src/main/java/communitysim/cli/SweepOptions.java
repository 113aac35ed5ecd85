package communitysim.cli;

import communitysim.output.AtomicDirectory;
import communitysim.scenario.ScenarioException;
import communitysim.sweep.EngineProvider;
import communitysim.sweep.Sweep;
import communitysim.sweep.SweepException;
import communitysim.sweep.SweepOutcome;
import communitysim.sweep.SweepPlan;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * What every command built on the sweep machinery ({@code sweep}, {@code sensitivity}) shares: the
 * base scenario's {@code --set} and {@code --days}, where and how the tasks are carried out (the
 * folder and its resume, threads or another engine, progress). Checks its flags before anything is
 * written, then plans, runs and reports the outcome.
 */
final class SweepOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a knob of the base scenario (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--days", paramLabel = "D", description = "Horizon in days (default: the scenario's `days`).")
    Integer days;

    @Option(names = "--threads", paramLabel = "T", description = "Threads, one replicate each (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create (default: results/<name>-<command>-<yyyyMMdd-HHmmss>, UTC).")
    Path out;

    @Option(names = "--resume", description = "Continue the interrupted work of --out (DIR.partial) with the same command; exits 0 at once if DIR is complete.")
    boolean resume;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
            description = "Where tasks run: local (this machine's threads, default) or spark (the ./communitysim launcher hands it to the spark module, built on first use; --verbose shows Spark's log).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: local[*] (default), local[N], spark://HOST:PORT, yarn, k8s://...")
    String master;

    @Option(names = "--engine-option", paramLabel = "KEY=VALUE", description = "An engine-specific setting (repeatable), e.g. partitionSize=8 for spark.")
    Map<String, String> engineOptions = new LinkedHashMap<>();

    private EngineProvider provider;

    /** What is wrong with these flags, as one line naming the flag; empty if nothing. Finds the engine. */
    Optional<String> problem() {
        if (resume && out == null) return Optional.of("--resume needs --out DIR, the folder of the work to continue");
        Optional<String> refused = Threads.problem(threads);
        // resumed work continues in DIR.partial, or finds DIR complete
        if (out != null && !resume) refused = refused.or(() -> AtomicDirectory.whyUnusable(out, "--out"));
        if (refused.isPresent()) return refused;
        if (engine.equals("local")) {
            if (master != null || !engineOptions.isEmpty()) return Optional.of("--master and --engine-option go with --engine spark");
            return Optional.empty();
        }
        for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) if (p.name().equals(engine)) provider = p;
        if (provider == null) {
            return Optional.of("--engine " + engine + ": not on the class path; for spark run ./communitysim or spark/communitysim-spark"
                    + " (or spark-submit spark/target/communitysim-spark.jar) with the same arguments");
        }
        if (threads != null) return Optional.of("--threads: the " + engine + " engine sets its own parallelism (see --master)");
        return Optional.empty();
    }

    /** Puts the command's scenario options and its {@code --vary}, {@code --reps} and {@code --seed} on {@code sweep}. */
    void apply(Sweep sweep, List<String> vary, Integer reps, Long seed) {
        sets.forEach(sweep::set);
        vary.forEach(sweep::vary);
        if (reps != null) sweep.replicates(reps);
        if (days != null) sweep.days(days);
        if (seed != null) sweep.seed(seed);
    }

    /**
     * Plans {@code sweep} (bad input: exit 2, nothing written), runs it into --out or
     * {@code results/<name>-<kind>-<time>}, and prints where the results are.
     *
     * @param kind    what the folder holds, in its default name and the progress lines: {@code sweep}, {@code sensitivity}
     * @param planned notes to print once the plan is checked
     */
    int run(Sweep sweep, String kind, PrintWriter err, PrintWriter stdout, Consumer<SweepPlan> planned) throws Exception {
        sweep.resume(resume);
        if (threads != null) sweep.threads(threads);
        try {
            SweepPlan plan = sweep.plan();
            planned.accept(plan);
            String name = plan.base().scenario().name();
            Path dir = out != null ? out : Path.of("results").resolve(communitysim.output.ResultsWriter.folderName(name + "-" + kind, Instant.now()));
            long totalDays = (long) plan.tasks() * plan.base().scenario().days();
            EngineProvider.Session session;
            try {
                session = provider == null ? null : provider.open(master, engineOptions, name);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            }
            if (session != null) sweep.threads(session.parallelism()).executor(session.executor());
            try (session; ProgressReporter progress = new ProgressReporter(name + " " + kind, totalDays, quiet)) {
                int days = plan.base().scenario().days();
                sweep.progress(new Sweep.Progress() {
                    @Override
                    public void started(Path partial, int done, int total) {
                        if (!quiet) {
                            err.printf("%s%s: %d runs x %d replicates = %d tasks (%d already done), working in %s;"
                                    + " if interrupted, continue with --resume --out %s%n",
                                    kind, session == null ? "" : " on " + session.describe(),
                                    plan.runs(), plan.replicates(), total, done, partial, dir);
                            err.flush();
                        }
                    }

                    @Override
                    public void tasksDone(int done, int total) {
                        progress.advanced((long) done * days, totalDays);
                    }
                });
                print(sweep.run(dir), stdout);
            }
        } catch (ScenarioException e) {
            return ScenarioInput.report(e, err);
        } catch (SweepException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        return Main.OK;
    }

    private static void print(SweepOutcome o, PrintWriter out) {
        out.printf("results: %s%n", o.folder());
        if (o.alreadyComplete()) {
            out.println("already complete: nothing to run");
        } else {
            out.printf("runs: %d, replicates: %d, tasks run: %d, resumed: %d, wall: %.1f s%n", o.runs(), o.replicates(),
                    o.tasksRun(), o.tasksResumed(), o.wallSeconds());
        }
        out.flush();
    }
}
