package communitysim.calibrate;

import communitysim.output.Numbers;
import communitysim.output.CsvWriter;
import communitysim.output.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A back-test folder: {@code backtest.csv}, {@code scores.csv}, {@code ppc.csv} and {@code summary.json}
 * (each origin's calibration checked in sample: {@link PredictiveCheck}), a fan chart per origin and
 * target, {@code report.html}.
 */
public final class BacktestFiles {
    private BacktestFiles() {}

    /** @param scores {@link Backtest#summarise} of {@code rows} */
    public static void write(List<Backtest.Origin> origins, List<Backtest.Row> rows, List<Backtest.Score> scores, Path dir) throws IOException {
        CalibrationPlan plan = origins.get(0).forecast().plan();
        List<String> header = new ArrayList<>(List.of("origin", "date", "metric", "model", "observed"));
        header.addAll(List.of(Quantiles.COLUMNS));
        header.add("crps");
        try (CsvWriter csv = new CsvWriter(dir.resolve("backtest.csv"), header.toArray(String[]::new))) {
            for (Backtest.Row r : rows) {
                csv.text(plan.observed().keyText(r.origin())).text(plan.observed().keyText(r.periodEnd())).text(r.metric()).text(r.model())
                        .text(Numbers.format(r.observed()));
                for (double q : r.quantiles()) csv.text(Numbers.format(q));
                csv.text(Numbers.format(r.crps()));
                csv.endRow();
            }
        }
        try (CsvWriter csv = new CsvWriter(dir.resolve("scores.csv"), "origin", "metric", "model", "n", "coverage50", "coverage80", "coverage95", "crps")) {
            for (Backtest.Score s : scores) {
                csv.text(s.origin()).text(s.metric()).text(s.model()).number(s.n()).text(Numbers.format(s.coverage50()))
                        .text(Numbers.format(s.coverage80())).text(Numbers.format(s.coverage95())).text(Numbers.format(s.crps()));
                csv.endRow();
            }
        }
        List<String> ppcHeader = new ArrayList<>(List.of("origin"));
        ppcHeader.addAll(List.of(PredictiveCheck.COLUMNS));
        List<PredictiveCheck> checks = new ArrayList<>();
        var summary = Json.object();
        var perOrigin = summary.putArray("origins");
        try (CsvWriter csv = new CsvWriter(dir.resolve(CalibrationFiles.PPC), ppcHeader.toArray(String[]::new))) {
            for (Backtest.Origin o : origins) {
                PredictiveCheck check = PredictiveCheck.of(o.calibration());
                checks.add(check);
                check.writeRows(csv, plan.observed(), plan.observed().keyText(o.origin()));
                var entry = perOrigin.addObject();
                entry.put("origin", plan.observed().keyText(o.origin()));
                entry.set("fit_check", check.json());
            }
        }
        summary.put("passes", checks.stream().allMatch(PredictiveCheck::passes));
        Json.write(dir.resolve(CalibrationFiles.SUMMARY), summary);
        Path charts = Files.createDirectories(dir.resolve("charts"));
        List<String[]> figures = new ArrayList<>();
        for (Backtest.Origin o : origins) {
            Forecast f = o.forecast();
            int np = f.periods().size();
            for (int t = 0; t < plan.targets().size(); t++) {
                double[][] q = new double[np][];
                double[] obs = new double[np];
                for (int p = 0; p < np; p++) {
                    q[p] = Quantiles.of(f.sample(t, p));
                    obs[p] = f.observed(t, p);
                }
                String name = "origin-" + plan.observed().keyText(o.origin()) + "-" + plan.targets().get(t).column() + ".png";
                FanChart.write(plan.targets().get(t).column() + ": fitted before " + plan.observed().keyText(o.origin()) + ", then forecast",
                        FanChart.yLabel(plan.targets().get(t), plan.period()), plan.observed().dated(), f.periods(),
                        FanChart.firstShown(plan.period(), f.future(), np), q, obs, o.origin() - 1, charts.resolve(name));
                figures.add(new String[] {"charts/" + name, "Origin " + plan.observed().keyText(o.origin()) + ", " + plan.targets().get(t).column()
                        + ": model bands (50%, 90%) and observed dots; right of the dashed line the model had not seen the data"
                        + (f.discrepancy().isEmpty() ? "." : ", and the forecast is the simulations plus the gap between data and model carried forward (the discrepancy), so it starts where the data is.")});
            }
        }
        StringBuilder b = Report.head("Back-test against " + plan.observed().file().getFileName());
        b.append("<p>").append(origins.size()).append(" origins; at each the model was calibrated on the history before it and forecast")
                .append(" the periods after it. Coverage: share of observed periods inside the model's central 50/80/95% band (a calibrated")
                .append(" forecast covers about 50/80/95%; far less is overconfident, far more is vague). CRPS: lower is better.</p>");
        b.append("<h2>Fit check at each origin</h2><p>Before trusting a forecast, check that the calibration it starts from reproduces")
                .append(" the history it was fitted to: each observed ").append(plan.observed().dense() ? plan.period().name() : "checkpoint")
                .append(" before the origin against the accepted simulations (no discrepancy). ").append(Report.esc(Report.CHECK_RULE)).append("</p>");
        for (int i = 0; i < origins.size(); i++) {
            b.append("<h3>Origin ").append(Report.esc(plan.observed().keyText(origins.get(i).origin()))).append("</h3>");
            checks.get(i).html(b, "");
        }
        b.append("<h2>Pooled scores</h2><table><tr><th>metric</th><th>model</th><th>n</th><th>50%</th><th>80%</th><th>95%</th><th>CRPS</th></tr>");
        for (Backtest.Score s : scores) {
            if (!s.origin().equals("all")) continue;
            b.append("<tr><td>").append(Report.esc(s.metric())).append("</td><td>").append(Report.esc(s.model())).append("</td><td>").append(s.n())
                    .append("</td><td>").append(pct(s.coverage50())).append("</td><td>").append(pct(s.coverage80())).append("</td><td>")
                    .append(pct(s.coverage95())).append("</td><td>").append(Report.read(s.crps())).append("</td></tr>");
        }
        b.append("</table>");
        Report.figures(b, figures);
        b.append("<p>Data: <a href=\"backtest.csv\">backtest.csv</a>, <a href=\"scores.csv\">scores.csv</a>, <a href=\"ppc.csv\">ppc.csv</a>,")
                .append(" <a href=\"summary.json\">summary.json</a>, <a href=\"manifest.json\">manifest.json</a>.</p></body></html>\n");
        Files.writeString(dir.resolve("report.html"), b);
        Report.index(dir);
    }

    private static String pct(double v) {
        return Math.round(100 * v) + "%";
    }
}
