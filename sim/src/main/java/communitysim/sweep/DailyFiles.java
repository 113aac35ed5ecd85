package communitysim.sweep;

import communitysim.output.AtomicDirectory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code --daily} output across interruptions. While the sweep runs, each task's rows go to their
 * own file {@code daily/<run>-<replicate>.csv.gz}, complete before the task's journal row is written,
 * so a task in the journal always has its file and a redone task simply replaces it. On completion
 * the files are laid end to end, in task order, into {@code daily.csv.gz}, and {@code daily/} is
 * removed; {@code daily.csv.gz} only ever appears whole, so a completion that is itself interrupted
 * can be finished by the next resume.
 */
final class DailyFiles {
    static final String DIR = "daily";
    static final String FILE = "daily.csv.gz";

    private DailyFiles() {}

    static void write(Path folder, TaskResult result) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(DIR));
        writeAtomically(dir.resolve(result.run() + "-" + result.replicate() + ".csv.gz"),
                out -> out.write(result.dailyGzip()));
    }

    static void merge(Path folder, RunsTable table) throws IOException {
        Path dir = folder.resolve(DIR);
        if (!Files.exists(folder.resolve(FILE))) {
            writeAtomically(folder.resolve(FILE), out -> {
                out.write(DailyRows.headerGzip());
                for (int task = 0; task < table.tasks(); task++) {
                    int run = task / table.replicates();
                    int replicate = task % table.replicates();
                    Files.copy(dir.resolve(run + "-" + replicate + ".csv.gz"), out);
                }
            });
        }
        AtomicDirectory.deleteTree(dir);
    }

    @FunctionalInterface
    private interface Contents {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Contents contents) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            contents.writeTo(out);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
