package communitysim.calibrate;

import communitysim.output.Numbers;
import communitysim.output.CsvWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A forecast folder: {@code forecast.csv}, a fan chart per target, {@code report.html}. */
public final class ForecastFiles {
    private ForecastFiles() {}

    /** One object per target: the fitted local level of its discrepancy, or that it was left as simulated. */
    public static void discrepancy(Forecast f, com.fasterxml.jackson.databind.node.ArrayNode out) {
        for (int t = 0; t < f.discrepancy().size(); t++) {
            Discrepancy.Fit d = f.discrepancy().get(t);
            var o = out.addObject().put("target", f.plan().targets().get(t).column()).put("fitted", d.fitted());
            if (d.fitted()) o.put("alpha", number(d.alpha())).put("level", number(d.level())).put("error_sd", number(d.errorSd()))
                    .put("excess_sd", number(d.excessSd())).put("errors", d.errors());
        }
    }

    private static java.math.BigDecimal number(double v) {
        return new java.math.BigDecimal(Numbers.format(v));
    }

    public static void write(Forecast f, String policy, Path dir) throws IOException {
        CalibrationPlan plan = f.plan();
        List<String> header = new ArrayList<>(List.of(plan.observed().dated() ? "date" : "day", "metric", "target"));
        header.addAll(List.of(Quantiles.COLUMNS));
        header.add("observed");
        int np = f.periods().size();
        double[][][] q = new double[plan.targets().size()][np][];
        try (CsvWriter csv = new CsvWriter(dir.resolve("forecast.csv"), header.toArray(String[]::new))) {
            for (int t = 0; t < plan.targets().size(); t++) {
                for (int p = 0; p < np; p++) {
                    q[t][p] = Quantiles.of(f.sample(t, p));
                    csv.text(plan.observed().keyText(f.periods().get(p)[1])).text(plan.targets().get(t).metric().column)
                            .text(plan.targets().get(t).column());
                    for (double v : q[t][p]) csv.text(Numbers.format(v));
                    csv.text(Numbers.format(f.observed(t, p)));
                    csv.endRow();
                }
            }
        }
        Path charts = Files.createDirectories(dir.resolve("charts"));
        List<String[]> figures = new ArrayList<>();
        for (int t = 0; t < plan.targets().size(); t++) {
            Target target = plan.targets().get(t);
            double[] o = new double[np];
            for (int p = 0; p < np; p++) o[p] = f.observed(t, p);
            String file = "forecast-" + target.column() + ".png";
            FanChart.write(target.column() + " per " + plan.period() + ": forecast" + (policy.isEmpty() ? "" : " under " + policy),
                    FanChart.yLabel(target, plan.period()), plan.observed().dated(), f.periods(), q[t], o, plan.until(), charts.resolve(file));
            figures.add(new String[] {"charts/" + file, "Median and 50%/90% bands of " + f.draws() + " posterior draws x " + f.reps()
                    + " replicates; dots: observed " + target.column() + ". Left of the dashed line the model was fitted to the data"
                    + (f.discrepancy().isEmpty() ? "." : "; right of it the simulations carry the gap between data and model forward (the discrepancy).")});
        }
        StringBuilder b = Report.head("Forecast from a calibration to " + plan.observed().file().getFileName());
        b.append("<p>Fitted to ").append(Report.esc(plan.observed().keyText(plan.from()))).append(" .. ")
                .append(Report.esc(plan.observed().keyText(plan.until()))).append("; forecast to ")
                .append(Report.esc(plan.observed().keyText(f.periods().get(np - 1)[1]))).append(" per ").append(plan.period())
                .append(". Policy: ").append(policy.isEmpty() ? "none (the calibrated scenario as is)" : Report.esc(policy))
                .append(". Bands carry both the posterior's spread of knobs and run-to-run noise.</p>");
        Report.figures(b, figures);
        b.append("<p>Data: <a href=\"forecast.csv\">forecast.csv</a>, <a href=\"manifest.json\">manifest.json</a>.</p></body></html>\n");
        Files.writeString(dir.resolve("report.html"), b);
        Report.index(dir);
    }
}
