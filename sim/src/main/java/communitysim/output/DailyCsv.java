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

    /** With a {@code date} column after {@code day} when the scenario sets {@code startDate}. */
    static void write(List<ReplicateResult> replicates, Path dir, communitysim.scenario.Scenario scenario) throws IOException {
        String[] header = header();
        if (scenario.startDate() != null) {
            String[] dated = new String[header.length + 1];
            System.arraycopy(header, 0, dated, 0, 3);
            dated[3] = "date";
            System.arraycopy(header, 3, dated, 4, header.length - 3);
            header = dated;
        }
        java.time.LocalDate start = scenario.dateOf(0);
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), header)) {
            for (ReplicateResult r : replicates) writeRows(csv, null, r, start);
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
        writeRows(csv, leading, r, null);
    }

    /** The same, with the calendar date of each day after {@code day} when {@code start} (day 0) is not null. */
    public static void writeRows(CsvWriter csv, String leading, ReplicateResult r, java.time.LocalDate start) throws IOException {
        int width = Metric.count();
        double[][] daily = r.daily();
        for (int d = 0; d < daily.length; d++) {
            if (daily[d].length != width) {
                throw new IllegalArgumentException("replicate " + r.replicate() + " day " + (d + 1) + " has "
                        + daily[d].length + " metric values, expected " + width);
            }
            if (leading != null) csv.text(leading);
            csv.number(r.replicate()).number(r.seed()).number(d + 1);
            if (start != null) csv.text(start.plusDays(d + 1).toString());
            for (double v : daily[d]) csv.number(v);
            csv.endRow();
        }
    }
}
