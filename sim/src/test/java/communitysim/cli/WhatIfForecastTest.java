package communitysim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A what-if forecast starts at the origin: the forecast under a policy and the one without it share
 * their draws and seeds, agree exactly up to the day the policy starts, and differ after it; the
 * no-change half is the plain forecast itself. Bad policies exit 2 before any simulation.
 */
@org.junit.jupiter.api.Tag("slow") // a calibration and three forecasts: about 10 s
class WhatIfForecastTest {
    @TempDir
    static Path dir;
    private static Path calibration;

    @BeforeAll
    static void calibrate() throws IOException {
        StringBuilder csv = new StringBuilder("date,new_contributors\n");
        for (LocalDate d = LocalDate.parse("2020-01-01"); !d.isAfter(LocalDate.parse("2021-12-31")); d = d.plusDays(1)) {
            csv.append(d).append(',').append(d.getDayOfYear() % 4 == 0 ? 1 : 0).append('\n');
        }
        Path observed = Files.writeString(dir.resolve("observed.csv"), csv);
        Path scenario = Files.writeString(dir.resolve("s.yaml"), "name: s\npool: {size: 3000}\ninitial: {members: 20}\n"
                + "rewards: {unitPrice: 50, sensitivity: 3}\n");
        calibration = dir.resolve("cal");
        CliRunner r = CliRunner.run("calibrate", scenario.toString(), "--observed", observed.toString(), "--until", "2021-06-30",
                "--fit", "recruitment.external.rate=0.0002:0.01:log", "--target", "new_contributors", "--particles", "20", "--budget", "40",
                "--threads", "2", "--out", calibration.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
    }

    private static List<String> rows(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void theWhatIfAgreesWithNoChangeUntilItsStartAndTheNoChangeHalfIsThePlainForecast() throws IOException {
        Path plain = dir.resolve("plain");
        Path whatIf = dir.resolve("whatif");
        String[] common = {"--until", "2021-12-31", "--draws", "10", "--reps", "1", "--threads", "2", "--quiet"};
        CliRunner p = CliRunner.run(concat(new String[] {"forecast", calibration.toString(), "--out", plain.toString()}, common));
        assertEquals(0, p.exitCode(), p.err());
        CliRunner w = CliRunner.run(concat(new String[] {"forecast", calibration.toString(), "--out", whatIf.toString(),
                "--set", "rewards.enabled=true", "--at", "2021-09-01"}, common));
        assertEquals(0, w.exitCode(), w.err());
        assertEquals(rows(plain.resolve("forecast.csv")), rows(whatIf.resolve("no_change.csv")), "the no-change half is the plain forecast");
        List<String> diff = rows(whatIf.resolve("difference.csv"));
        assertEquals("date,metric,target,q05,q10,q25,q50,q75,q90,q95,share_higher,share_lower", diff.get(0));
        boolean after = false;
        for (String row : diff.subList(1, diff.size())) {
            String[] c = row.split(",");
            boolean zero = List.of(c).subList(3, 10).stream().allMatch(v -> Double.parseDouble(v) == 0);
            if (LocalDate.parse(c[0]).isBefore(LocalDate.parse("2021-09-01"))) assertTrue(zero, "no difference before the policy: " + row);
            else after |= !zero;
        }
        assertTrue(after, "rewards from September change the months after it");
        String report = Files.readString(whatIf.resolve("report.html"));
        assertTrue(report.contains("What the policy changes"), report);
        assertTrue(Files.exists(whatIf.resolve("charts/whatif-new_contributors.png")));
        assertTrue(Files.exists(whatIf.resolve("charts/difference-new_contributors.png")));
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(whatIf.resolve("manifest.json").toFile());
        assertEquals("2021-09-01", manifest.path("policy_from").asText(), manifest.toString());
        assertEquals(1, manifest.path("interventions").size(), manifest.toString());
        assertEquals(0, manifest.path("runaways").path("forecast").asInt(-1), manifest.toString());
    }

    @Test
    void aBadPolicyExitsTwoBeforeAnySimulation() {
        CliRunner r = CliRunner.run("forecast", calibration.toString(), "--set", "pool.size=5", "--out", dir.resolve("bad1").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--set pool.size: cannot change mid-run"), r.err());
        CliRunner s = CliRunner.run("forecast", calibration.toString(), "--set", "rewards.enabled=true", "--at", "2030-01-01",
                "--out", dir.resolve("bad2").toString());
        assertEquals(2, s.exitCode(), s.err());
        assertTrue(s.err().contains("--at 2030-01-01"), s.err());
        CliRunner t = CliRunner.run("forecast", calibration.toString(), "--at", "2021-09-01", "--out", dir.resolve("bad4").toString());
        assertEquals(2, t.exitCode(), t.err());
        assertTrue(t.err().contains("--at 2021-09-01: says when --set or --intervene starts"), t.err());
        assertFalse(Files.exists(dir.resolve("bad1")) || Files.exists(dir.resolve("bad2")) || Files.exists(dir.resolve("bad4")));
    }

    @Test
    void anInterventionFileIsCheckedWithItsLines() throws IOException {
        Path file = Files.writeString(dir.resolve("iv.yaml"), "- set: {rewards.enabled: true}\n- at: 2021-10-01\n  set:\n    churn.bas: 0.1\n");
        CliRunner r = CliRunner.run("forecast", calibration.toString(), "--intervene", file.toString(), "--out", dir.resolve("bad3").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(file + ":4 interventions[1].set.churn.bas: unknown field 'bas'"), r.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
