package communitysim.spark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./communitysim sweep --engine spark}, as docs/contract.md's command table offers it: the main
 * launcher hands the sweep to the Spark module, and the terminal shows the sweep's lines, not Spark's
 * log, unless asked for. Failsafe runs this after {@code package}, so the launchers find fresh jars.
 */
@Tag("slow")
class LauncherSparkIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    // Spark's log4j layout: "26/11/27 10:33:10 WARN Utils: ..."
    private static final Pattern SPARK_LOG_LINE = Pattern.compile("(?m)^\\d\\d/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d (INFO|WARN) ");

    record Result(int code, String out, String err) {}

    static Result launch(String... args) throws IOException, InterruptedException {
        return launch(java.util.Map.of(), args);
    }

    static Result launch(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("communitysim").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
        // As the module's unit tests: a loopback driver without the web UI, whatever the machine's network.
        pb.environment().put("COMMUNITYSIM_JAVA_OPTS", "-Xmx2g -Dspark.driver.bindAddress=127.0.0.1 "
                + "-Dspark.driver.host=127.0.0.1 -Dspark.ui.enabled=false");
        pb.environment().remove("SPARK_HOME");
        pb.environment().remove("COMMUNITYSIM_SPARK_LOG");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "launcher timed out");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String[] sweep(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", "scenarios/baseline.yaml", "--vary", "churn.base=0.03,0.05",
                "--reps", "1", "--days", "20", "--engine", "spark", "--master", "local[1]", "--out", dir.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theMainLauncherRunsASparkSweepWithoutSparksLog(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("sweep");
        Result r = launch(sweep(dir));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("results: " + dir), r.out());
        assertEquals(3, Files.readAllLines(dir.resolve("runs.csv")).size());
        assertFalse(SPARK_LOG_LINE.matcher(r.err()).find(), r.err());
        assertFalse(r.err().contains("log4j"), r.err());
        assertFalse(r.err().contains("Setting Spark log level"), r.err());
        assertTrue(r.err().contains("sweep on Spark local[1]"), r.err());
    }

    /**
     * JAVA_HOME picks the JVM, as for the core; one Spark 4.0 cannot run on (Java 25: its Hadoop client
     * calls Subject.getSubject, which is gone) is refused with a message instead of Spark's stack trace.
     * Runs where the machine has such a JDK under /usr/lib/jvm.
     */
    @Test
    void aJavaHomeSparkCannotRunOnIsRefusedClearly(@TempDir Path tmp) throws Exception {
        Path jdk = null;
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (var homes = Files.list(Path.of("/usr/lib/jvm"))) {
                for (Path home : (Iterable<Path>) homes.sorted()::iterator) {
                    Path release = home.resolve("release");
                    if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) continue;
                    java.util.regex.Matcher v = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                    if (v.find() && Integer.parseInt(v.group(1)) >= 25) {
                        jdk = home;
                        break;
                    }
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk != null, "no JDK 25 or later under /usr/lib/jvm");
        Path dir = tmp.resolve("sweep");
        Result r = launch(java.util.Map.of("JAVA_HOME", jdk.toString()), sweep(dir));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("Spark runs on Java 17 to 21") && r.err().contains("JAVA_HOME"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(dir), "nothing written");
    }

    @Test
    void verboseShowsSparksLog(@TempDir Path tmp) throws Exception {
        Result r = launch(sweep(tmp.resolve("sweep"), "--verbose", "--quiet"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("INFO SparkContext: Running Spark version"), r.err());
    }
}
