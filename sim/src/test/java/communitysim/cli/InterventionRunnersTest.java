package communitysim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every runner takes interventions: a sweep varies their day and their values; compare sets one scenario against itself without them. */
class InterventionRunnersTest {
    private static final String SCENARIO = "../scenarios/rewards-from-year-2.yaml";

    @Test
    void aSweepVariesAnInterventionsDayAndValue(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("sweep", SCENARIO, "--vary", "interventions[0].at=100,200", "--vary",
                "interventions[0].set.rewards.sensitivity=1:3:2", "--reps", "1", "--days", "250", "--threads", "2", "--quiet",
                "--out", dir.resolve("s").toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("s").resolve("runs.csv"));
        assertTrue(rows.get(0).startsWith("run,replicate,seed,interventions[0].at,interventions[0].set.rewards.sensitivity,"), rows.get(0));
        assertEquals(5, rows.size());
    }

    @Test
    void aRunWhoseRewardsStartMidRunDrawsItsTokenCharts(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("run", SCENARIO, "--reps", "2", "--days", "400", "--threads", "2", "--quiet", "--out", dir.resolve("r").toString());
        assertEquals(0, r.exitCode(), r.err());
        String index = Files.readString(dir.resolve("r").resolve("index.html"));
        assertTrue(index.contains("charts/lorenz"), "the token charts are drawn: " + index.substring(0, Math.min(300, index.length())));
        assertTrue(!index.contains("Tokens are off"), "a run whose tokens start mid-run does not say tokens are off");
    }

    @Test
    void oneScenarioWithInterventionsIsComparedWithItselfWithoutThem(@TempDir Path dir) throws Exception {
        CliRunner r = CliRunner.run("compare", SCENARIO, "--reps", "2", "--days", "400", "--threads", "2", "--quiet",
                "--out", dir.resolve("c").toString());
        assertEquals(0, r.exitCode(), r.err());
        String table = Files.readString(dir.resolve("c").resolve("comparison.csv"));
        assertTrue(table.contains("rewards-from-year-2 without interventions"), table.substring(0, Math.min(400, table.length())));
        // identical through day 365: the reference's and the policy's rows agree there, replicate by replicate
        java.util.Map<String, String> before = new java.util.HashMap<>();
        int same = 0, after = 0;
        for (String row : Files.readAllLines(dir.resolve("c").resolve("daily.csv")).subList(1, 2 * 2 * 400 + 1)) {
            String[] c = row.split(",", 5);
            String key = c[1] + "," + c[3];
            String rest = c[4];
            String other = before.putIfAbsent(key, rest);
            if (other == null) continue;
            if (Integer.parseInt(c[3]) <= 365) {
                assertEquals(other, rest, "day " + c[3] + " of replicate " + c[1]);
                same++;
            } else if (!other.equals(rest)) {
                after++;
            }
        }
        assertEquals(2 * 365, same);
        assertTrue(after > 0, "the rewards change the days after 365");
    }
}
