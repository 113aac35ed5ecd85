package communitysim.compare;

import communitysim.metrics.ReplicateResult;
import communitysim.output.CsvWriter;
import communitysim.output.DailyCsv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code daily.csv} of a comparison: a run's {@code daily.csv} for every scenario in one file, with the
 * scenario first ({@code scenario,replicate,seed,day,...}), so a notebook can group by it.
 */
final class ComparisonDailyCsv {

    static final String FILE = "daily.csv";

    private ComparisonDailyCsv() {}

    static void write(List<PolicyRun> runs, Path dir) throws IOException {
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), DailyCsv.header("scenario"))) {
            for (PolicyRun run : runs) {
                for (ReplicateResult r : run.result().replicates()) DailyCsv.writeRows(csv, run.label(), r);
            }
        }
    }
}
