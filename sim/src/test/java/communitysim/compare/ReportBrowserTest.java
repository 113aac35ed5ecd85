package communitysim.compare;

import communitysim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report as a policy team opens it: rendered by headless Chromium, every chart present and drawn, no
 * console message, nothing fetched from outside the file. The report and a full-page screenshot are kept
 * in {@code target/report-artifacts/} for a person to look at.
 */
class ReportBrowserTest {

    static final Path ARTIFACTS = Path.of("target", "report-artifacts");

    // A data line or band has a point per day or week; the frame and the axes have a handful.
    private static final Pattern DRAWN_PATH = Pattern.compile("<path[^>]*\\sd=\"M[^\"]*(?:L[^\"]*){10,}\"");
    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    private static final Pattern EXTERNAL = Pattern.compile(
            "(?i)<script|<link|<img|<iframe|@import|(?:src|href)\\s*=\\s*[\"'](?!#)|url\\(\\s*[\"']?(?!#)");

    @Test
    void chromiumRendersEveryChartWithoutConsoleMessages(@TempDir Path tmp) throws Exception {
        Chromium chromium = Chromium.find();
        Path report = threeScenarioReport(tmp);
        String html = Files.readString(report);
        Matcher external = EXTERNAL.matcher(html);
        assertFalse(external.find(), "the report is not self-contained: " + (external.find(0) ? external.group() : ""));

        Chromium.Output dom = chromium.dumpDom(tmp, report);
        assertEquals(List.of(), dom.consoleLines(), "console messages while rendering the report");
        List<String> svgs = new ArrayList<>();
        SVG.matcher(dom.stdout()).results().forEach(m -> svgs.add(m.group()));
        int expected = chartedMetrics(report.resolveSibling("daily.csv")) + 2; // + Lorenz and retention
        assertEquals(expected, svgs.size(), "charts in the rendered page");
        for (String svg : svgs) {
            String id = svg.replaceAll("(?s)^<svg[^>]*\\bid=\"([^\"]+)\".*", "$1");
            assertTrue(DRAWN_PATH.matcher(svg).find(), "chart " + id + " has no drawn line");
            assertTrue(svg.contains("<text"), "chart " + id + " has no text (title, axes, legend)");
        }
        for (String heading : List.of("The question", "Knobs that differ", "Verdicts", "Headline table", "Over time",
                "Inequality and retention", "Methods")) {
            assertTrue(dom.stdout().contains(heading), "section missing: " + heading);
        }

        Files.createDirectories(ARTIFACTS);
        Files.copy(report, ARTIFACTS.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
        chromium.screenshot(tmp, report, ARTIFACTS.resolve("report.png"), 1280, 10000);
    }

    /** The console check is not vacuous: a page that logs an error and throws is caught. */
    @Test
    void theConsoleCheckSeesErrors(@TempDir Path tmp) throws Exception {
        Chromium chromium = Chromium.find();
        Path page = tmp.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><p>x</p>"
                + "<script>console.error('boom'); undefinedFunction();</script></body></html>");
        List<String> lines = chromium.dumpDom(tmp, page).consoleLines();
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).contains("Uncaught ReferenceError"), lines.get(1));
    }

    /** Three policies, one with HTML in its description, so the page shows the multi-scenario layout and escaping. */
    private static Path threeScenarioReport(Path tmp) throws IOException {
        Path low = Cli.scenario(tmp, "baseline", 0.03, "Today's community: referral rate 0.03 & no <b>fee</b>.");
        Path high = Cli.scenario(tmp, "referral-boost", 0.09, "A referral programme that triples word of mouth.");
        Path fee = Cli.scenario(tmp, "entry-fee", 0.03, "An entry fee of 50 and a fit threshold.");
        Files.writeString(fee, "admission:\n  entryFee: 50\n  fitThreshold: 0.3\n", StandardOpenOption.APPEND);
        Path out = tmp.resolve("report");
        CliRunner r = Cli.run("compare", low.toString(), high.toString(), fee.toString(), "--quiet", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out.resolve("report.html");
    }

    /** Headline metrics that are not zero everywhere in daily.csv: the ones the report charts. */
    private static int chartedMetrics(Path dailyCsv) throws IOException {
        List<String> lines = Files.readAllLines(dailyCsv);
        List<String> header = List.of(lines.get(0).split(","));
        int charted = 0;
        for (HeadlineMetric m : HeadlineMetric.ALL) {
            if (m.perMember()) continue; // tabled, not charted
            int column = header.indexOf(m.metric().column);
            boolean nonZero = lines.stream().skip(1).map(l -> l.split(",")[column]).anyMatch(v -> Double.parseDouble(v) != 0);
            if (nonZero) charted++;
        }
        return charted;
    }
}
