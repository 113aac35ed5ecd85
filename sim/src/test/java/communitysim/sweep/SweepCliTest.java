package communitysim.sweep;

import communitysim.cli.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small sweep through the command line: the folder, its files, and their independence of threads. */
class SweepCliTest {
    private static final String[] SWEEP = {"--vary", "activation.base=-4.5:-3.5:0.5", "--vary", "network.mixing=graph,complete",
            "--reps", "2", "--seed", "11", "--daily"};

    @TempDir
    static Path dir;
    private static Path one;
    private static Path two;

    private static String[] with(String... more) {
        List<String> all = new ArrayList<>(List.of(SWEEP));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @BeforeAll
    static void sweepWithOneAndTwoThreads() {
        one = dir.resolve("t1");
        two = dir.resolve("t2");
        CliRunner a = Cli.sweep(with("--threads", "1", "--out", one.toString()));
        assertEquals(0, a.exitCode(), a.err());
        CliRunner b = Cli.sweep(with("--threads", "2", "--out", two.toString()));
        assertEquals(0, b.exitCode(), b.err());
        assertTrue(b.out().contains("results: " + two.toAbsolutePath()), b.out());
    }

    @Test
    void writesTheDocumentedFolder() throws IOException {
        try (Stream<Path> files = Files.walk(one)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> one.relativize(p).toString()).sorted().toList();
            assertEquals(List.of("charts/main_effects_activation_base.png", "charts/main_effects_activation_base.svg",
                    "charts/main_effects_network_mixing.png", "charts/main_effects_network_mixing.svg", "daily.csv.gz",
                    "design.csv", "main_effects.csv", "manifest.json", "metrics.csv", "runs.csv"), names);
        }
        assertFalse(Files.exists(SweepRunner.partialOf(one)), "the partial folder is left behind");
        assertEquals(List.of("run,activation.base,network.mixing", "0,-4.5,graph", "1,-4.5,complete", "2,-4,graph",
                "3,-4,complete", "4,-3.5,graph", "5,-3.5,complete"), Files.readAllLines(one.resolve("design.csv")));
    }

    @Test
    void runsCsvHasOneRowPerTaskInOrderWithTheDerivedSeeds() throws IOException {
        List<String> lines = Files.readAllLines(one.resolve("runs.csv"));
        assertEquals("run,replicate,seed,activation.base,network.mixing," + String.join(",", FinalMetrics.COLUMNS), lines.get(0));
        assertEquals(1 + 6 * 2, lines.size());
        for (int task = 0; task < 12; task++) {
            String[] cells = lines.get(1 + task).split(",");
            assertEquals(task / 2, Integer.parseInt(cells[0]));
            assertEquals(task % 2, Integer.parseInt(cells[1]));
            assertEquals(Seeds.of(11, task / 2, task % 2), Long.parseLong(cells[2]));
            assertEquals(5 + FinalMetrics.COLUMNS.size(), cells.length);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        for (String f : List.of("runs.csv", "design.csv", "main_effects.csv", "daily.csv.gz")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void dailyHoldsEveryTasksDaysInOrderAndEndsOnItsRunsRow() throws IOException {
        List<String> daily;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(one.resolve("daily.csv.gz")))) {
            daily = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(DailyRows.header().strip(), daily.get(0));
        assertEquals(1 + 12 * 30, daily.size());
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        for (int task = 0; task < 12; task++) {
            String last = daily.get((task + 1) * 30);
            String[] row = runs.get(1 + task).split(",");
            // run,replicate,seed,day=30, then the final-day metrics exactly as runs.csv has them.
            String expected = row[0] + "," + row[1] + "," + row[2] + ",30,"
                    + String.join(",", List.of(row).subList(5, 5 + communitysim.metrics.Metric.count()));
            assertEquals(expected, last, "task " + task);
        }
    }

    @Test
    void aTaskReplaysWithRunAndItsSeed() throws IOException {
        String[] row = Files.readAllLines(one.resolve("runs.csv")).get(1 + 5).split(",");
        // Task 5 is run 2 (activation.base=-4, graph), replicate 1.
        Path replay = dir.resolve("replay");
        CliRunner r = Cli.run("run", Cli.BASELINE, "--set", "initial.members=100", "--days", "30", "--quiet",
                "--set", "activation.base=-4", "--set", "network.mixing=graph", "--reps", "1", "--seed", row[2],
                "--out", replay.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> daily = Files.readAllLines(replay.resolve("daily.csv"));
        String lastDay = daily.get(daily.size() - 1);
        assertEquals(String.join(",", List.of(row).subList(5, 5 + communitysim.metrics.Metric.count())),
                lastDay.substring(lastDay.indexOf(",30,") + 4));
    }

    @Test
    void manifestRecordsTheSweepAndTheSeedRule() throws IOException {
        JsonNode m = new ObjectMapper().readTree(one.resolve("manifest.json").toFile());
        assertEquals(30, m.at("/scenario/days").asInt());
        assertEquals(100, m.at("/scenario/initial/members").asInt());
        assertEquals("activation.base=-4.5:-3.5:0.5", m.at("/sweep/vary/0").asText());
        assertEquals("grid", m.at("/sweep/sample").asText());
        assertEquals(11, m.at("/sweep/baseSeed").asLong());
        assertEquals(2, m.at("/sweep/replicates").asInt());
        assertEquals(6, m.at("/design/runs").asInt());
        assertEquals(Seeds.RULE, m.at("/seeds/rule").asText());
        assertEquals(1, m.at("/sessions").size());
        assertTrue(m.at("/wallSeconds").isNumber() && m.has("end") && m.has("start") && m.has("java"));
    }

    @Test
    void anExistingFolderIsNeverOverwrittenAndResumingAFinishedSweepIsANoOp() throws IOException {
        byte[] before = Files.readAllBytes(one.resolve("runs.csv"));
        CliRunner again = Cli.sweep(with("--out", one.toString()));
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());

        CliRunner resume = Cli.sweep(with("--resume", "--out", one.toString()));
        assertEquals(0, resume.exitCode(), resume.err());
        assertTrue(resume.out().contains("already complete"), resume.out());
        assertArrayEquals(before, Files.readAllBytes(one.resolve("runs.csv")));
    }

    @Test
    void resumingWithAnotherCommandIsRefused() {
        CliRunner otherSeed = Cli.sweep("--vary", "activation.base=-4.5:-3.5:0.5", "--vary", "network.mixing=graph,complete",
                "--reps", "2", "--seed", "12", "--daily", "--resume", "--out", one.toString());
        assertEquals(2, otherSeed.exitCode());
        assertTrue(otherSeed.err().contains("started with another --seed;"), otherSeed.err());

        CliRunner otherScenario = Cli.sweep(with("--set", "churn.base=0.05", "--resume", "--out", one.toString()));
        assertEquals(2, otherScenario.exitCode());
        assertTrue(otherScenario.err().contains("started with another scenario"), otherScenario.err());
    }
}
