package communitysim.sweep;

import communitysim.metrics.SummaryStats;
import communitysim.output.CsvWriter;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Main effects: for each varied knob and each of its levels (an LHS dimension's quantile bins), the
 * mean of every final metric over the runs at that level, with a 95% CI. The unit is the run: a
 * run's replicates are averaged first, so n counts design points and the interval reflects how the
 * metric moves with the other knobs as well as replicate noise. Computed in one pass over the
 * sorted {@code runs.csv}, keeping only one accumulator per (knob, level, metric).
 */
final class MainEffects {
    static final String FILE = "main_effects.csv";

    private final Design design;
    private final Accumulator[][][] byLevel;

    private MainEffects(Design design) {
        this.design = design;
        int metrics = FinalMetrics.COLUMNS.size();
        byLevel = new Accumulator[design.dimensions().size()][][];
        for (int d = 0; d < byLevel.length; d++) {
            byLevel[d] = new Accumulator[design.levels(d).size()][metrics];
            for (Accumulator[] level : byLevel[d]) for (int m = 0; m < metrics; m++) level[m] = new Accumulator();
        }
    }

    /** Reads a complete, sorted {@code runs.csv} (as {@link Journal#compact} leaves it). */
    static MainEffects of(Path runsCsv, RunsTable table, Design design) throws IOException {
        MainEffects effects = new MainEffects(design);
        int reps = table.replicates();
        double[] runSum = new double[FinalMetrics.COLUMNS.size()];
        try (BufferedReader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (int task = 0; task < table.tasks(); task++) {
                int run = task / reps;
                int replicate = task % reps;
                String line = in.readLine();
                double[] values = line == null ? null : RunsTable.metrics(line.substring(table.prefix(run, replicate).length()));
                if (values == null) throw new IllegalStateException(runsCsv + " has no valid row for run " + run + " replicate " + replicate);
                for (int m = 0; m < runSum.length; m++) runSum[m] += values[m];
                if (replicate == reps - 1) {
                    effects.addRun(run, runSum, reps);
                    Arrays.fill(runSum, 0);
                }
            }
        }
        return effects;
    }

    private void addRun(int run, double[] sum, int reps) {
        for (int d = 0; d < byLevel.length; d++) {
            Accumulator[] level = byLevel[d][design.levelOf(run, d)];
            for (int m = 0; m < sum.length; m++) level[m].add(sum[m] / reps);
        }
    }

    SummaryStats stats(int dimension, int level, int metric) {
        return byLevel[dimension][level][metric].stats();
    }

    /** {@code parameter,level,level_low,level_high,metric,n,mean,sd,ci_low,ci_high}: knob, level, metric order. */
    void write(Path file) throws IOException {
        List<Dimension> dims = design.dimensions();
        try (CsvWriter csv = new CsvWriter(file, "parameter", "level", "level_low", "level_high", "metric", "n", "mean",
                "sd", "ci_low", "ci_high")) {
            for (int d = 0; d < dims.size(); d++) {
                List<Level> levels = design.levels(d);
                for (int l = 0; l < levels.size(); l++) {
                    Level level = levels.get(l);
                    for (int m = 0; m < FinalMetrics.COLUMNS.size(); m++) {
                        SummaryStats s = stats(d, l, m);
                        csv.text(dims.get(d).path()).text(level.name()).text(level.low()).text(level.high())
                                .text(FinalMetrics.COLUMNS.get(m)).number(s.n()).number(s.mean()).number(s.sd())
                                .number(s.ciLow()).number(s.ciHigh());
                        csv.endRow();
                    }
                }
            }
        }
    }
}
