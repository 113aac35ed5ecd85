package communitysim.compare;

import communitysim.cli.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code compare} as a user types it: two small scenarios that differ only in the referral rate, compared
 * once (shared by the tests that read the folder), and broken command lines.
 */
class CompareCliTest {

    @TempDir
    static Path dir;

    static Path low;
    static Path high;
    static Path out;
    static CliRunner result;

    @BeforeAll
    static void compareOnce() throws IOException {
        low = Cli.scenario(dir, "low", 0.03, "Referral rate 0.03, as the baseline.");
        high = Cli.scenario(dir, "high", 0.09, "Referral rate tripled.");
        out = dir.resolve("cmp");
        result = compare(out, "2");
    }

    private static CliRunner compare(Path folder, String threads) {
        return Cli.run("compare", low.toString(), high.toString(), "--quiet", "--threads", threads, "--out", folder.toString());
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.length, cells.length, line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i], cells[i]);
            rows.add(row);
        }
        return rows;
    }

    @Test
    void writesTheFolderWithTheContractsColumnsFirst() throws IOException {
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("results: " + out), result.out());
        for (String f : List.of("comparison.csv", "daily.csv", "manifest.json", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String header = Files.readAllLines(out.resolve("comparison.csv")).get(0);
        assertEquals("metric,scenario,mean,ci_low,ci_high,diff_vs_first,p_value,effect_size,"
                + "scope,diff_ci_low,diff_ci_high,p_holm,test,verdict,adj_ci_low,adj_ci_high,adj_confidence,valence", header);
        List<Map<String, String>> rows = csv(out.resolve("comparison.csv"));
        assertEquals(HeadlineMetric.ALL.size() * 2 * 2, rows.size());
        for (Map<String, String> r : rows) {
            if (r.get("scenario").equals("low")) {
                assertEquals("", r.get("diff_vs_first") + r.get("p_value") + r.get("p_holm") + r.get("verdict"), r.toString());
            } else {
                assertFalse(r.get("p_value").isEmpty(), r.toString());
            }
        }
    }

    @Test
    void everyVerdictMatchesItsNumbers() throws IOException {
        for (Map<String, String> r : csv(out.resolve("comparison.csv"))) {
            if (r.get("scenario").equals("low")) continue;
            double pHolm = Double.parseDouble(r.get("p_holm"));
            double p = Double.parseDouble(r.get("p_value"));
            double diff = Double.parseDouble(r.get("diff_vs_first"));
            assertTrue(pHolm >= p && pHolm <= 1, r.toString());
            String up = switch (r.get("valence")) {
                case "higher_is_better" -> "better";
                case "lower_is_better" -> "worse";
                default -> "higher";
            };
            String down = switch (r.get("valence")) {
                case "higher_is_better" -> "worse";
                case "lower_is_better" -> "better";
                default -> "lower";
            };
            String expected = !(pHolm < 0.05) ? "no significant difference" : diff > 0 ? up : down;
            // A rank test whose smallest possible p cannot pass Holm here says so instead of "no difference".
            if (r.get("verdict").equals("too few replicates")) {
                assertEquals("wilcoxon", r.get("test"), r.toString());
                expected = "too few replicates";
            }
            if (!r.get("verdict").equals("mixed")) assertEquals(expected, r.get("verdict"), r.toString());
            if (!r.get("test").equals("identical")) {
                // The Holm-adjusted interval beside the verdict excludes 0 exactly when the verdict is a difference.
                double lo = Double.parseDouble(r.get("adj_ci_low"));
                double hi = Double.parseDouble(r.get("adj_ci_high"));
                if (!r.get("verdict").equals("mixed")) assertEquals(pHolm < 0.05, lo > 0 || hi < 0, r.toString());
            }
        }
    }

    @Test
    void theChangedKnobMovesReferralJoins() throws IOException {
        Map<String, String> referrals = csv(out.resolve("comparison.csv")).stream()
                .filter(r -> r.get("metric").equals("joins_referral") && r.get("scope").equals("horizon")
                        && r.get("scenario").equals("high"))
                .findFirst().orElseThrow();
        assertEquals("better", referrals.get("verdict"), referrals.toString());
        assertTrue(Double.parseDouble(referrals.get("p_holm")) < 0.05, referrals.toString());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<code>recruitment.referral.rate</code></td><td>0.03</td><td>0.09</td>"),
                "the knob table should list the one knob that differs");
        assertFalse(report.contains("<code>days</code>"), "a knob both scenarios share was listed as differing");
    }

    @Test
    void replicateIOfEveryScenarioRanWithTheSameSeed() throws IOException {
        Map<String, Map<String, String>> seedByScenarioAndReplicate = new HashMap<>();
        for (Map<String, String> r : csv(out.resolve("daily.csv"))) {
            seedByScenarioAndReplicate.computeIfAbsent(r.get("scenario"), k -> new HashMap<>()).put(r.get("replicate"), r.get("seed"));
        }
        assertEquals(Map.of("low", expectedSeeds(), "high", expectedSeeds()), seedByScenarioAndReplicate);

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(7, manifest.at("/design/baseSeed").asLong());
        for (JsonNode s : manifest.get("scenarios")) {
            assertEquals(manifest.at("/design/seeds"), s.get("replicateSeeds"));
            assertEquals(10, s.at("/scenario/replicates").asInt());
        }
        assertEquals("holm", manifest.at("/statistics/multipleComparisons/method").asText());
        assertTrue(manifest.at("/statistics/multipleComparisons/tests").asInt() > 0);
    }

    private static Map<String, String> expectedSeeds() {
        Map<String, String> seeds = new HashMap<>();
        for (int i = 0; i < 10; i++) seeds.put(Integer.toString(i), Long.toString(7 + i));
        return seeds;
    }

    @Test
    void theSameCommandTwiceGivesTheSameNumbers() throws IOException {
        Path again = dir.resolve("again");
        CliRunner second = compare(again, "1");
        assertEquals(0, second.exitCode(), second.err());
        for (String f : List.of("comparison.csv", "daily.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        assertEquals(withoutTimestamps(Files.readString(out.resolve("report.html"))),
                withoutTimestamps(Files.readString(again.resolve("report.html"))));
    }

    /** The report with its one marked block of timestamps removed. */
    static String withoutTimestamps(String report) {
        int start = report.indexOf("<!-- generated:start");
        int end = report.indexOf("<!-- generated:end -->");
        assertTrue(start > 0 && end > start, "the report's timestamps are not in their marked block");
        return report.substring(0, start) + report.substring(end);
    }

    @Test
    void userTextIsEscaped() throws IOException {
        Path tricky = Cli.scenario(dir, "tricky", 0.03, "Fee <script>alert(1)</script> & \\\"quotes\\\"");
        Path folder = dir.resolve("escaped");
        CliRunner r = Cli.run("compare", low.toString(), tricky.toString(), "--quiet", "--reps", "2", "--out", folder.toString());
        assertEquals(0, r.exitCode(), r.err());
        String report = Files.readString(folder.resolve("report.html"));
        assertFalse(report.contains("<script"), "user text became markup");
        assertTrue(report.contains("Fee &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    }

    @Test
    void badInputExitsTwoWithEveryProblemAndWritesNothing(@TempDir Path tmp) throws IOException {
        Path shortRun = tmp.resolve("short.yaml");
        Files.writeString(shortRun, Files.readString(high).replace("days: 60", "days: 30").replace("name: high", "name: short"));
        Path folder = tmp.resolve("out");
        CliRunner broken = Cli.run("compare", low.toString(), tmp.resolve("missing.yaml").toString(), shortRun.toString(),
                "--threads", "0", "--out", folder.toString());
        assertEquals(2, broken.exitCode(), broken.err());
        assertTrue(broken.err().contains("--threads 0: must be between 1 and 256"), broken.err());
        assertTrue(broken.err().contains("missing.yaml"), broken.err());
        assertTrue(broken.err().contains(shortRun + " days: is 30"), broken.err());

        // A bad --set breaks every file the same way: said once, not once per file.
        CliRunner badSet = Cli.run("compare", low.toString(), high.toString(), "--set", "churn.bse=0.1", "--out", folder.toString());
        assertEquals(2, badSet.exitCode(), badSet.err());
        assertEquals(1, badSet.err().split("churn.bse", -1).length - 1, badSet.err());

        for (CliRunner r : List.of(broken, badSet)) {
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of("short.yaml"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void differentHorizonsAreRefusedUnlessDaysIsGiven(@TempDir Path tmp) throws IOException {
        Path shortRun = tmp.resolve("short.yaml");
        Files.writeString(shortRun, Files.readString(high).replace("days: 60", "days: 30").replace("name: high", "name: short"));
        CliRunner refused = Cli.run("compare", low.toString(), shortRun.toString(), "--quiet", "--out", tmp.resolve("a").toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains(shortRun + " days: is 30 but " + low + " has 60"), refused.err());
        assertTrue(refused.err().contains("--days"), refused.err());
        assertFalse(Files.exists(tmp.resolve("a")));

        CliRunner ok = Cli.run("compare", low.toString(), shortRun.toString(), "--quiet", "--days", "20", "--reps", "3",
                "--out", tmp.resolve("b").toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals(1 + 2 * 3 * 20, Files.readAllLines(tmp.resolve("b").resolve("daily.csv")).size());
    }

    @Test
    void oneScenarioOrOneReplicateIsNotAComparison(@TempDir Path tmp) {
        CliRunner one = Cli.run("compare", low.toString(), "--out", tmp.resolve("a").toString());
        assertEquals(2, one.exitCode());
        assertTrue(one.err().contains("SCENARIO"), one.err());

        CliRunner single = Cli.run("compare", low.toString(), high.toString(), "--reps", "1", "--out", tmp.resolve("b").toString());
        assertEquals(2, single.exitCode());
        assertTrue(single.err().contains("--reps: must be at least 2"), single.err());

        CliRunner exists = Cli.run("compare", low.toString(), high.toString(), "--out", out.toString());
        assertEquals(2, exists.exitCode());
        assertTrue(exists.err().contains("already exists"), exists.err());
        assertEquals(0, tmp.toFile().list().length, Arrays.toString(tmp.toFile().list()));
    }

    @Test
    void scenariosWithOneNameGetTheirFileInTheLabel(@TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve("copy.yaml");
        Files.writeString(copy, Files.readString(low));
        Path folder = tmp.resolve("out");
        CliRunner r = Cli.run("compare", low.toString(), copy.toString(), "--quiet", "--reps", "2", "--out", folder.toString());
        assertEquals(0, r.exitCode(), r.err());
        String daily = Files.readString(folder.resolve("daily.csv"));
        assertTrue(daily.contains("\nlow (" + low + "),0,7,1,"), "labels should name the file");
        assertTrue(daily.contains("\nlow (" + copy + "),0,7,1,"), "labels should name the file");
        // The same scenario twice with common random numbers: every replicate pair is the same run.
        for (Map<String, String> row : csv(folder.resolve("comparison.csv"))) {
            if (row.get("scenario").startsWith("low (" + copy)) assertEquals("identical", row.get("test"), row.toString());
        }
        assertTrue(Files.readString(folder.resolve("report.html")).contains("None: every knob has the same value"));
    }
}
