package communitysim.calibrate;

import communitysim.scenario.ScenarioException;
import communitysim.sweep.Executor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibrates on the history before each origin, forecasts the horizon after it, and scores the
 * forecast and two baselines ({@link Baselines}) against what happened: per period the quantiles
 * and the CRPS, per origin and metric and pooled the coverage of the 50/80/95% central bands and
 * the mean CRPS.
 */
public final class Backtest {
    private Backtest() {}

    /** One scored forecast of one period: the model's or a baseline's. */
    public record Row(long origin, long periodEnd, String metric, String model, double observed, double[] quantiles, double crps) {
        boolean inside(int lower, int upper) {
            return observed >= quantiles[lower] && observed <= quantiles[upper];
        }
    }

    public record Origin(long origin, Calibration.Result calibration, Forecast forecast) {}

    /** The forecast as the command gives it, and the simulations alone before the discrepancy. */
    static final String MODEL = "model", SIMULATED = "simulated";

    public static List<Row> score(Forecast f, long origin) {
        CalibrationPlan plan = f.plan();
        List<Row> rows = new ArrayList<>();
        int train = f.future();
        for (int t = 0; t < plan.targets().size(); t++) {
            Target target = plan.targets().get(t);
            double[] history = new double[train];
            for (int p = 0; p < train; p++) history[p] = f.observed(t, p);
            int horizon = f.periods().size() - train;
            double[][] curve = Baselines.growthCurve(history, target.metric().kind.summedOverPeriods(), horizon);
            for (int p = train; p < f.periods().size(); p++) {
                double y = f.observed(t, p);
                if (Double.isNaN(y)) continue;
                long end = f.periods().get(p)[1];
                double[] model = f.sample(t, p);
                rows.add(new Row(origin, end, target.column(), MODEL, y, Quantiles.of(model), Quantiles.crps(model, y)));
                if (!f.discrepancy().isEmpty()) {
                    double[] sim = f.simulatedSample(t, p);
                    rows.add(new Row(origin, end, target.column(), SIMULATED, y, Quantiles.of(sim), Quantiles.crps(sim, y)));
                }
                double[] last = Baselines.lastValue(history, p - train + 1);
                rows.add(new Row(origin, end, target.column(), Baselines.LAST_VALUE, y, Quantiles.of(last), Quantiles.crps(last, y)));
                double[] g = curve[p - train];
                rows.add(new Row(origin, end, target.column(), Baselines.GROWTH_CURVE, y, Quantiles.of(g), Quantiles.crps(g, y)));
            }
        }
        return rows;
    }

    public static Origin one(CalibrationPlan plan, long origin, int horizonDays, AbcSmc.Settings settings, int draws,
                             Executor executor, AbcSmc.Listener listener, java.nio.file.Path journal, Discrepancy.Mode discrepancy)
            throws IOException, InterruptedException, ObservedException {
        CalibrationPlan training = plan.until(origin - 1);
        if (training.periods().isEmpty()) {
            throw new ObservedException("--origin " + plan.observed().keyText(origin) + ": no whole " + plan.period() + " of data before it");
        }
        Calibration.Result cal = Calibration.run(training, settings, executor, listener, journal);
        try {
            Forecast f = Forecast.run(cal, origin - 1 + horizonDays, List.of(), draws, 1, settings.seed() ^ origin, executor, discrepancy);
            return new Origin(origin, cal, f);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scores per (origin or "all") x metric x model: coverage of the 50/80/95% bands and mean CRPS. */
    public record Score(String origin, String metric, String model, int n, double coverage50, double coverage80, double coverage95, double crps) {}

    public static List<Score> summarise(List<Row> rows, java.util.function.LongFunction<String> keyText) {
        java.util.Map<List<String>, List<Row>> groups = new java.util.LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(List.of(keyText.apply(r.origin()), r.metric(), r.model()), k -> new ArrayList<>()).add(r);
            groups.computeIfAbsent(List.of("all", r.metric(), r.model()), k -> new ArrayList<>()).add(r);
            groups.computeIfAbsent(List.of("all", "all", r.model()), k -> new ArrayList<>()).add(r);
        }
        List<Score> out = new ArrayList<>();
        for (var e : groups.entrySet()) {
            List<Row> g = e.getValue();
            double c50 = 0, c80 = 0, c95 = 0, crps = 0;
            for (Row r : g) {
                c50 += r.inside(2, 4) ? 1 : 0;
                c80 += r.inside(1, 5) ? 1 : 0;
                c95 += r.inside(0, 6) ? 1 : 0;
                crps += r.crps();
            }
            int n = g.size();
            out.add(new Score(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), n, c50 / n, c80 / n, c95 / n, crps / n));
        }
        // origins in order with "all" last, metrics in target order with "all" last, the model before its baselines
        List<String> origins = new ArrayList<>(), metrics = new ArrayList<>();
        for (Row r : rows) {
            String o = keyText.apply(r.origin());
            if (!origins.contains(o)) origins.add(o);
            if (!metrics.contains(r.metric())) metrics.add(r.metric());
        }
        origins.add("all");
        metrics.add("all");
        List<String> models = List.of(MODEL, SIMULATED, Baselines.LAST_VALUE, Baselines.GROWTH_CURVE);
        out.sort(java.util.Comparator.comparingInt((Score s) -> origins.indexOf(s.origin()))
                .thenComparingInt(s -> metrics.indexOf(s.metric())).thenComparingInt(s -> models.indexOf(s.model())));
        return out;
    }
}
