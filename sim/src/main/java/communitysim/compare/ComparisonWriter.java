package communitysim.compare;

import communitysim.output.AtomicDirectory;
import communitysim.output.ResultsWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a comparison's folder whole or not at all ({@link AtomicDirectory}): {@code comparison.csv},
 * {@code daily.csv}, {@code manifest.json} and {@code report.html}.
 */
public final class ComparisonWriter {

    static final String REPORT = "report.html";

    private ComparisonWriter() {}

    /**
     * @throws java.nio.file.FileAlreadyExistsException if {@code outDir} exists
     */
    public static void write(Comparison comparison, ComparisonTable table, Path outDir) throws IOException {
        List<KnobDifference> knobs = KnobDiff.of(comparison.runs().stream().map(r -> r.result().resolvedScenario()).toList());
        String report = ReportRenderer.render(ReportModel.of(comparison, table, knobs));
        AtomicDirectory.create(outDir, dir -> {
            ComparisonCsv.write(table, dir);
            ComparisonDailyCsv.write(comparison.runs(), dir);
            communitysim.output.MetricTable.write(dir);
            ComparisonManifest.write(comparison, table, dir);
            Files.writeString(dir.resolve(REPORT), report, StandardCharsets.UTF_8);
        });
    }

    /** {@code <resultsRoot>/compare-<yyyyMMdd-HHmmss>}, the comparison's start in UTC. */
    public static Path defaultOutDir(Path resultsRoot, Comparison comparison) {
        return resultsRoot.resolve(ResultsWriter.folderName("compare", comparison.start()));
    }
}
