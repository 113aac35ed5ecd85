package communitysim.calibrate;

import communitysim.output.Numbers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import communitysim.output.BuildInfo;
import communitysim.output.CsvWriter;
import communitysim.output.Json;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A calibration folder: {@code posterior.csv} (weighted particles), {@code calibrated.yaml} (the
 * scenario at the posterior medians, runnable as is), {@code fit.csv} (observed against the
 * posterior-predictive quantiles of the last population's simulations, per period and target),
 * {@code ppc.csv} and {@code summary.json} (the posterior predictive check: {@link PredictiveCheck}),
 * {@code generations.csv}, {@code charts/}, {@code report.html}, {@code manifest.json}.
 */
public final class CalibrationFiles {
    public static final String POSTERIOR = "posterior.csv", CALIBRATED = "calibrated.yaml", FIT = "fit.csv",
            MANIFEST = "manifest.json", GENERATIONS = "generations.csv", REPORT = "report.html", PPC = "ppc.csv", SUMMARY = "summary.json";

    private CalibrationFiles() {}

    /**
     * @param command what the user ran (its arguments), recorded so that {@code forecast} can rebuild the plan
     */
    public static void write(Calibration.Result result, ObjectNode command, Path dir) throws IOException {
        CalibrationPlan plan = result.plan();
        AbcSmc.Population post = result.posterior();
        List<Parameter> params = plan.params();
        String[] header = new String[params.size() + 2];
        header[0] = "weight";
        header[1] = "seed";
        for (int k = 0; k < params.size(); k++) header[k + 2] = params.get(k).path();
        try (CsvWriter csv = new CsvWriter(dir.resolve(POSTERIOR), header)) {
            for (int i = 0; i < post.size(); i++) {
                csv.text(Numbers.format(post.weights()[i])).number(post.seeds()[i]);
                for (int k = 0; k < params.size(); k++) {
                    double v = post.theta()[i][k];
                    csv.text(Numbers.format(plan.isInteger(k) ? Math.round(v) : v));
                }
                csv.endRow();
            }
        }
        try (CsvWriter csv = new CsvWriter(dir.resolve(GENERATIONS), "generation", "tolerance", "acceptance", "effective_size")) {
            for (AbcSmc.Population p : result.populations()) {
                csv.number(p.generation()).text(Double.isInfinite(p.tolerance()) ? "" : Numbers.format(p.tolerance()))
                        .text(Numbers.format(p.acceptance())).text(Numbers.format(p.effectiveSize()));
                csv.endRow();
            }
        }
        writeCalibrated(result, dir.resolve(CALIBRATED));
        double[][][] q = fitQuantiles(result);
        writeFit(plan, q, dir.resolve(FIT));
        PredictiveCheck check = PredictiveCheck.of(result);
        try (CsvWriter csv = new CsvWriter(dir.resolve(PPC), PredictiveCheck.COLUMNS)) {
            check.writeRows(csv, plan.observed());
        }
        ObjectNode summary = Json.object();
        summary.set("fit_check", check.json());
        Json.write(dir.resolve(SUMMARY), summary);
        Path charts = Files.createDirectories(dir.resolve("charts"));
        double[] obs = plan.observedVector();
        int np = plan.periods().size();
        List<String[]> figures = new ArrayList<>();
        for (int t = 0; t < plan.targets().size(); t++) {
            Target target = plan.targets().get(t);
            double[] o = new double[np];
            System.arraycopy(obs, t * np, o, 0, np);
            String file = "fit-" + target.column() + ".png";
            FanChart.write(target.column() + " (" + plan.period() + "): observed and the fitted model", FanChart.yLabel(target, plan.period()),
                    plan.observed().dated(), plan.periods(), q[t], o, null, charts.resolve(file));
            figures.add(new String[] {"charts/" + file, "Observed " + target.column() + " per " + plan.period()
                    + " (dots) and the 50% and 90% bands of the accepted simulations (model metric " + target.metric().column + ")."});
        }
        for (int k = 0; k < params.size(); k++) {
            String file = "posterior-" + params.get(k).path().replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
            PosteriorChart.marginal(result, k, charts.resolve(file));
            figures.add(new String[] {"charts/" + file, "Posterior of " + params.get(k).path() + " (bars) over its prior range "
                    + Numbers.format(params.get(k).lo()) + " to " + Numbers.format(params.get(k).hi()) + (params.get(k).log() ? ", log scale" : "") + "."});
        }
        if (params.size() >= 2) {
            PosteriorChart.pairs(result, charts.resolve("posterior-pairs.png"));
            figures.add(new String[] {"charts/posterior-pairs.png", "Pairs of fitted knobs: each dot a particle, darker for more weight. A ridge means the data pin down a combination, not each knob."});
        }
        ObjectNode manifest = manifest(result, command);
        Json.write(dir.resolve(MANIFEST), manifest);
        Report.calibration(result, check, figures, dir.resolve(REPORT));
        Report.index(dir);
    }

    static ObjectNode manifest(Calibration.Result result, ObjectNode command) {
        CalibrationPlan plan = result.plan();
        ObjectNode m = Json.object();
        m.put("tool", "communitysim " + BuildInfo.version());
        m.set("command", command);
        m.put("method", "ABC-SMC: adaptive tolerance (weighted quantile " + Numbers.format(result.settings().quantile())
                + " of the previous population's distances), per-summary MAD scales, Gaussian kernel of twice the weighted covariance");
        m.put("particles", result.settings().particles());
        m.put("budget", result.settings().budget());
        m.put("seed", result.settings().seed());
        m.put("seed_rule", "proposal i of generation g simulates on Streams.derive(seed, 0xabc2, g, i) >>> 11; replicate r > 0 on Seeds.of(that, 0, r)");
        m.put("simulations", result.simulations());
        m.put("generations", result.populations().size());
        m.put("model_day_0", plan.observed().keyText(plan.start()));
        m.put("window_from", plan.observed().keyText(plan.from()));
        m.put("window_until", plan.observed().keyText(plan.until()));
        m.put("periods", plan.periods().size());
        ArrayNode medians = m.putArray("posterior_medians");
        double[] med = result.medians();
        for (int k = 0; k < med.length; k++) {
            ObjectNode p = medians.addObject();
            p.put("path", plan.params().get(k).path());
            p.put("median", Numbers.format(med[k]));
            p.put("q05", Numbers.format(result.quantile(k, 0.05)));
            p.put("q95", Numbers.format(result.quantile(k, 0.95)));
            p.put("width_vs_prior", Numbers.format(Calibration.widthShare(result, k)));
        }
        m.put("start", result.start().toString());
        m.put("end", result.end().toString());
        m.put("wall_seconds", Numbers.format((result.end().toEpochMilli() - result.start().toEpochMilli()) / 1000.0));
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    /** Posterior-predictive quantiles from the last population: {@code [target][period][quantile]}, weighted by resampling. */
    static double[][][] fitQuantiles(Calibration.Result result) {
        CalibrationPlan plan = result.plan();
        AbcSmc.Population post = result.posterior();
        int np = plan.periods().size();
        double[][][] q = new double[plan.targets().size()][np][];
        for (int t = 0; t < q.length; t++) {
            for (int p = 0; p < np; p++) {
                double[] v = new double[post.size()];
                for (int i = 0; i < v.length; i++) v[i] = post.summaries()[i][t * np + p];
                q[t][p] = weightedQuantiles(v, post.weights());
            }
        }
        return q;
    }

    static double[] weightedQuantiles(double[] v, double[] w) {
        double[] q = new double[Quantiles.LEVELS.length];
        for (int i = 0; i < q.length; i++) q[i] = AbcSmc.weightedQuantile(v, w, Quantiles.LEVELS[i]);
        return q;
    }

    private static void writeFit(CalibrationPlan plan, double[][][] q, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of(plan.observed().dated() ? "date" : "day", "target", "metric", "observed"));
        header.addAll(List.of(Quantiles.COLUMNS));
        double[] obs = plan.observedVector();
        int np = plan.periods().size();
        try (CsvWriter csv = new CsvWriter(file, header.toArray(String[]::new))) {
            for (int t = 0; t < plan.targets().size(); t++) {
                for (int p = 0; p < np; p++) {
                    csv.text(plan.observed().keyText(plan.periods().get(p)[1])).text(plan.targets().get(t).column())
                            .text(plan.targets().get(t).metric().column).text(Numbers.format(obs[t * np + p]));
                    for (double v : q[t][p]) csv.text(Numbers.format(v));
                    csv.endRow();
                }
            }
        }
    }

    private static void writeCalibrated(Calibration.Result result, Path file) throws IOException {
        CalibrationPlan plan = result.plan();
        double[] med = result.medians();
        LoadedScenario calibrated;
        try {
            calibrated = ScenarioLoader.withOverrides(plan.base(), plan.overrides(med));
        } catch (ScenarioException e) {
            throw new IllegalStateException("posterior medians lie inside the checked priors: " + e.getMessage(), e);
        }
        ObjectNode tree = calibrated.resolved().deepCopy();
        tree.put("description", "Calibrated by communitysim to " + plan.observed().file().getFileName() + " ("
                + plan.observed().keyText(plan.from()) + " to " + plan.observed().keyText(plan.until()) + ", per " + plan.period()
                + "); fitted knobs at their posterior medians: " + String.join(", ", plan.overrides(med)) + ".");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        String header = "# Written by communitysim calibrate: the scenario with every default filled in and the fitted\n"
                + "# knobs at their posterior medians (posterior.csv holds the whole posterior).\n"
                + "# Run it as is: ./communitysim run " + file.getFileName() + "\n";
        Files.writeString(file, header + yaml.writeValueAsString(tree));
    }

    /**
     * Reads a calibration folder back: the plan rebuilt from the command recorded in its manifest
     * (the scenario and observed files must still be where they were) and the posterior from
     * {@code posterior.csv}.
     */
    public static Calibration.Result read(Path dir) throws ObservedException, ScenarioException {
        Path manifest = dir.resolve(MANIFEST);
        Path posterior = dir.resolve(POSTERIOR);
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(posterior)) {
            throw new ObservedException(dir + ": not a calibration folder (no " + MANIFEST + " or " + POSTERIOR + ")");
        }
        com.fasterxml.jackson.databind.JsonNode m;
        try {
            m = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
            throw new ObservedException(manifest + ": not readable JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        com.fasterxml.jackson.databind.JsonNode c = m.path("command");
        if (!c.isObject()) throw new ObservedException(manifest + ": no command recorded; was it written by calibrate?");
        List<String> fit = new ArrayList<>(), target = new ArrayList<>(), set = new ArrayList<>();
        c.path("fit").forEach(v -> fit.add(v.asText()));
        c.path("target").forEach(v -> target.add(v.asText()));
        c.path("set").forEach(v -> set.add(v.asText()));
        CalibrationPlan plan = CalibrationPlan.of(Path.of(c.path("scenario").asText()), set, Path.of(c.path("observed").asText()), fit, target,
                c.hasNonNull("from") ? c.get("from").asText() : null, c.hasNonNull("until") ? c.get("until").asText() : null,
                Period.valueOf(c.path("period").asText("month")), c.path("reps").asInt(1));
        List<String> lines;
        try {
            lines = Files.readAllLines(posterior);
        } catch (IOException e) {
            throw new ObservedException(posterior + ": not readable (" + e.getMessage() + ")");
        }
        int k = plan.params().size();
        List<double[]> theta = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != k + 2) throw new ObservedException(posterior + ":" + (i + 1) + ": expected " + (k + 2) + " cells, got " + cells.length);
            try {
                weights.add(Double.parseDouble(cells[0]));
                seeds.add(Long.parseLong(cells[1]));
                double[] t = new double[k];
                for (int j = 0; j < k; j++) t[j] = Double.parseDouble(cells[j + 2]);
                theta.add(t);
            } catch (NumberFormatException e) {
                throw new ObservedException(posterior + ":" + (i + 1) + ": not a number (" + e.getMessage() + ")");
            }
        }
        if (theta.isEmpty()) throw new ObservedException(posterior + ": no particles");
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double[] w = weights.stream().mapToDouble(x -> x / total).toArray();
        AbcSmc.Population pop = new AbcSmc.Population(-1, theta.toArray(double[][]::new), w, null,
                seeds.stream().mapToLong(Long::longValue).toArray(), null, Double.NaN, Double.NaN, null);
        AbcSmc.Settings settings = AbcSmc.Settings.defaults(Math.max(2, theta.size()), Math.max(theta.size(), c.path("budget").asInt(theta.size())), c.path("seed").asLong(1));
        java.time.Instant now = java.time.Instant.now();
        return new Calibration.Result(plan, settings, List.of(pop), 0, now, now);
    }

}
