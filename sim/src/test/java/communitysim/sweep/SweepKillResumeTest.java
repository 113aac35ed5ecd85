package communitysim.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * A sweep in a child JVM, killed with SIGKILL at random (seeded) moments and resumed each time
 * until it completes, ends with the same bytes as the sweep run straight through: every (run,
 * replicate) exactly once, no torn row, the same values.
 */
@Tag("slow")
class SweepKillResumeTest {
    private static final int RUNS = 12;
    private static final int REPS = 2;
    private static final int TASKS = RUNS * REPS;
    private static final int KILLS = 6;
    private static final List<String> SWEEP = List.of("sweep", Cli.BASELINE, "--set", "initial.members=2000",
            "--days", "60", "--vary", "activation.base=-4.5:-3.4:0.1", "--reps", Integer.toString(REPS), "--seed", "3",
            "--daily", "--quiet");

    @Test
    void killedAndResumedItEqualsTheUninterruptedSweep(@TempDir Path dir) throws Exception {
        Path reference = dir.resolve("reference");
        assertEquals(0, child(reference, "1", dir.resolve("reference.log")).waitFor(), log(dir.resolve("reference.log")));

        Path out = dir.resolve("killed");
        Path journal = SweepRunner.partialOf(out.toAbsolutePath()).resolve("runs.csv");
        Random random = new Random(20240611);
        int interrupted = 0;
        List<String> story = new ArrayList<>();
        for (int k = 0; k < KILLS && !Files.exists(out); k++) {
            Process p = child(out, "2", dir.resolve("killed-" + k + ".log"));
            String moment;
            if (k == 0) {
                // During start-up or planning, before or while the partial folder is created.
                long delay = 50 + random.nextInt(500);
                p.waitFor(delay, TimeUnit.MILLISECONDS);
                moment = delay + " ms after start";
            } else {
                // After a random number of further rows, a random few ms on: mid-task, mid-write, or
                // (the last attempt, at the full count) during completion.
                long done = ChildJvm.rows(journal);
                long target = k == KILLS - 1 ? TASKS : Math.min(TASKS, done + 1 + random.nextInt((int) (TASKS - done) / 2 + 1));
                while (p.isAlive() && ChildJvm.rows(journal) < target) Thread.sleep(2);
                long extra = random.nextInt(40);
                p.waitFor(extra, TimeUnit.MILLISECONDS);
                moment = target + " rows + " + extra + " ms";
            }
            boolean alive = p.isAlive();
            if (alive) {
                interrupted++;
                p.destroyForcibly().waitFor();
            }
            story.add("attempt " + k + " at " + moment + ": " + (alive ? "killed" : "exited " + p.exitValue())
                    + ", rows journalled " + ChildJvm.rows(journal));
        }
        Process last = child(out, "2", dir.resolve("last.log"));
        assertEquals(0, last.waitFor(), log(dir.resolve("last.log")));
        assertTrue(interrupted >= KILLS - 1, "too few kills landed while the sweep ran: " + story);

        byte[] want = Files.readAllBytes(reference.resolve("runs.csv"));
        byte[] got = Files.readAllBytes(out.resolve("runs.csv"));
        assertArrayEquals(want, got, "runs.csv differs after kills and resumes: " + story);
        assertArrayEquals(Files.readAllBytes(reference.resolve("daily.csv.gz")), Files.readAllBytes(out.resolve("daily.csv.gz")),
                "daily.csv.gz differs: " + story);
        assertArrayEquals(Files.readAllBytes(reference.resolve("main_effects.csv")),
                Files.readAllBytes(out.resolve("main_effects.csv")), "main_effects.csv differs");

        ChildJvm.assertEachTaskOnce(out.resolve("runs.csv"), TASKS);
        // Attempt 0 may die before the folder exists; every later start resumed it and left its session.
        int sessions = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("sessions").size();
        assertTrue(sessions >= KILLS - 1, "sessions in the manifest: " + sessions);
    }

    private static Process child(Path out, String threads, Path log) throws IOException {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--threads", threads, "--resume", "--out", out.toString()));
        return ChildJvm.start(args, log);
    }

    private static String log(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
