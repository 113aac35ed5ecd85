package communitysim.spark;

import communitysim.sweep.Executor;
import communitysim.sweep.Sweep;
import communitysim.sweep.SweepJob;
import communitysim.sweep.SweepOutcome;
import communitysim.sweep.Task;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same small sweep through the local engine and through Spark in local[2] (driver on 127.0.0.1,
 * UI off) must give the same folder, byte for byte; a sweep cut short on Spark resumes on Spark; and
 * the spark-submit entry point behaves as the {@code sweep} command.
 */
@Tag("slow")
class SparkSweepTest {
    static final String BASELINE = "../scenarios/baseline.yaml";
    static final List<String> FILES = List.of("runs.csv", "design.csv", "main_effects.csv", "daily.csv.gz");

    @TempDir
    static Path shared;
    static Path local;

    static JavaSparkContext spark;

    static SparkConf conf() {
        return new SparkConf().setMaster("local[2]").setAppName("communitysim-test")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
    }

    /** 2 x 2 runs x 2 replicates = 8 tasks of 30 days; with daily rows, so those travel too. */
    static Sweep sweep() {
        return Sweep.of(Path.of(BASELINE)).set("initial.members=100").days(30).replicates(2)
                .vary("churn.base=0.04,0.08").vary("network.linkReferrer=true,false").daily(true);
    }

    @BeforeAll
    static void localEngineAndSpark() throws Exception {
        local = sweep().threads(2).run(shared.resolve("local")).folder();
        spark = new JavaSparkContext(conf());
        spark.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.close();
    }

    static void assertSameFolder(Path expected, Path actual) throws IOException {
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
    }

    @Test
    void sparkLocal2GivesTheLocalEnginesFolder(@TempDir Path dir) throws Exception {
        SweepOutcome byDefault = sweep().executor(new SparkExecutor(spark)).run(dir.resolve("default"));
        assertEquals(8, byDefault.tasksRun());
        assertSameFolder(local, byDefault.folder());
        // One task per partition and one partition for all: the cut changes nothing.
        assertSameFolder(local, sweep().executor(new SparkExecutor(spark, 1)).run(dir.resolve("one")).folder());
        assertSameFolder(local, sweep().executor(new SparkExecutor(spark, 8)).run(dir.resolve("all")).folder());
        // Waves of 3 tasks (3 Spark jobs in flight, then the last): the same again.
        assertSameFolder(local, sweep().executor(new SparkExecutor(spark, 2, 3)).run(dir.resolve("waves")).folder());
    }

    @Test
    void aSweepCutShortOnSparkResumesOnSpark(@TempDir Path dir) throws Exception {
        SparkExecutor onSpark = new SparkExecutor(spark, 1);
        // The journal fails on the fourth row: the Spark job is cancelled with three rows journalled.
        Executor cutShort = (SweepJob job, List<Task> tasks, Executor.Sink sink) -> {
            int[] rows = {0};
            onSpark.execute(job, tasks, result -> {
                if (++rows[0] > 3) throw new IOException("disk full (test)");
                sink.accept(result);
            });
        };
        Path out = dir.resolve("cut");
        IOException failed = assertThrows(IOException.class, () -> sweep().executor(cutShort).run(out));
        assertEquals("disk full (test)", failed.getMessage());
        assertFalse(Files.exists(out));
        assertTrue(Files.exists(dir.resolve("cut.partial")));

        SweepOutcome resumed = sweep().resume(true).executor(onSpark).run(out);
        assertEquals(3, resumed.tasksResumed());
        assertEquals(5, resumed.tasksRun());
        assertSameFolder(local, resumed.folder());
        // Resuming a complete folder runs nothing.
        assertTrue(sweep().resume(true).executor(onSpark).run(out).alreadyComplete());

        // The engines share the folder: a sweep cut short on Spark can be finished on local threads.
        Path other = dir.resolve("cut-then-local");
        assertThrows(IOException.class, () -> sweep().executor(cutShort).run(other));
        SweepOutcome locally = sweep().resume(true).threads(2).run(other);
        assertEquals(3, locally.tasksResumed());
        assertSameFolder(local, locally.folder());
    }

    /** A Sobol analysis (8 base samples x 4 points x 2 replicates) on Spark writes the local engine's bytes. */
    @Test
    void aSensitivityAnalysisOnSparkIsTheLocalOne(@TempDir Path dir) throws Exception {
        java.util.function.Supplier<Sweep> analysis = () -> communitysim.output.SensitivityFolder.configure(
                Sweep.of(Path.of(BASELINE)).set("initial.members=100").days(30).replicates(2)
                        .vary("churn.base=0.04:0.08").vary("activation.base=-4.5:-3.5"),
                communitysim.sensitivity.Method.SOBOL, 8, communitysim.sweep.FinalMetrics.HEADLINE);
        Path here = analysis.get().threads(2).run(dir.resolve("local")).folder();
        Path there = analysis.get().executor(new SparkExecutor(spark)).run(dir.resolve("spark")).folder();
        for (String f : List.of("runs.csv", "design.csv", "indices.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(here.resolve(f)), Files.readAllBytes(there.resolve(f)), f);
        }
        StringWriter help = new StringWriter();
        assertEquals(0, SparkSweepMain.execute(new PrintWriter(help, true), new PrintWriter(new StringWriter()), "sensitivity", "--help"));
        assertTrue(help.toString().contains("--method"), help.toString());
    }

    @Test
    void aTaskThatFailsFailsTheSweep() {
        // A task the evaluator cannot run (its override names no knob) fails its Spark task; local[2]
        // allows no retry, so the job fails and the executor says why.
        SparkExecutor onSpark = new SparkExecutor(spark, 1);
        SweepJob job = new SweepJob("{}", "test", false);
        List<Task> tasks = List.of(new Task(0, 0, 1L, List.of("no.such.knob=1")));
        RuntimeException e = assertThrows(RuntimeException.class, () -> onSpark.execute(job, tasks, r -> { }));
        assertTrue(e.getMessage().startsWith("the Spark job failed"), e.getMessage());
        assertTrue(e.getMessage().contains("no.such.knob"), e.getMessage());
    }

    @Test
    void theSparkSubmitEntryPointWritesTheSameFolder(@TempDir Path dir) throws Exception {
        // The entry point makes its own context; one context per JVM, so the shared one steps aside.
        spark.close();
        try {
            Path out = dir.resolve("cli");
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int code = SparkSweepMain.execute(new PrintWriter(stdout, true), new PrintWriter(stderr, true),
                    "sweep", BASELINE, "--set", "initial.members=100", "--days", "30", "--reps", "2",
                    "--vary", "churn.base=0.04,0.08", "--vary", "network.linkReferrer=true,false", "--daily",
                    "--master", "local[2]", "--out", out.toString());
            assertEquals(0, code, stderr.toString());
            assertTrue(stdout.toString().contains("tasks run: 8"), stdout.toString());
            assertSameFolder(local, out);

            StringWriter bad = new StringWriter();
            assertEquals(2, SparkSweepMain.execute(new PrintWriter(new StringWriter()), new PrintWriter(bad, true),
                    BASELINE, "--vary", "activation.bse=-5:-3:1", "--out", dir.resolve("bad").toString()));
            assertTrue(bad.toString().contains("bse"), bad.toString());
            assertFalse(Files.exists(dir.resolve("bad")));
        } finally {
            spark = new JavaSparkContext(conf());
            spark.setLogLevel("WARN");
        }
    }
}
