package communitysim.sweep;

import communitysim.metrics.SummaryStats;
import communitysim.output.CsvWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Main effects: for each varied knob and each of its levels (an LHS dimension's quantile bins), the
 * mean of every final metric over the runs at that level, with a 95% CI. The unit is the run: a
 * run's replicates are averaged first, so n counts design points and the interval reflects how the
 * metric moves with the other knobs as well as replicate noise. Computed in one pass over the
 * sorted {@code runs.csv}, keeping only one accumulator per (knob, level, metric).
 *
 * <p>Beside it, the noise scale: the spread between replicates of one run (pooled over the runs at a
 * level), which says how much of a level-to-level difference one seed more or less could make. A level
 * with one run has no interval at all (nothing to estimate a spread from), not a zero-width one.
 */
final class MainEffects {
    static final String FILE = "main_effects.csv";

    private final Design design;
    private final Accumulator[][][] byLevel;
    /** Per (knob, level, metric): the sum over runs of the variance between a run's replicates. */
    private final double[][][] replicateVariance;
    private final int replicates;

    private MainEffects(Design design, int replicates) {
        this.design = design;
        this.replicates = replicates;
        int metrics = FinalMetrics.COLUMNS.size();
        byLevel = new Accumulator[design.dimensions().size()][][];
        replicateVariance = new double[byLevel.length][][];
        for (int d = 0; d < byLevel.length; d++) {
            replicateVariance[d] = new double[design.levels(d).size()][metrics];
            byLevel[d] = new Accumulator[design.levels(d).size()][metrics];
            for (Accumulator[] level : byLevel[d]) for (int m = 0; m < metrics; m++) level[m] = new Accumulator();
        }
    }

    /** One pass over the finished runs, keeping one accumulator per (knob, level, metric). */
    static MainEffects of(RunMeans runs, Design design) throws IOException {
        MainEffects effects = new MainEffects(design, runs.replicates());
        runs.forEach(effects::addRun);
        return effects;
    }

    private void addRun(int run, double[] mean, double[] replicateSd) {
        for (int d = 0; d < byLevel.length; d++) {
            int l = design.levelOf(run, d);
            for (int m = 0; m < mean.length; m++) {
                byLevel[d][l][m].add(mean[m]);
                replicateVariance[d][l][m] += replicateSd[m] * replicateSd[m];
            }
        }
    }

    SummaryStats stats(int dimension, int level, int metric) {
        return byLevel[dimension][level][metric].stats();
    }

    /**
     * The standard deviation between replicates of one run, pooled over the level's runs (the root of
     * their mean variance: every run has the same replicates); NaN with one replicate per run.
     */
    double replicateSd(int dimension, int level, int metric) {
        int runs = byLevel[dimension][level][metric].stats().n();
        if (replicates < 2 || runs == 0) return Double.NaN;
        return Math.sqrt(replicateVariance[dimension][level][metric] / runs);
    }

    /**
     * {@code parameter,level,level_low,level_high,metric,n,mean,sd,ci_low,ci_high,replicate_sd}: knob, level,
     * metric order. With n = 1, sd and the interval are empty: they cannot be computed.
     */
    void write(Path file) throws IOException {
        List<Dimension> dims = design.dimensions();
        try (CsvWriter csv = new CsvWriter(file, "parameter", "level", "level_low", "level_high", "metric", "n", "mean",
                "sd", "ci_low", "ci_high", "replicate_sd")) {
            for (int d = 0; d < dims.size(); d++) {
                List<Level> levels = design.levels(d);
                for (int l = 0; l < levels.size(); l++) {
                    Level level = levels.get(l);
                    for (int m = 0; m < FinalMetrics.COLUMNS.size(); m++) {
                        SummaryStats s = stats(d, l, m);
                        boolean spread = s.n() >= 2;
                        csv.text(dims.get(d).path()).text(level.name()).text(level.low()).text(level.high())
                                .text(FinalMetrics.COLUMNS.get(m)).number(s.n()).number(s.mean())
                                .number(spread ? s.sd() : Double.NaN).number(spread ? s.ciLow() : Double.NaN)
                                .number(spread ? s.ciHigh() : Double.NaN).number(replicateSd(d, l, m));
                        csv.endRow();
                    }
                }
            }
        }
    }
}
