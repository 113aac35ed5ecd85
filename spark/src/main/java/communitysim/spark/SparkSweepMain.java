package communitysim.spark;

import communitysim.cli.Main;
import communitysim.scenario.ScenarioException;
import communitysim.sweep.Sampler;
import communitysim.sweep.Sweep;
import communitysim.sweep.SweepException;
import communitysim.sweep.SweepOutcome;
import communitysim.sweep.SweepPlan;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sweep} on Apache Spark: the arguments of the core's {@code sweep} command (but
 * {@code --threads}: the parallelism is Spark's), plus {@code --master} and {@code --partition-size}.
 * The plan, the folder, the journal, resume and the final files are the core's; only the tasks run on
 * Spark, through {@link SparkExecutor}. The driver writes the folder, so {@code --out} is a path on
 * the driver's machine. A leading {@code sweep} word is accepted and ignored.
 *
 * <pre>
 * spark-submit --master spark://HOST:7077 spark/target/communitysim-spark.jar \
 *     scenarios/baseline.yaml --vary churn.base=0.02:0.08:0.02 --reps 10 --out results/big
 * </pre>
 */
@Command(name = "communitysim-spark", mixinStandardHelpOptions = true, versionProvider = SparkSweepMain.Version.class,
        description = {"Run a sweep (as the `sweep` command) with its tasks distributed by Apache Spark."
                + " Same folder, same runs.csv values, same --resume. See docs/spark.md.",
                "Example: communitysim-spark scenarios/baseline.yaml --vary churn.base=0.04,0.08 --reps 3 --master local[2]"})
public final class SparkSweepMain implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json), read on the driver.")
    Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=SPEC", required = true,
            description = "Vary a knob (repeatable), as for `sweep`.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "grid|lhs", defaultValue = "grid", converter = SamplerConverter.class,
            description = "grid: every combination (default). lhs: Latin hypercube of --n runs, seeded by --seed.")
    Sampler sampler;

    @Option(names = "--n", paramLabel = "N", description = "Runs of a Latin hypercube (--sample lhs only).")
    Integer n;

    @Option(names = "--reps", paramLabel = "R", description = "Replicates per run (default: the scenario's `replicates`).")
    Integer reps;

    @Option(names = "--days", paramLabel = "D", description = "Horizon in days (default: the scenario's `days`).")
    Integer days;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed of the task seeds and the LHS design (default: the scenario's `seed`).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder to create on the driver (default: results/<name>-sweep-<yyyyMMdd-HHmmss>, UTC).")
    Path out;

    @Option(names = "--resume", description = "Continue the interrupted sweep of --out (DIR.partial); exits 0 at once if DIR is complete.")
    boolean resume;

    @Option(names = "--daily", description = "Also write every task's daily rows to daily.csv.gz (they travel back to the driver).")
    boolean daily;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a knob of the base scenario (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*] (default unless spark-submit set one), local[N], spark://HOST:PORT, yarn, k8s://...")
    String master;

    @Option(names = "--partition-size", paramLabel = "K", defaultValue = "0",
            description = "Sweep tasks per Spark partition (results stream back per partition). Default 0: "
                    + SparkExecutor.PARTITIONS_PER_CORE + " partitions per core, at most "
                    + SparkExecutor.MAX_DEFAULT_PARTITION + " tasks each.")
    int partitionSize;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code: 0 done, 2 bad input or usage, 1 internal error. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int execute(PrintWriter stdout, PrintWriter stderr, String... args) {
        if (args.length > 0 && args[0].equals("sweep")) args = Arrays.copyOfRange(args, 1, args.length);
        CommandLine cli = new CommandLine(new SparkSweepMain());
        cli.setOut(stdout);
        cli.setErr(stderr);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("communitysim-spark: internal error: " + ex);
            if (Boolean.getBoolean("communitysim.debug")) ex.printStackTrace(commandLine.getErr());
            return Main.INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (resume && out == null) {
            err.println("--resume needs --out DIR, the folder of the sweep to continue");
            return Main.BAD_INPUT;
        }
        if (partitionSize < 0) {
            err.println("--partition-size must be >= 0, got " + partitionSize);
            return Main.BAD_INPUT;
        }
        Sweep sweep = Sweep.of(scenarioFile).sample(sampler, n).daily(daily).resume(resume);
        sets.forEach(sweep::set);
        vary.forEach(sweep::vary);
        if (reps != null) sweep.replicates(reps);
        if (days != null) sweep.days(days);
        if (seed != null) sweep.seed(seed);
        SweepPlan plan;
        try {
            // Everything is checked before Spark starts: bad input exits 2 without a cluster job.
            plan = sweep.plan();
        } catch (ScenarioException e) {
            e.problems().forEach(err::println);
            err.flush();
            return Main.BAD_INPUT;
        } catch (SweepException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        for (String path : plan.rounded()) {
            err.println("note: " + path + " is an integer knob; its Latin-hypercube values are rounded to whole numbers");
        }
        Path dir = out != null ? out : Sweep.defaultOut(Path.of("results"), plan, Instant.now());
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (!conf.contains("spark.app.name")) conf.setAppName("communitysim sweep " + plan.base().scenario().name());
        // Spark's start-up INFO lines would bury the sweep's own; --conf spark.log.level=INFO brings them back.
        if (!conf.contains("spark.log.level")) conf.set("spark.log.level", "WARN");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            SparkExecutor executor = new SparkExecutor(spark, partitionSize);
            // The manifest records a session's "threads": here, Spark's default parallelism.
            sweep.threads(Math.max(1, spark.defaultParallelism())).executor(executor);
            sweep.progress(new Sweep.Progress() {
                private long lastPrint;

                @Override
                public void started(Path partial, int done, int total) {
                    if (quiet) return;
                    err.printf("sweep on Spark %s: %d runs x %d replicates = %d tasks (%d already done), %d per partition,"
                                    + " working in %s; if interrupted, continue with --resume --out %s%n",
                            spark.master(), plan.runs(), plan.replicates(), total, done,
                            executor.partitionSize(total - done), partial, dir);
                    err.flush();
                }

                @Override
                public void tasksDone(int done, int total) {
                    long now = System.nanoTime();
                    if (quiet || (done < total && now - lastPrint < 5_000_000_000L)) return;
                    lastPrint = now;
                    err.printf("sweep: %d/%d tasks%n", done, total);
                    err.flush();
                }
            });
            SweepOutcome o;
            try {
                o = sweep.run(dir);
            } catch (SweepException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            }
            stdout.printf("results: %s%n", o.folder());
            if (o.alreadyComplete()) {
                stdout.println("already complete: nothing to run");
            } else {
                stdout.printf("runs: %d, replicates: %d, tasks run: %d, resumed: %d, wall: %.1f s%n", o.runs(),
                        o.replicates(), o.tasksRun(), o.tasksResumed(), o.wallSeconds());
            }
            stdout.flush();
        }
        return Main.OK;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"communitysim-spark " + communitysim.output.BuildInfo.version() + " (Spark "
                    + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ")"};
        }
    }

    static final class SamplerConverter implements CommandLine.ITypeConverter<Sampler> {
        @Override
        public Sampler convert(String value) {
            for (Sampler s : Sampler.values()) if (s.label().equals(value)) return s;
            throw new CommandLine.TypeConversionException("expected grid or lhs, got '" + value + "'");
        }
    }
}
