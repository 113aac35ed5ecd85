package communitysim.spark;

import communitysim.cli.Main;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The spark module's entry point (the jar's main class for spark-submit, and the launcher
 * {@code spark/communitysim-spark}): the core's {@code sweep} command with {@code --engine spark}.
 * Arguments are those of {@code sweep}; the leading word {@code sweep} may be left out, and
 * {@code --partition-size K} is kept as a short form of {@code --engine-option partitionSize=K}.
 *
 * <p>Spark's own log stays out of the terminal (errors only) unless {@code --verbose} is given (INFO,
 * as Spark has it by default) or {@code COMMUNITYSIM_SPARK_LOG} names a level ({@code WARN},
 * {@code INFO}, {@code DEBUG}...); {@code --conf spark.log.level=...} of spark-submit still wins.
 *
 * <pre>
 * spark-submit --master spark://HOST:7077 spark/target/communitysim-spark.jar \
 *     scenarios/baseline.yaml --vary churn.base=0.02:0.08:0.02 --reps 10 --out results/big
 * </pre>
 */
public final class SparkSweepMain {
    private SparkSweepMain() {}

    static final String VERBOSE = "--verbose";
    /** The core's commands that run on an engine; the first argument may name one (default sweep). */
    static final List<String> COMMANDS = List.of("sweep", "sensitivity");
    static final String LOG_ENV = "COMMUNITYSIM_SPARK_LOG";
    // Not log4j2.properties: a cluster's own Spark configuration must not be shadowed by the fat jar.
    static final String QUIET_LOG_CONFIG = "communitysim/spark/log4j2-terminal.properties";

    public static void main(String[] args) {
        List<String> given = new ArrayList<>(Arrays.asList(args));
        boolean verbose = given.remove(VERBOSE);
        configureLog(verbose, System.getenv(LOG_ENV));
        System.exit(execute(given.toArray(String[]::new)));
    }

    /**
     * Sets Spark's log level before anything of Spark's loads. Spark reads {@code spark.*} system
     * properties into every SparkConf, so {@code spark.log.level} reaches the engine's context; the
     * log4j2 file keeps the lines before that context out too (start-up warnings, Spark's "default
     * profile" notice). Under spark-submit logging is already set up, and only the level applies.
     */
    static void configureLog(boolean verbose, String level) {
        String chosen = verbose ? "INFO" : level != null && !level.isBlank() ? level.strip().toUpperCase(java.util.Locale.ROOT) : "ERROR";
        if (System.getProperty("spark.log.level") == null) System.setProperty("spark.log.level", chosen);
        if (!verbose && (level == null || level.isBlank()) && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", QUIET_LOG_CONFIG);
        }
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line and returns its exit code: 0 done, 2 bad input or usage, 1 internal error. */
    public static int execute(PrintWriter stdout, PrintWriter stderr, String... args) {
        List<String> given = new ArrayList<>(Arrays.asList(args));
        String command = !given.isEmpty() && COMMANDS.contains(given.get(0)) ? given.remove(0) : "sweep";
        List<String> sweep = new ArrayList<>(List.of(command));
        for (int i = 0; i < given.size(); i++) {
            String a = given.get(i);
            if (a.equals("--partition-size") && i + 1 < given.size()) {
                sweep.add("--engine-option");
                sweep.add("partitionSize=" + given.get(++i));
            } else if (a.startsWith("--partition-size=")) {
                sweep.add("--engine-option");
                sweep.add("partitionSize=" + a.substring("--partition-size=".length()));
            } else {
                sweep.add(a);
            }
        }
        if (!sweep.contains("--engine") && sweep.stream().noneMatch(s -> s.startsWith("--engine="))
                && !sweep.contains("--help") && !sweep.contains("-h")) {
            sweep.add("--engine");
            sweep.add("spark");
        }
        return Main.execute(stdout, stderr, sweep.toArray(String[]::new));
    }
}
