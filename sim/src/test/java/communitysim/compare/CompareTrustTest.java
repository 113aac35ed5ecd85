package communitysim.compare;

import communitysim.cli.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped halving-vs-linear comparison as the notebook runs it (6 replicates over a year), where the
 * "Trust pass" found verdicts a reader could not trust: a certain shift in tokens emitted called no
 * difference, intervals excluding 0 beside "no significant difference", more inequality coloured like
 * more members, and two communities of different size compared only in counts.
 */
class CompareTrustTest {

    @TempDir
    static Path dir;

    static Path out;
    static CliRunner result;

    @BeforeAll
    static void compareOnce() {
        out = dir.resolve("cmp");
        result = Cli.run("compare", "../scenarios/rewards-linear.yaml", "../scenarios/rewards-halving.yaml",
                "--reps", "6", "--days", "365", "--quiet", "--threads", "2", "--out", out.toString());
    }

    private static Map<String, String> row(String metric, String scope) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("comparison.csv"));
        String[] header = lines.get(0).split(",", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> r = new HashMap<>();
            for (int i = 0; i < header.length; i++) r.put(header[i], cells[i]);
            if (r.get("metric").equals(metric) && r.get("scope").equals(scope) && r.get("scenario").equals("rewards-halving")) {
                return r;
            }
        }
        throw new AssertionError("no row " + metric + " " + scope);
    }

    @Test
    void aCertainDifferenceIsSignificant() throws IOException {
        assertEquals(0, result.exitCode(), result.err());
        // Halving pays out more tokens early on every seed by exactly the same amount: no chance at all.
        for (String scope : List.of("final", "horizon")) {
            Map<String, String> tokens = row("tokens_emitted", scope);
            assertTrue(Double.parseDouble(tokens.get("diff_vs_first")) > 0, tokens.toString());
            assertTrue(Double.parseDouble(tokens.get("p_holm")) < 0.05, tokens.toString());
            assertEquals("higher", tokens.get("verdict"), tokens.toString());
        }
    }

    @Test
    void everyPrintedIntervalAgreesWithItsVerdict() {
        // e.g. "joins (day 365) rewards-halving vs rewards-linear: +17.17 [95% CI 3.869, 30.46], p (Holm) 0.0631: ..."
        Pattern line = Pattern.compile("^(\\S+) \\(day \\d+\\) .*: [-+][^ ]+ \\[[^\\]]*CI (\\S+), (\\S+?)[,\\]].*: ([a-z ]+)$");
        List<String> checked = new ArrayList<>();
        for (String l : result.out().split("\n")) {
            Matcher m = line.matcher(l);
            if (!m.matches()) continue;
            double low = Double.parseDouble(m.group(2));
            double high = Double.parseDouble(m.group(3));
            boolean excludesZero = low > 0 || high < 0;
            boolean difference = List.of("better", "worse", "higher", "lower").contains(m.group(4));
            assertEquals(excludesZero, difference, l);
            checked.add(m.group(1));
        }
        assertTrue(checked.size() > 10, result.out());
    }

    @Test
    void verdictsSayWhetherAChangeIsGoodNews() throws IOException {
        // Halving's early tokens grow the community (better) and its churn (worse): both are rises, and
        // must not look alike. Tokens emitted are neither good nor bad: only higher.
        assertTrue(Double.parseDouble(row("members", "final").get("diff_vs_first")) > 0);
        assertEquals("better", row("members", "final").get("verdict"));
        // churn is a daily flow: one day's count is noise at six replicates, the year's daily mean is not
        assertTrue(Double.parseDouble(row("churned", "horizon").get("diff_vs_first")) > 0);
        assertEquals("worse", row("churned", "horizon").get("verdict"));
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<span class=\"verdict better up\">better</span>"), "members up is drawn as better");
        assertTrue(report.contains("<span class=\"verdict worse up\">worse</span>"), "churn up is drawn as worse");
    }

    @Test
    void communitiesOfDifferentSizeAlsoComparePerMember() throws IOException {
        // Halving ends with far more members, so it has more of every count; per member is the fair view.
        Map<String, String> content = row("content_per_member", "horizon");
        assertFalse(content.get("verdict").isEmpty(), content.toString());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("The communities differ in size"), "the report points at the per-member rows");
        assertTrue(report.contains("Content pieces per member per day"), "per-member rows are in the report");
    }
}
