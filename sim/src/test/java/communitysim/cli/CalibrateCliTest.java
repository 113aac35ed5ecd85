package communitysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small {@code calibrate} and {@code backtest} runs from the command line write the posterior
 * predictive check: {@code ppc.csv} with its columns, {@code summary.json} with its fields, the
 * verdict at the top of {@code report.html} and on stdout.
 */
class CalibrateCliTest {
    @TempDir
    Path dir;

    private static final List<String> PPC = List.of("target", "period", "observed", "q05", "q25", "q50", "q75", "q95", "inside50",
            "inside90", "log_ratio");

    /** 120 days from 2020-01-01: three whole months. */
    private Path observed() throws Exception {
        StringBuilder csv = new StringBuilder("date,new_contributors,contributions\n");
        LocalDate d = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 120; i++) csv.append(d.plusDays(i)).append(',').append(i % 3 == 0 ? 1 : 0).append(',').append(i % 2).append('\n');
        return Files.writeString(dir.resolve("obs.csv"), csv);
    }

    private Path scenario() throws Exception {
        return Files.writeString(dir.resolve("s.yaml"), "name: s\npool: {size: 2000}\ninitial: {members: 20}\n");
    }

    @Test
    void calibrateWritesThePredictiveCheck() throws Exception {
        Path out = dir.resolve("cal");
        CliRunner r = CliRunner.run("calibrate", scenario().toString(), "--observed", observed().toString(), "--fit",
                "recruitment.external.rate=0.0001:0.01:log", "--target", "new_contributors", "--target", "contributions=content",
                "--particles", "10", "--budget", "20", "--threads", "1", "--quiet", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> stdout = r.out().lines().toList();
        assertEquals("calibration: " + out, stdout.get(0));
        assertTrue(stdout.get(1).startsWith("fit check: passes") || stdout.get(1).startsWith("fit check: FAILS for "), r.out());

        List<String> ppc = Files.readAllLines(out.resolve("ppc.csv"));
        assertEquals(String.join(",", PPC), ppc.get(0));
        assertEquals(1 + 2 * 3, ppc.size(), "a row per target and month");
        List<String> fit = Files.readAllLines(out.resolve("fit.csv"));
        for (int i = 1; i < ppc.size(); i++) {
            String[] p = ppc.get(i).split(",", -1), f = fit.get(i).split(",", -1);
            assertEquals(PPC.size(), p.length, ppc.get(i));
            assertEquals(f[0], p[1], "the period is labelled as in fit.csv");
            assertEquals(f[1], p[0]);
            assertEquals(f[3], p[2], "the same observed value");
            // fit.csv's q05, q25, q50, q75, q95: the same simulations
            assertEquals(List.of(f[4], f[6], f[7], f[8], f[10]), List.of(p[3], p[4], p[5], p[6], p[7]));
            assertTrue(p[8].equals("0") || p[8].equals("1"), ppc.get(i));
            assertTrue(p[9].equals("0") || p[9].equals("1"), ppc.get(i));
            double obs = Double.parseDouble(p[2]), q50 = Double.parseDouble(p[5]);
            assertEquals(Math.log((q50 + 1) / (obs + 1)), Double.parseDouble(p[10]), 1e-9);
        }
        assertEquals(List.of("2020-01-31", "2020-02-29", "2020-03-31"), ppc.subList(1, 4).stream().map(l -> l.split(",")[1]).toList());

        JsonNode check = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("fit_check");
        assertTrue(check.get("passes").isBoolean());
        assertEquals(stdout.get(1), check.get("verdict").asText());
        assertEquals(0.75, check.get("thresholds").get("min_coverage90").asDouble());
        assertEquals(0.35, check.get("thresholds").get("max_median_abs_log_ratio").asDouble());
        assertEquals(2, check.get("targets").size());
        for (JsonNode t : check.get("targets")) {
            for (String field : List.of("target", "periods", "coverage50", "coverage90", "median_abs_log_ratio", "median_log_ratio", "passes")) {
                assertTrue(t.has(field), field + " in " + t);
            }
            assertEquals(3, t.get("periods").asInt());
        }

        String report = Files.readString(out.resolve("report.html"));
        int verdict = report.indexOf("fit check: "), knobs = report.indexOf("<h2>Fitted knobs");
        assertTrue(verdict > 0 && verdict < knobs, "the verdict opens the report");
    }

    @Test
    void backtestWritesEachOriginsCheck() throws Exception {
        Path out = dir.resolve("bt");
        CliRunner r = CliRunner.run("backtest", scenario().toString(), "--observed", observed().toString(), "--fit",
                "recruitment.external.rate=0.0001:0.01:log", "--target", "new_contributors", "--period", "week",
                "--origin", "2020-03-01", "--origin", "2020-03-15", "--horizon", "28", "--particles", "10", "--budget", "20",
                "--draws", "5", "--threads", "1", "--quiet", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("origin 2020-03-01: fit check: "), r.out());
        assertTrue(r.out().contains("origin 2020-03-15: fit check: "), r.out());
        List<String> ppc = Files.readAllLines(out.resolve("ppc.csv"));
        assertEquals("origin," + String.join(",", PPC), ppc.get(0));
        // weeks from 2020-01-01: 8 whole ones before 2020-03-01, 10 before 2020-03-15
        assertEquals(8, ppc.stream().filter(l -> l.startsWith("2020-03-01,")).count());
        assertEquals(10, ppc.stream().filter(l -> l.startsWith("2020-03-15,")).count());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, summary.get("origins").size());
        assertEquals("2020-03-15", summary.get("origins").get(1).get("origin").asText());
        assertTrue(summary.get("origins").get(0).get("fit_check").get("targets").get(0).has("coverage90"));
        assertTrue(summary.get("passes").isBoolean());
    }
}
