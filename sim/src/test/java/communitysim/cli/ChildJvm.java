package communitysim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line in a child JVM that a test can kill, and the rows it has journalled so far. */
public final class ChildJvm {
    private ChildJvm() {}

    /** {@code Main ARGS} on this test's class path, output to {@code log}. */
    public static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "communitysim.cli.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Every (run, replicate) of {@code runs.csv} once, and {@code tasks} of them. */
    public static void assertEachTaskOnce(Path runsCsv, int tasks) throws IOException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        List<String> lines = Files.readAllLines(runsCsv);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 3);
            org.junit.jupiter.api.Assertions.assertTrue(keys.add(cells[0] + "," + cells[1]), "task twice: " + line);
        }
        org.junit.jupiter.api.Assertions.assertEquals(tasks, keys.size(), "tasks in runs.csv");
    }

    /** Complete rows in a journal; 0 while it does not exist (or is being replaced by a compaction). */
    public static long rows(Path journal) {
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
