package communitysim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flags as a user mistypes them: exit 2 with one plain line naming the flag as typed, before any
 * simulation, and nothing left on disk.
 */
class BadFlagsCliTest {
    private static final String BASELINE = "../scenarios/baseline.yaml";

    @TempDir
    Path tmp;

    /** Runs the CLI, checks it refused with exactly {@code line}, and that {@code tmp} is as before. */
    private void assertRefused(String line, String... args) throws IOException {
        List<Path> before = listing();
        CliRunner r = CliRunner.run(args);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(line, r.err().strip().replace(tmp.toString(), "TMP"), "stderr");
        assertEquals("", r.out());
        assertEquals(before, listing(), "nothing is left behind");
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return new ArrayList<>(s.sorted().toList());
        }
    }

    private String out(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void aFlagsBadValueNamesTheFlag() throws IOException {
        assertRefused("--reps 0: must be >= 1, got 0", "run", BASELINE, "--reps", "0", "--out", out("r"), "--quiet");
        assertRefused("--days 0: must be >= 1, got 0", "run", BASELINE, "--days", "0", "--out", out("r"), "--quiet");
        assertRefused("--reps 0: must be >= 1, got 0", "sweep", BASELINE, "--vary", "activation.base=-4,-3", "--reps", "0",
                "--out", out("s"), "--quiet");
        assertRefused("--reps 0: must be >= 1, got 0", "compare", BASELINE, BASELINE, "--reps", "0", "--out", out("c"));
    }

    @Test
    void aBadSetIsAnErrorEvenWhenALaterFlagReplacesIt() throws IOException {
        assertRefused("--set days: must be an integer, got 3.5", "run", BASELINE, "--set", "days=3.5", "--days", "2",
                "--reps", "1", "--out", out("r"), "--quiet");
        assertRefused("--set days: must be an integer, got 3.5", "run", BASELINE, "--set", "days=3.5", "--set", "days=2",
                "--reps", "1", "--out", out("r"), "--quiet");
    }

    @Test
    void threadsAreCapped() throws IOException {
        String refusal = "--threads 100000: must be between 1 and " + Threads.MAX + " (results do not depend on it)";
        assertRefused(refusal, "run", BASELINE, "--threads", "100000", "--out", out("r"), "--quiet");
        assertRefused(refusal, "sweep", BASELINE, "--vary", "activation.base=-4,-3", "--threads", "100000", "--out", out("s"), "--quiet");
        assertRefused(refusal, "compare", BASELINE, BASELINE, "--threads", "100000", "--out", out("c"), "--quiet");
        assertRefused(refusal, "bench", "--threads", "100000");
        assertRefused("--threads 0: must be between 1 and " + Threads.MAX + " (results do not depend on it)",
                "run", BASELINE, "--threads", "0", "--out", out("r"), "--quiet");
    }

    @Test
    void anUnusableOutIsRefusedBeforeSimulating() throws IOException {
        Files.writeString(tmp.resolve("file"), "x");
        Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("missing").resolve("dir"));
        String tooLong = "a".repeat(300);
        for (String command : List.of("run", "sweep")) {
            List<String> base = command.equals("run") ? List.of("run", BASELINE, "--reps", "1", "--days", "2", "--quiet")
                    : List.of("sweep", BASELINE, "--vary", "activation.base=-4,-3", "--reps", "1", "--days", "2", "--quiet");
            assertRefused("--out /proc/communitysim/out: cannot create a folder in /proc (the file system does not allow it)",
                    with(base, "--out", "/proc/communitysim/out"));
            assertRefused("--out TMP/" + tooLong + ": a name in it is too long (300 bytes; at most 200)", with(base, "--out", out(tooLong)));
            assertRefused("--out TMP/dangling: is a symbolic link to a missing target; choose a new folder", with(base, "--out", out("dangling")));
            assertRefused("--out TMP/file/sub: TMP/file is a file, not a folder", with(base, "--out", out("file/sub")));
        }
    }

    private static String[] with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
