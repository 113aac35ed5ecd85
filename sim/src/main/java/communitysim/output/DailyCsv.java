package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code daily.csv}: one row per replicate × day, every {@link Metric} column in enum order. */
final class DailyCsv {

    static final String FILE = "daily.csv";

    private DailyCsv() {}

    static void write(List<ReplicateResult> replicates, Path dir) throws IOException {
        Metric[] metrics = Metric.values();
        String[] header = new String[3 + metrics.length];
        header[0] = "replicate";
        header[1] = "seed";
        header[2] = "day";
        for (Metric m : metrics) header[3 + m.ordinal()] = m.column;
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), header)) {
            for (ReplicateResult r : replicates) {
                double[][] daily = r.daily();
                for (int d = 0; d < daily.length; d++) {
                    if (daily[d].length != metrics.length) {
                        throw new IllegalArgumentException("replicate " + r.replicate() + " day " + (d + 1) + " has "
                                + daily[d].length + " metric values, expected " + metrics.length);
                    }
                    csv.number(r.replicate()).number(r.seed()).number(d + 1);
                    for (double v : daily[d]) csv.number(v);
                    csv.endRow();
                }
            }
        }
    }
}
