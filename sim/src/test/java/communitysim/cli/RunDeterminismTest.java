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
        return daily(dir, name, "--reps", "4", "--days", "120", "--seed", seed, "--threads", threads);
    }

    private static byte[] daily(Path dir, String name, String... options) throws Exception {
        Path out = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run", BASELINE, "--quiet", "--out", out.toString()));
        args.addAll(java.util.List.of(options));
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
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

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * One replicate large enough for many member chunks, so that spare threads work inside the
     * replicate: the chunks' streams, not the threads, must decide every draw.
     */
    @Test
    void threadsInsideOneReplicateDoNotChangeResults(@TempDir Path dir) throws Exception {
        String[] big = {"--reps", "1", "--days", "40", "--seed", "5", "--set", "initial.members=30000", "--set", "pool.size=120000"};
        byte[] one = daily(dir, "w1", concat(big, "--threads", "1"));
        byte[] three = daily(dir, "w3", concat(big, "--threads", "3"));
        assertArrayEquals(one, three, "daily.csv differs between 1 and 3 workers in one replicate");
    }

    /** The same with rewards switched on mid-run (current members then choose to trade) and commitment classes. */
    @Test
    void interventionsAndCommitmentClassesKeepTheBytesWhateverTheThreads(@TempDir Path dir) throws Exception {
        String[] big = {"--reps", "2", "--days", "40", "--seed", "5", "--set", "initial.members=30000", "--set", "pool.size=120000",
                "--set", "interventions=[{at: 20, set: {rewards.enabled: true, rewards.traderShare: 0.5}}]",
                "--set", "commitment.classes=[{share: 0.5, churn: 5, activation: 1}, {share: 0.2, churn: 0.1}]"};
        byte[] one = daily(dir, "i1", concat(big, "--threads", "1"));
        byte[] three = daily(dir, "i3", concat(big, "--threads", "3"));
        assertArrayEquals(one, three, "daily.csv differs between 1 and 3 threads");
    }
}
