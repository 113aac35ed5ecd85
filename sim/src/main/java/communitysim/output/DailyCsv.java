package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code daily.csv}: one row per replicate × day, every {@link Metric} column in enum order. Other
 * folders (a comparison's) reuse {@link #header} and {@link #writeRows} with a leading column of their own.
 */
public final class DailyCsv {

    public static final String FILE = "daily.csv";

    private DailyCsv() {}

    static void write(List<ReplicateResult> replicates, Path dir) throws IOException {
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), header())) {
            for (ReplicateResult r : replicates) writeRows(csv, null, r);
        }
    }

    /** {@code [leading...,] replicate, seed, day,} then every metric column. */
    public static String[] header(String... leading) {
        Metric[] metrics = Metric.values();
        String[] header = new String[leading.length + 3 + metrics.length];
        System.arraycopy(leading, 0, header, 0, leading.length);
        header[leading.length] = "replicate";
        header[leading.length + 1] = "seed";
        header[leading.length + 2] = "day";
        for (Metric m : metrics) header[leading.length + 3 + m.ordinal()] = m.column;
        return header;
    }

    /** One replicate's rows, each starting with {@code leading} when it is not null. */
    public static void writeRows(CsvWriter csv, String leading, ReplicateResult r) throws IOException {
        int width = Metric.count();
        double[][] daily = r.daily();
        for (int d = 0; d < daily.length; d++) {
            if (daily[d].length != width) {
                throw new IllegalArgumentException("replicate " + r.replicate() + " day " + (d + 1) + " has "
                        + daily[d].length + " metric values, expected " + width);
            }
            if (leading != null) csv.text(leading);
            csv.number(r.replicate()).number(r.seed()).number(d + 1);
            for (double v : daily[d]) csv.number(v);
            csv.endRow();
        }
    }
}
