package communitysim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ResultsWriterTest {

    private static final List<String> FILES = List.of("manifest.json", "daily.csv", "summary.csv", "summary.json",
            "retention.csv", "lorenz.csv", "index.html");

    @TempDir
    Path tmp;

    @Test
    void writesEveryFileOfTheContract() throws IOException {
        Path out = tmp.resolve("results/run");
        ResultsWriter.write(FakeRuns.simple(3, 10), out);
        for (String f : FILES) assertTrue(Files.isRegularFile(out.resolve(f)), f);
        for (ChartSpec spec : HeadlineCharts.ALL) {
            assertTrue(Files.size(out.resolve("charts/" + spec.slug() + ".png")) > 0, spec.slug());
            assertTrue(Files.size(out.resolve("charts/" + spec.slug() + ".svg")) > 0, spec.slug());
        }
    }

    @Test
    void indexShowsEveryChartWithItsCaptionAndLinksTheData() throws IOException {
        Path out = tmp.resolve("run");
        ResultsWriter.write(FakeRuns.realistic(3, 30), out);
        String html = Files.readString(out.resolve("index.html"));
        List<String> charts;
        try (Stream<Path> s = Files.list(out.resolve("charts"))) {
            charts = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".png")).sorted().toList();
        }
        assertTrue(charts.contains("retention.png") && charts.contains("lorenz.png"), charts.toString());
        for (String chart : charts) assertTrue(html.contains("<img src=\"charts/" + chart + "\""), chart);
        assertEquals(charts.size(), html.split("<img ", -1).length - 1, "one picture per chart, no missing file");
        for (ChartSpec spec : HeadlineCharts.ALL) assertTrue(html.contains(spec.caption().replace("'", "&#39;")), spec.slug());
        for (String f : List.of("daily.csv", "summary.csv", "retention.csv", "lorenz.csv", "manifest.json")) {
            assertTrue(html.contains("href=\"" + f + "\""), f);
        }
        assertTrue(html.contains("members (final day): "), html);
        assertTrue(html.contains("3 replicates of 30 days (seeds 42–44) from scenarios/fake.yaml."), html);
    }

    @Test
    void aRunWithoutTokensHasNoTokenChartsAndSaysWhy() throws IOException {
        RunResult run = FakeRuns.realistic(3, 30);
        for (ReplicateResult r : run.replicates()) {
            for (double[] day : r.daily()) for (Metric m : HeadlineCharts.TOKEN_METRICS) day[m.ordinal()] = 0;
        }
        Path out = tmp.resolve("run");
        ResultsWriter.write(run, out);
        for (String slug : List.of("tokens", "reward_per_active", "gini", "concentration", "lorenz")) {
            assertFalse(Files.exists(out.resolve("charts/" + slug + ".png")), slug);
        }
        assertTrue(Files.exists(out.resolve("charts/members.png")));
        assertTrue(Files.exists(out.resolve("charts/retention.png")));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("No tokens were emitted or paid in this run, so the token charts (tokens, "
                + "reward_per_active, gini, concentration, lorenz) are left out"), html);
        assertFalse(html.contains("charts/tokens.png"));
        assertTrue(Files.exists(out.resolve("lorenz.csv")), "the data files stay whole");
    }

    @Test
    void dailyHasEveryMetricColumnAndOneRowPerReplicateDay() throws IOException {
        Path out = tmp.resolve("run");
        ResultsWriter.write(FakeRuns.simple(3, 10), out);
        List<String> lines = Files.readAllLines(out.resolve("daily.csv"));
        String[] header = lines.get(0).split(",");
        assertEquals(List.of("replicate", "seed", "day"), List.of(header).subList(0, 3));
        assertEquals(Arrays.stream(Metric.values()).map(m -> m.column).toList(),
                List.of(header).subList(3, header.length));
        assertEquals(1 + 3 * 10, lines.size());
        // Replicate 1, day 2 (daily[1]): seed 43; members (m = 0) = 1000 + 10 + 0 + 0.25; joins (m = 1) integral.
        String[] row = lines.get(1 + 10 + 1).split(",", -1);
        assertEquals(List.of("1", "43", "2", "1010.25", "1011"), List.of(row).subList(0, 5));
        assertEquals(header.length, row.length);
    }

    @Test
    void summaryHasFinalAndHorizonStatsPerMetric() throws IOException {
        Path out = tmp.resolve("run");
        ResultsWriter.write(FakeRuns.simple(3, 10), out);
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("metric,scope,n,mean,sd,ci_low,ci_high", csv.get(0));
        assertEquals(1 + 2 * Metric.count(), csv.size());
        // members on day 10 over replicates: 90.25, 1090.25, 2090.25 -> mean 1090.25, sd 1000.
        assertTrue(csv.get(1).startsWith("members,final,3,1090.25,1000,"), csv.get(1));
        // horizon means: 45.25 + 1000 r -> mean 1045.25
        assertTrue(csv.get(2).startsWith("members,horizon,3,1045.25,1000,"), csv.get(2));

        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(3, json.get("replicates").asInt());
        JsonNode fin = json.at("/metrics/members/final");
        assertEquals(1090.25, fin.get("mean").asDouble());
        assertEquals(1090.25 - 2484.1, fin.get("ci_low").asDouble(), 0.1); // t(0.975, 2) * 1000 / sqrt(3)
        assertEquals(Metric.count(), json.get("metrics").size());
    }

    @Test
    void retentionSkipsEmptyCohortsAndUnobservedWeeks() throws IOException {
        Path out = tmp.resolve("run");
        ResultsWriter.write(FakeRuns.simple(1, 21), out);
        List<String> lines = Files.readAllLines(out.resolve("retention.csv"));
        assertEquals("replicate,cohort_week,weeks_since_join,cohort_size,members,active,retention,active_retention",
                lines.get(0));
        // 3 weeks: cohort 0 observed for weeks 0..2, cohort 1 empty, cohort 2 for week 0 only.
        assertEquals(List.of(
                "0,0,0,20,20,10,1,0.5",
                "0,0,1,20,18,9,0.9,0.45",
                "0,0,2,20,16,8,0.8,0.4",
                "0,2,0,22,22,11,1,0.5"), lines.subList(1, lines.size()));
    }

    @Test
    void lorenzHasOneRowPerReplicatePoint() throws IOException {
        Path out = tmp.resolve("run");
        ResultsWriter.write(FakeRuns.simple(2, 5), out);
        List<String> lines = Files.readAllLines(out.resolve("lorenz.csv"));
        assertEquals("replicate,population_share,balance_share", lines.get(0));
        assertEquals(1 + 2 * 11, lines.size());
        assertEquals("0,0.5,0.25", lines.get(6));
    }

    @Test
    void manifestRecordsSeedsTimesAndThroughput() throws IOException {
        Path out = tmp.resolve("run");
        RunResult run = FakeRuns.simple(2, 5);
        ResultsWriter.write(run, out);
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("communitysim", m.at("/tool/name").asText());
        assertEquals("dev", m.at("/tool/version").asText());
        assertTrue(m.has("gitCommit"));
        assertEquals(System.getProperty("java.version"), m.at("/java/version").asText());
        assertEquals("scenarios/fake.yaml", m.get("scenarioSource").asText());
        assertEquals("fake", m.at("/scenario/name").asText());
        assertEquals(42, m.get("baseSeed").asLong());
        assertEquals(43, m.at("/replicates/1/seed").asLong());
        assertEquals(1.500000001, m.at("/replicates/1/wallSeconds").asDouble());
        assertEquals("2024-01-02T03:04:05Z", m.get("start").asText());
        assertEquals(12.5, m.get("wallSeconds").asDouble());
        assertEquals(run.memberDays(), m.get("memberDays").asLong());
        assertEquals(run.memberDays() / 12.5, m.get("memberDaysPerSecond").asDouble(), 1e-9);
    }

    @Test
    void sameResultGivesByteIdenticalFiles() throws IOException {
        RunResult run = FakeRuns.realistic(4, 30);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        ResultsWriter.write(run, a);
        ResultsWriter.write(run, b);
        for (String f : FILES) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        for (ChartSpec spec : HeadlineCharts.ALL) {
            for (String ext : List.of(".png", ".svg")) {
                String f = "charts/" + spec.slug() + ext;
                assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
            }
        }
    }

    @Test
    void folderGetsTheUsualPermissionsNotTheTempDirectoryOnes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path out = tmp.resolve("run");
        ResultsWriter.write(FakeRuns.simple(1, 3), out);
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @Test
    void refusesAnExistingFolderAndLeavesItAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> ResultsWriter.write(FakeRuns.simple(1, 3), out));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals(List.of("run"), entries(tmp));
        assertEquals(List.of("keep.txt"), entries(out));
    }

    @Test
    void aFailureMidWriteLeavesNoFolderAndNoTemporary() throws IOException {
        // Lorenz arrays of different lengths fail only after manifest, daily and summary are written.
        RunResult broken = FakeRuns.withReplicate(FakeRuns.simple(2, 5), 1, r -> new ReplicateResult(r.replicate(),
                r.seed(), r.daily(), r.retention(), r.lorenzPopulation(), new double[3], r.memberDays(), r.groups(), r.wallNanos()));
        Path parent = Files.createDirectories(tmp.resolve("results"));
        Path out = parent.resolve("run");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultsWriter.write(broken, out));
        assertTrue(e.getMessage().contains("Lorenz"), e.getMessage());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), entries(parent));
    }

    @Test
    void aDailyRowOfTheWrongWidthIsRejected() throws IOException {
        RunResult broken = FakeRuns.withReplicate(FakeRuns.simple(2, 5), 0, r -> new ReplicateResult(r.replicate(),
                r.seed(), new double[][] {new double[Metric.count() - 1]}, r.retention(), r.lorenzPopulation(),
                r.lorenzShare(), r.memberDays(), r.groups(), r.wallNanos()));
        Path out = tmp.resolve("run");
        assertThrows(IllegalArgumentException.class, () -> ResultsWriter.write(broken, out));
        assertEquals(List.of(), entries(tmp));
    }

    @Test
    void defaultFolderIsScenarioNameAndUtcStartTime() {
        Instant start = Instant.parse("2024-01-02T03:04:05Z");
        assertEquals("baseline-20240102-030405", ResultsWriter.folderName("baseline", start));
        assertEquals("my-policy-v2-20240102-030405", ResultsWriter.folderName("my policy/v2", start));
        assertEquals("hidden-20240102-030405", ResultsWriter.folderName("..hidden", start));
        assertEquals(Path.of("results", "fake-20240102-030405"),
                ResultsWriter.defaultOutDir(Path.of("results"), FakeRuns.simple(1, 1)));
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
