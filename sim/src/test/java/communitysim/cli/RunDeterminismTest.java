package communitysim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same scenario and seed give the same bytes whatever the thread count; another seed does not. */
class RunDeterminismTest {
    private static final String BASELINE = "../scenarios/baseline.yaml";

    private static byte[] daily(Path dir, String seed, String threads, String name) throws Exception {
        Path out = dir.resolve(name);
        CliRunner r = CliRunner.run("run", BASELINE, "--quiet", "--reps", "4", "--days", "120", "--seed", seed,
                "--threads", threads, "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        return Files.readAllBytes(out.resolve("daily.csv"));
    }

    @Test
    void sameSeedSameBytesForOneAndFourThreads(@TempDir Path dir) throws Exception {
        byte[] one = daily(dir, "11", "1", "t1");
        byte[] four = daily(dir, "11", "4", "t4");
        assertArrayEquals(one, four, "daily.csv differs between 1 and 4 threads");
        for (String f : new String[] {"summary.csv", "summary.json", "retention.csv", "lorenz.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("t1").resolve(f)), Files.readAllBytes(dir.resolve("t4").resolve(f)), f);
        }
        byte[] other = daily(dir, "12", "4", "s12");
        assertFalse(java.util.Arrays.equals(one, other), "a different seed gave identical daily.csv");
        assertTrue(Files.readString(dir.resolve("t1").resolve("daily.csv")).lines().count() == 1 + 4 * 120);
    }
}
