package communitysim.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The finished runs of a folder, read back from its complete, sorted {@code runs.csv} (as
 * {@link Journal#compact} leaves it) one run at a time: each run's final metrics averaged over its
 * replicates, with the standard deviation between them. Only one run's rows are held at once.
 */
public final class RunMeans {

    /** Receives the runs in order; the arrays are reused between calls ({@link FinalMetrics#COLUMNS} order). */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param mean the metrics averaged over the run's replicates
         * @param sd   the standard deviation between the run's replicates (0 with one replicate)
         */
        void run(int run, double[] mean, double[] sd);
    }

    private final Path runsCsv;
    private final RunsTable table;

    RunMeans(Path runsCsv, RunsTable table) {
        this.runsCsv = runsCsv;
        this.table = table;
    }

    public int replicates() {
        return table.replicates();
    }

    public int runs() {
        return table.tasks() / table.replicates();
    }

    public void forEach(Visitor visitor) throws IOException {
        int reps = table.replicates();
        int metrics = FinalMetrics.COLUMNS.size();
        double[] sum = new double[metrics];
        double[] mean = new double[metrics];
        double[] sd = new double[metrics];
        Accumulator[] spread = new Accumulator[metrics];
        try (BufferedReader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (int task = 0; task < table.tasks(); task++) {
                int run = task / reps;
                int replicate = task % reps;
                String line = in.readLine();
                double[] values = line == null ? null : RunsTable.metrics(line.substring(table.prefix(run, replicate).length()));
                if (values == null) throw new IllegalStateException(runsCsv + " has no valid row for run " + run + " replicate " + replicate);
                if (replicate == 0) {
                    Arrays.fill(sum, 0);
                    for (int m = 0; m < metrics; m++) spread[m] = new Accumulator();
                }
                for (int m = 0; m < metrics; m++) {
                    sum[m] += values[m];
                    spread[m].add(values[m]);
                }
                if (replicate == reps - 1) {
                    for (int m = 0; m < metrics; m++) {
                        mean[m] = sum[m] / reps;
                        sd[m] = spread[m].stats().sd();
                    }
                    visitor.run(run, mean, sd);
                }
            }
        }
    }
}
