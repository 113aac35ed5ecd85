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
 * <pre>
 * spark-submit --master spark://HOST:7077 spark/target/communitysim-spark.jar \
 *     scenarios/baseline.yaml --vary churn.base=0.02:0.08:0.02 --reps 10 --out results/big
 * </pre>
 */
public final class SparkSweepMain {
    private SparkSweepMain() {}

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line and returns its exit code: 0 done, 2 bad input or usage, 1 internal error. */
    public static int execute(PrintWriter stdout, PrintWriter stderr, String... args) {
        List<String> sweep = new ArrayList<>(List.of("sweep"));
        List<String> given = new ArrayList<>(Arrays.asList(args));
        if (!given.isEmpty() && given.get(0).equals("sweep")) given.remove(0);
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
