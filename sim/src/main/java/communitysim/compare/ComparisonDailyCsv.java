package communitysim.compare;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.output.CsvWriter;

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
        Metric[] metrics = Metric.values();
        String[] header = new String[4 + metrics.length];
        header[0] = "scenario";
        header[1] = "replicate";
        header[2] = "seed";
        header[3] = "day";
        for (Metric m : metrics) header[4 + m.ordinal()] = m.column;
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), header)) {
            for (PolicyRun run : runs) {
                for (ReplicateResult r : run.result().replicates()) {
                    double[][] daily = r.daily();
                    for (int d = 0; d < daily.length; d++) {
                        csv.text(run.label()).number(r.replicate()).number(r.seed()).number(d + 1);
                        for (double v : daily[d]) csv.number(v);
                        csv.endRow();
                    }
                }
            }
        }
    }
}
