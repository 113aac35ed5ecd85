package communitysim.sensitivity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
class SensitivityKillResumeTest {
    private static final int TASKS = 8 * 4 * 2; // Sobol: N = 8 base samples x (k + 2) points x 2 replicates
    private static final int KILLS = 2;
    private static final List<String> COMMAND = List.of("sensitivity", SensitivityCliTest.BASELINE, "--set", "initial.members=1000",
            "--days", "40", "--vary", "activation.base=-4.5:-3.5", "--vary", "churn.base=0.02:0.08", "--method", "sobol",
            "--n", "8", "--reps", "2", "--seed", "3", "--quiet");

    @Test
    void killedAndResumedItEqualsTheUninterruptedAnalysis(@TempDir Path dir) throws Exception {
        Path reference = dir.resolve("reference");
        assertEquals(0, child(reference, "1", dir.resolve("reference.log")).waitFor(), Files.readString(dir.resolve("reference.log")));

        Path out = dir.resolve("killed");
        Path journal = out.resolveSibling("killed.partial").resolve("runs.csv");
        Random random = new Random(20261127);
        int interrupted = 0;
        List<String> story = new ArrayList<>();
        for (int k = 0; k < KILLS && !Files.exists(out); k++) {
            Process p = child(out, "2", dir.resolve("killed-" + k + ".log"));
            long done = rows(journal);
            long target = Math.min(TASKS - 1, done + 1 + random.nextInt((int) (TASKS - done) / 2 + 1));
            while (p.isAlive() && rows(journal) < target) Thread.sleep(2);
            boolean alive = p.isAlive();
            if (alive) {
                interrupted++;
                p.destroyForcibly().waitFor();
            }
            story.add("attempt " + k + " at " + target + " rows: " + (alive ? "killed" : "exited") + ", journalled " + rows(journal));
        }
        Process last = child(out, "2", dir.resolve("last.log"));
        assertEquals(0, last.waitFor(), Files.readString(dir.resolve("last.log")));
        assertTrue(interrupted >= 2, "too few kills landed while the analysis ran: " + story);

        for (String f : List.of("runs.csv", "design.csv", "indices.csv", "report.html")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(f)), Files.readAllBytes(out.resolve(f)), f + " differs: " + story);
        }
        Set<String> keys = new HashSet<>();
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 3);
            assertTrue(keys.add(cells[0] + "," + cells[1]), "task twice: " + line);
        }
        assertEquals(TASKS, keys.size(), "tasks in runs.csv");
    }

    private static Process child(Path out, String threads, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "communitysim.cli.Main"));
        command.addAll(COMMAND);
        command.addAll(List.of("--threads", threads, "--resume", "--out", out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long rows(Path journal) {
        try {
            byte[] bytes = Files.readAllBytes(journal);
            long lines = 0;
            for (byte b : bytes) if (b == '\n') lines++;
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            return 0;
        }
    }
}
