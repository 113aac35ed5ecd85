package communitysim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.sensitivity.Bootstrap;
import communitysim.sensitivity.Method;
import communitysim.sensitivity.MorrisDesign;
import communitysim.sensitivity.MorrisIndices;
import communitysim.sensitivity.Outputs;
import communitysim.sensitivity.SobolIndices;
import communitysim.sweep.Completion;
import communitysim.sweep.Design;
import communitysim.sweep.Dimension;
import communitysim.sweep.FinalMetrics;
import communitysim.sweep.RunMeans;
import communitysim.sweep.Sweep;
import communitysim.sweep.SweepPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A sensitivity folder: a sweep folder ({@code runs.csv}, {@code design.csv}, {@code manifest.json},
 * resumable in {@code DIR.partial}) whose design is Morris trajectories or a Saltelli design, and
 * whose completion writes {@code indices.csv}, the charts, {@code report.html} and {@code index.html}.
 * The metrics are read from the finished runs one run at a time, so only the asked metrics' final
 * values (a few numbers per design point) are ever held.
 */
public final class SensitivityFolder implements Completion {
    public static final String INDICES = "indices.csv";
    public static final String REPORT = "report.html";

    private final Method method;
    private final int n;
    private final List<String> metrics;

    private SensitivityFolder(Method method, int n, List<String> metrics) {
        this.method = method;
        this.n = n;
        this.metrics = List.copyOf(metrics);
    }

    /**
     * {@code sweep} set up as the {@code sensitivity} command runs it: the method's design of {@code n}
     * trajectories or base samples, then the indices of {@code metrics} (columns of {@code runs.csv}).
     */
    public static Sweep configure(Sweep sweep, Method method, int n, List<String> metrics) {
        for (String m : metrics) {
            if (!FinalMetrics.COLUMNS.contains(m)) throw new IllegalArgumentException("not a runs.csv metric: " + m);
        }
        return sweep.analysis(method.sampler(), n, (k, seed) -> method.points(n, k, seed),
                new SensitivityFolder(method, n, metrics));
    }

    @Override
    public void describe(ObjectNode manifest) {
        ObjectNode s = manifest.putObject("sensitivity");
        s.put("method", method.label());
        s.put("n", n);
        s.put("nCounts", method.counts);
        if (method == Method.MORRIS) {
            s.put("design", "Morris trajectories on a " + MorrisDesign.LEVELS + "-level grid, step delta = p/(2(p-1)) = "
                    + Numbers.format(MorrisDesign.delta(MorrisDesign.LEVELS)) + " of each range; run t(k+1)+s is point s of"
                    + " trajectory t; trajectory t draws from Streams.derive(baseSeed, t, 0, 0x303)");
            s.put("estimators", "elementary effects per unit of range; mu, mu* (Campolongo 2007), sigma");
        } else {
            s.put("design", "Saltelli (2010): A and B from the first N points (after the all-zero one) of a Sobol sequence"
                    + " of dimension 2k (commons-math3); run j(k+2) is A_j, then B_j, then A_B^1_j..A_B^k_j");
            s.put("estimators", "Jansen first and total order, replicate noise variance subtracted (see docs/sensitivity.md)");
        }
        ArrayNode m = s.putArray("metrics");
        metrics.forEach(m::add);
        ObjectNode b = s.putObject("bootstrap");
        b.put("draws", Bootstrap.DRAWS);
        b.put("level", Bootstrap.LEVEL);
        b.put("resamples", method == Method.MORRIS ? "trajectories" : "base rows");
        b.put("stream", "metric column c of runs.csv draws from MersenneTwisterFast(Streams.derive(baseSeed, c, 0, 0xb007))");
        s.put("file", INDICES);
    }

    /** One metric's indices. */
    record Result(String metric, MorrisIndices morris, SobolIndices sobol) {
        double noiseShare() {
            return morris != null ? morris.noiseShare() : sobol.noiseShare();
        }
    }

    @Override
    public void write(Path folder, SweepPlan plan, RunMeans runs) throws IOException {
        Design design = plan.design();
        int k = design.dimensions().size();
        int points = runs.runs();
        int reps = runs.replicates();
        int[] column = metrics.stream().mapToInt(FinalMetrics.COLUMNS::indexOf).toArray();
        double[][] mean = new double[metrics.size()][points];
        double[][] noise = new double[metrics.size()][points];
        runs.forEach((run, m, sd) -> {
            for (int q = 0; q < column.length; q++) {
                mean[q][run] = m[column[q]];
                noise[q][run] = reps < 2 ? Double.NaN : sd[column[q]] * sd[column[q]] / reps;
            }
        });
        List<Result> results = new ArrayList<>();
        for (int q = 0; q < metrics.size(); q++) {
            Outputs y = new Outputs(mean[q], noise[q]);
            long seed = Bootstrap.seed(plan.baseSeed(), column[q]);
            results.add(method == Method.MORRIS
                    ? new Result(metrics.get(q), MorrisIndices.of(method.points(n, k, plan.baseSeed()), asRun(design), y, n, seed), null)
                    : new Result(metrics.get(q), null, SobolIndices.of(y, n, k, seed)));
        }
        List<String> parameters = design.dimensions().stream().map(Dimension::path).toList();
        writeIndices(folder.resolve(INDICES), parameters, results);
        List<IndexPage.Figure> figures = SensitivityCharts.writeAll(method, parameters, results, plan, folder);
        SensitivityReport.write(folder, method, n, plan, parameters, results, figures);
        Files.copy(folder.resolve(REPORT), folder.resolve(IndexPage.FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Each run's knob values as fractions of their ranges, as they were run (integer knobs rounded). */
    private static double[][] asRun(Design design) {
        List<Dimension> dims = design.dimensions();
        double[][] x = new double[design.runs()][dims.size()];
        for (int run = 0; run < x.length; run++) {
            for (int d = 0; d < dims.size(); d++) {
                Dimension dim = dims.get(d);
                x[run][d] = (design.value(run, d).number() - dim.lo()) / (dim.hi() - dim.lo());
            }
        }
        return x;
    }

    private void writeIndices(Path file, List<String> parameters, List<Result> results) throws IOException {
        String[] header = method == Method.MORRIS
                ? new String[] {"metric", "parameter", "method", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "sigma", "mu",
                        "noise_share"}
                : new String[] {"metric", "parameter", "method", "S1", "S1_ci_low", "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high",
                        "noise_share"};
        try (CsvWriter csv = new CsvWriter(file, header)) {
            for (Result r : results) {
                for (int i = 0; i < parameters.size(); i++) {
                    csv.text(r.metric()).text(parameters.get(i)).text(method.label());
                    if (r.morris() != null) {
                        MorrisIndices m = r.morris();
                        csv.number(m.muStar()[i]).number(m.muStarLow()[i]).number(m.muStarHigh()[i]).number(m.sigma()[i])
                                .number(m.mu()[i]);
                    } else {
                        SobolIndices s = r.sobol();
                        csv.number(s.s1()[i]).number(s.s1Low()[i]).number(s.s1High()[i]).number(s.st()[i])
                                .number(s.stLow()[i]).number(s.stHigh()[i]);
                    }
                    csv.number(r.noiseShare());
                    csv.endRow();
                }
            }
        }
    }
}
