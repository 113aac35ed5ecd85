package communitysim.sensitivity;

import communitysim.cli.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sensitivity analysis in a child JVM, killed with SIGKILL after a random (seeded) number of
 * journalled runs and resumed with {@code --resume} until it completes, ends with the same bytes as
 * the analysis run straight through: every (run, replicate) exactly once, the same indices. (The
 * journal and resume are the sweep's; this checks the sensitivity folder goes through them.)
 */
@Tag("slow")
class SensitivityKillResumeTest {
    private static final int TASKS = 8 * 4 * 2; // Sobol: N = 8 base samples x (k + 2) points x 2 replicates
    private static final int KILLS = 2;
    private static final List<String> COMMAND = List.of("sensitivity", SensitivityCliTest.BASELINE, "--set", "initial.members=1000",
            "--days", "40", "--vary", "activation.base=-4.5:-3.5", "--vary", "churn.base=0.02:0.08", "--method", "sobol",
            "--n", "8", "--reps", "2", "--seed", "3", "--metric", "members", "--quiet");

    @Test
    void killedAndResumedItEqualsTheUninterruptedAnalysis(@TempDir Path dir) throws Exception {
        Path reference = dir.resolve("reference");
        // The reference in this JVM (one child start less): the same command, straight through.
        List<String> straight = new ArrayList<>(COMMAND);
        straight.addAll(List.of("--threads", "1", "--out", reference.toString()));
        communitysim.cli.CliRunner r = communitysim.cli.CliRunner.run(straight.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());

        Path out = dir.resolve("killed");
        Path journal = out.resolveSibling("killed.partial").resolve("runs.csv");
        Random random = new Random(20261127);
        int interrupted = 0;
        List<String> story = new ArrayList<>();
        for (int k = 0; k < KILLS && !Files.exists(out); k++) {
            Process p = child(out, "2", dir.resolve("killed-" + k + ".log"));
            long done = ChildJvm.rows(journal);
            long target = Math.min(TASKS - 1, done + 1 + random.nextInt((int) (TASKS - done) / 2 + 1));
            while (p.isAlive() && ChildJvm.rows(journal) < target) Thread.sleep(2);
            boolean alive = p.isAlive();
            if (alive) {
                interrupted++;
                p.destroyForcibly().waitFor();
            }
            story.add("attempt " + k + " at " + target + " rows: " + (alive ? "killed" : "exited") + ", journalled " + ChildJvm.rows(journal));
        }
        Process last = child(out, "2", dir.resolve("last.log"));
        assertEquals(0, last.waitFor(), Files.readString(dir.resolve("last.log")));
        assertTrue(interrupted >= 2, "too few kills landed while the analysis ran: " + story);

        for (String f : List.of("runs.csv", "design.csv", "indices.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(f)), Files.readAllBytes(out.resolve(f)), f + " differs: " + story);
        }
        ChildJvm.assertEachTaskOnce(out.resolve("runs.csv"), TASKS);
    }

    private static Process child(Path out, String threads, Path log) throws IOException {
        List<String> args = new ArrayList<>(COMMAND);
        args.addAll(List.of("--threads", threads, "--resume", "--out", out.toString()));
        return ChildJvm.start(args, log);
    }
}
