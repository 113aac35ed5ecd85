package communitysim.cli;

import communitysim.output.AtomicDirectory;
import communitysim.scenario.ScenarioException;
import communitysim.sweep.EngineProvider;
import communitysim.sweep.Sampler;
import communitysim.sweep.Sweep;
import communitysim.sweep.SweepException;
import communitysim.sweep.SweepOutcome;
import communitysim.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario over a grid or Latin hypercube of knob values, with replicates, and write a"
                + " sweep folder (runs.csv, design.csv, main_effects.csv, charts, manifest). Resumable; see docs/sweeps.md.",
                "Example: sweep scenarios/baseline.yaml --vary activation.base=-4.5:-3.5:0.5 --vary network.mixing=graph,complete --reps 3"})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=SPEC", required = true,
            description = "Vary a knob (repeatable). SPEC: v1,v2,... (numbers, true/false or names) or lo:hi:step for a grid;"
                    + " lo:hi for --sample lhs.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "grid|lhs", defaultValue = "grid",
            converter = SamplerConverter.class,
            description = "grid: every combination (default). lhs: Latin hypercube of --n runs, seeded by --seed.")
    Sampler sampler;

    @Option(names = "--n", paramLabel = "N", description = "Runs of a Latin hypercube (--sample lhs only).")
    Integer n;

    @Option(names = "--reps", paramLabel = "R", description = "Replicates per run (default: the scenario's `replicates`).")
    Integer reps;

    @Option(names = "--threads", paramLabel = "T", description = "Threads, one replicate each (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--days", paramLabel = "D", description = "Horizon in days (default: the scenario's `days`).")
    Integer days;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed of the task seeds and the LHS design (default: the scenario's `seed`).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder to create (default: results/<name>-sweep-<yyyyMMdd-HHmmss>, UTC).")
    Path out;

    @Option(names = "--resume", description = "Continue the interrupted sweep of --out (DIR.partial) with the same command; exits 0 at once if DIR is complete.")
    boolean resume;

    @Option(names = "--daily", description = "Also write every task's daily rows to daily.csv.gz.")
    boolean daily;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a knob of the base scenario (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
            description = "Where tasks run: local (this machine's threads, default) or spark (the ./communitysim launcher hands it to the spark module, built on first use; --verbose shows Spark's log).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: local[*] (default), local[N], spark://HOST:PORT, yarn, k8s://...")
    String master;

    @Option(names = "--engine-option", paramLabel = "KEY=VALUE", description = "An engine-specific setting (repeatable), e.g. partitionSize=8 for spark.")
    java.util.Map<String, String> engineOptions = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (resume && out == null) {
            err.println("--resume needs --out DIR, the folder of the sweep to continue");
            return Main.BAD_INPUT;
        }
        java.util.Optional<String> refused = Threads.problem(threads);
        // a resumed sweep continues in DIR.partial, or finds DIR complete
        if (out != null && !resume) refused = refused.or(() -> AtomicDirectory.whyUnusable(out, "--out"));
        if (refused.isPresent()) {
            err.println(refused.get());
            return Main.BAD_INPUT;
        }
        EngineProvider provider = null;
        if (!engine.equals("local")) {
            for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) if (p.name().equals(engine)) provider = p;
            if (provider == null) {
                err.println("--engine " + engine + ": not on the class path; for spark run ./communitysim or spark/communitysim-spark"
                        + " (or spark-submit spark/target/communitysim-spark.jar) with the same arguments");
                return Main.BAD_INPUT;
            }
            if (threads != null) {
                err.println("--threads: the " + engine + " engine sets its own parallelism (see --master)");
                return Main.BAD_INPUT;
            }
        } else if (master != null || !engineOptions.isEmpty()) {
            err.println("--master and --engine-option go with --engine spark");
            return Main.BAD_INPUT;
        }
        Sweep sweep = Sweep.of(scenarioFile).sample(sampler, n).daily(daily).resume(resume);
        sets.forEach(sweep::set);
        vary.forEach(sweep::vary);
        if (reps != null) sweep.replicates(reps);
        if (days != null) sweep.days(days);
        if (seed != null) sweep.seed(seed);
        if (threads != null) sweep.threads(threads);
        try {
            SweepPlan plan = sweep.plan();
            for (String path : plan.rounded()) {
                err.println("note: " + path + " is an integer knob; its Latin-hypercube values are rounded to whole numbers");
            }
            Path dir = out != null ? out : Sweep.defaultOut(Path.of("results"), plan, Instant.now());
            long totalDays = (long) plan.tasks() * plan.base().scenario().days();
            EngineProvider.Session session;
            try {
                session = provider == null ? null : provider.open(master, engineOptions, plan.base().scenario().name());
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            }
            if (session != null) sweep.threads(session.parallelism()).executor(session.executor());
            try (session; ProgressReporter progress = new ProgressReporter(plan.base().scenario().name() + " sweep", totalDays, quiet)) {
                int days = plan.base().scenario().days();
                sweep.progress(new Sweep.Progress() {
                    @Override
                    public void started(Path partial, int done, int total) {
                        if (!quiet) {
                            err.printf("sweep%s: %d runs x %d replicates = %d tasks (%d already done), working in %s;"
                                    + " if interrupted, continue with --resume --out %s%n",
                                    session == null ? "" : " on " + session.describe(),
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

    static final class SamplerConverter implements picocli.CommandLine.ITypeConverter<Sampler> {
        @Override
        public Sampler convert(String value) {
            for (Sampler s : Sampler.SWEEP) if (s.label().equals(value)) return s;
            throw new picocli.CommandLine.TypeConversionException("expected grid or lhs, got '" + value + "'");
        }
    }
}
