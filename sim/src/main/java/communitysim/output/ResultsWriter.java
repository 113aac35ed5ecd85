package communitysim.output;

import communitysim.run.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a run's results folder (see {@code docs/contract.md}): {@code manifest.json}, {@code daily.csv},
 * {@code summary.csv}, {@code summary.json}, {@code retention.csv}, {@code lorenz.csv},
 * {@code charts/} and {@code index.html}, the overview that links them. The folder appears whole or not at all ({@link AtomicDirectory}).
 */
public final class ResultsWriter {

    public static final String CHARTS_DIR = "charts";

    // UTC, like the manifest's start/end, so a folder's name and its manifest agree on any machine.
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private ResultsWriter() {}

    /**
     * Writes the folder {@code outDir}, which must not exist yet; its parent is created if needed.
     *
     * @throws java.nio.file.FileAlreadyExistsException if {@code outDir} exists
     */
    public static void write(RunResult result, Path outDir) throws IOException {
        AtomicDirectory.create(outDir, dir -> {
            Manifest.write(result, dir);
            DailyCsv.write(result.replicates(), dir, result.scenario());
            MetricTable.write(dir);
            RunSummary summary = RunSummary.of(result.replicates());
            SummaryFiles.write(summary, dir);
            RetentionCsv.write(result.replicates(), dir);
            LorenzCsv.write(result.replicates(), dir);
            GroupsCsv.write(result.replicates(), dir);
            RunPage.write(result, summary, dir);
        });
    }

    /** The contract's default folder, {@code <resultsRoot>/<scenario-name>-<yyyyMMdd-HHmmss>} (run start, UTC). */
    public static Path defaultOutDir(Path resultsRoot, RunResult result) {
        return resultsRoot.resolve(folderName(result.scenario().name(), result.start()));
    }

    /**
     * {@code <name>-<yyyyMMdd-HHmmss>} in UTC. Characters other than letters, digits, {@code .}, {@code _}
     * and {@code -} in the name become {@code -}, so any scenario name gives one safe path segment.
     */
    public static String folderName(String name, Instant start) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^\\.+", "");
        return (safe.isEmpty() ? "run" : safe) + "-" + STAMP.format(start);
    }
}
