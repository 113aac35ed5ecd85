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

    private static final String[] DIFFERENCE_COLUMNS = {"q05", "q10", "q25", "q50", "q75", "q90", "q95", "share_higher", "share_lower"};

    /** Writes {@code f}'s quantiles as forecast.csv is written; returns them as {@code [target][period][]}. */
    private static double[][][] quantiles(Forecast f, Path file) throws IOException {
        CalibrationPlan plan = f.plan();
        List<String> header = new ArrayList<>(List.of(plan.observed().dated() ? "date" : "day", "metric", "target"));
        header.addAll(List.of(Quantiles.COLUMNS));
        header.add("observed");
        int np = f.periods().size();
        double[][][] q = new double[plan.targets().size()][np][];
        try (CsvWriter csv = new CsvWriter(file, header.toArray(String[]::new))) {
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
        return q;
    }

    /**
     * The paired differences, member by member (the two forecasts share their draws, seeds and
     * discrepancy paths, so what differs is the policy): quantiles and the shares of pairs above and
     * below zero, per target and period.
     */
    private static double[][][] differences(Forecast f, Forecast noChange, Path file) throws IOException {
        CalibrationPlan plan = f.plan();
        List<String> header = new ArrayList<>(List.of(plan.observed().dated() ? "date" : "day", "metric", "target"));
        header.addAll(List.of(DIFFERENCE_COLUMNS));
        int np = f.periods().size();
        double[][][] q = new double[plan.targets().size()][np][];
        try (CsvWriter csv = new CsvWriter(file, header.toArray(String[]::new))) {
            for (int t = 0; t < plan.targets().size(); t++) {
                for (int p = 0; p < np; p++) {
                    double[] d = pairedDifference(f.sample(t, p), noChange.sample(t, p));
                    q[t][p] = Quantiles.of(d);
                    csv.text(plan.observed().keyText(f.periods().get(p)[1])).text(plan.targets().get(t).metric().column)
                            .text(plan.targets().get(t).column());
                    for (double v : q[t][p]) csv.text(Numbers.format(v));
                    csv.text(Numbers.format(share(d, 1))).text(Numbers.format(share(d, -1)));
                    csv.endRow();
                }
            }
        }
        return q;
    }

    static double[] pairedDifference(double[] policy, double[] noChange) {
        if (policy.length != noChange.length) throw new IllegalArgumentException("the two forecasts are not paired: " + policy.length + " and " + noChange.length + " members");
        double[] d = new double[policy.length];
        for (int m = 0; m < d.length; m++) d[m] = policy[m] - noChange[m];
        return d;
    }

    private static double share(double[] d, int sign) {
        int n = 0;
        for (double v : d) if (Math.signum(v) == sign) n++;
        return d.length == 0 ? 0 : (double) n / d.length;
    }

    private static void whatIfCharts(Forecast f, double[][][] q, double[][][] base, double[][][] diff, long policyStart, Path charts,
                                     List<String[]> figures) throws IOException {
        CalibrationPlan plan = f.plan();
        int np = f.periods().size();
        // from a year before the origin: the history is in the fit charts, the question is the future
        int first = FanChart.firstShown(plan.period(), f.future(), np);
        for (int t = 0; t < plan.targets().size(); t++) {
            Target target = plan.targets().get(t);
            double[] o = new double[np];
            for (int p = 0; p < np; p++) o[p] = f.observed(t, p);
            String both = "whatif-" + target.column() + ".png";
            WhatIfChart.both(target.column() + " per " + plan.period() + ": policy against no change", FanChart.yLabel(target, plan.period()),
                    plan.observed().dated(), f.periods(), first, base[t], q[t], o, plan.until(), policyStart, charts.resolve(both));
            figures.add(new String[] {"charts/" + both, "Red: the forecast under the policy; grey: the same posterior draws and seeds without it"
                    + " (median and 90% band each); dots: observed. The two agree until the policy starts."});
            String d = "difference-" + target.column() + ".png";
            WhatIfChart.difference(target.column() + ": policy minus no change", FanChart.yLabel(target, plan.period()), plan.observed().dated(),
                    f.periods(), first, diff[t], plan.until(), policyStart, charts.resolve(d));
            figures.add(new String[] {"charts/" + d, "The paired difference, simulation by simulation (median and 90% band): what the policy"
                    + " changes, with the posterior's spread and run-to-run noise that the two forecasts share taken out."});
        }
    }

    /** The policy's effect per target over the forecast, in a table and in words. */
    private static void effect(StringBuilder b, Forecast f, Forecast noChange, String policy, long policyStart) {
        CalibrationPlan plan = f.plan();
        int np = f.periods().size();
        String from = plan.observed().keyText(f.periods().get(f.future())[0]);
        String to = plan.observed().keyText(f.periods().get(np - 1)[1]);
        b.append("<h2>What the policy changes</h2><p>").append(Report.esc(policy)).append(", from ")
                .append(Report.esc(plan.observed().keyText(policyStart))).append(". Each row compares the forecast under the policy with the same")
                .append(" posterior draws and seeds without it, over ").append(Report.esc(from)).append(" .. ").append(Report.esc(to))
                .append(" (a flow summed over the periods, a level at the last one).</p>")
                .append("<table><tr><th>target</th><th>no change, median</th><th>policy, median</th><th>difference, median</th>")
                .append("<th>90% interval</th><th>pairs higher</th></tr>");
        List<String> words = new ArrayList<>();
        for (int t = 0; t < plan.targets().size(); t++) {
            Target target = plan.targets().get(t);
            boolean flow = target.metric().kind.summedOverPeriods();
            double[] a = total(f, t, flow), z = total(noChange, t, flow);
            double[] d = pairedDifference(a, z);
            double[] qd = Quantiles.of(d), qa = Quantiles.of(a), qz = Quantiles.of(z);
            double higher = share(d, 1);
            b.append("<tr><td>").append(Report.esc(target.column())).append("</td><td>").append(Report.read(qz[3])).append("</td><td>")
                    .append(Report.read(qa[3])).append("</td><td>").append(signed(qd[3])).append("</td><td>").append(signed(qd[0]))
                    .append(" to ").append(signed(qd[6])).append("</td><td>").append(Math.round(100 * higher)).append("%</td></tr>");
            words.add(sentence(target.column() + (flow ? " over the forecast" : " at its end"), qd, higher));
        }
        b.append("</table><ul>");
        for (String w : words) b.append("<li>").append(Report.esc(w)).append("</li>");
        b.append("</ul>");
    }

    /** What a paired difference says, never more than its interval allows. */
    static String sentence(String what, double[] qd, double higher) {
        String interval = " (median " + signed(qd[3]) + ", 90% interval " + signed(qd[0]) + " to " + signed(qd[6]) + ")";
        if (qd[0] > 0) return what + " is higher under the policy" + interval + ".";
        if (qd[6] < 0) return what + " is lower under the policy" + interval + ".";
        if (qd[0] == 0 && qd[6] == 0) return what + " does not change under the policy.";
        return what + ": no clear difference, the 90% interval includes zero" + interval + "; higher in "
                + Math.round(100 * higher) + "% of paired simulations.";
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + Report.read(v);
    }

    /** Per member: the target summed over the forecast periods (a flow) or at the last one (a level). */
    private static double[] total(Forecast f, int t, boolean flow) {
        int np = f.periods().size();
        double[] s = new double[f.sample(t, np - 1).length];
        for (int p = flow ? f.future() : np - 1; p < np; p++) {
            double[] v = f.sample(t, p);
            for (int m = 0; m < s.length; m++) s[m] += v[m];
        }
        return s;
    }

    private static void runaways(StringBuilder b, Forecast f, String which) {
        int n = f.runaways();
        if (n == 0) return;
        b.append("<p class=\"bad\"><b>").append(n).append(" of ").append(f.runaway().length).append(" simulations").append(which)
                .append(" ran away</b>: their members passed ").append(Report.read(f.plan().memberCap()))
                .append(" (a hundred times the largest observed value), and they were stopped there, their later periods repeating that day.")
                .append(" They stay in the bands, whose tops then read as \"at least\". Their knobs, median over the runaways against all draws: ");
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < f.plan().params().size(); k++) {
            List<Double> away = new ArrayList<>(), all = new ArrayList<>();
            for (int m = 0; m < f.runaway().length; m++) {
                double v = f.thetas().get(m / f.reps())[k];
                all.add(v);
                if (f.runaway()[m]) away.add(v);
            }
            parts.add(f.plan().params().get(k).path() + " " + Report.read(median(away)) + " against " + Report.read(median(all)));
        }
        b.append(Report.esc(String.join("; ", parts))).append(".</p>");
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length == 0 ? Double.NaN : a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static java.math.BigDecimal number(double v) {
        return new java.math.BigDecimal(Numbers.format(v));
    }

    public static void write(Forecast f, String policy, Path dir) throws IOException {
        write(f, null, policy, 0, dir);
    }

    /**
     * A forecast folder; with {@code noChange} (the same draws and seeds without the policy) also
     * {@code no_change.csv}, {@code difference.csv} (the paired difference, policy minus no change, per
     * period), a chart of both forecasts and one of the difference per target, and the effect in words.
     *
     * @param policyStart the key (date or day) from which the policy applies
     */
    public static void write(Forecast f, Forecast noChange, String policy, long policyStart, Path dir) throws IOException {
        CalibrationPlan plan = f.plan();
        int np = f.periods().size();
        double[][][] q = quantiles(f, dir.resolve("forecast.csv"));
        double[][][] base = noChange == null ? null : quantiles(noChange, dir.resolve("no_change.csv"));
        double[][][] diff = noChange == null ? null : differences(f, noChange, dir.resolve("difference.csv"));
        Path charts = Files.createDirectories(dir.resolve("charts"));
        List<String[]> figures = new ArrayList<>();
        for (int t = 0; t < plan.targets().size(); t++) {
            Target target = plan.targets().get(t);
            double[] o = new double[np];
            for (int p = 0; p < np; p++) o[p] = f.observed(t, p);
            String file = "forecast-" + target.column() + ".png";
            FanChart.write(target.column() + " per " + plan.period() + ": forecast" + (policy.isEmpty() ? "" : " under " + policy),
                    FanChart.yLabel(target, plan.period()), plan.observed().dated(), f.periods(), FanChart.firstShown(plan.period(), f.future(), np),
                    q[t], o, plan.until(), charts.resolve(file));
            figures.add(new String[] {"charts/" + file, "Median and 50%/90% bands of " + f.draws() + " posterior draws x " + f.reps()
                    + " replicates; dots: observed " + target.column() + ", from two years (or twice the forecast) before the origin; the fit"
                    + " charts of the calibration show the whole window. Left of the dashed line the model was fitted to the data"
                    + (f.discrepancy().isEmpty() ? "." : "; right of it the simulations carry the gap between data and model forward (the discrepancy).")});
        }
        if (noChange != null) whatIfCharts(f, q, base, diff, policyStart, charts, figures);
        StringBuilder b = Report.head("Forecast from a calibration to " + plan.observed().file().getFileName());
        b.append("<p>Fitted to ").append(Report.esc(plan.observed().keyText(plan.from()))).append(" .. ")
                .append(Report.esc(plan.observed().keyText(plan.until()))).append("; forecast to ")
                .append(Report.esc(plan.observed().keyText(f.periods().get(np - 1)[1]))).append(" per ").append(plan.period())
                .append(". Policy: ").append(policy.isEmpty() ? "none (the calibrated scenario as is)" : Report.esc(policy))
                .append(". Bands carry both the posterior's spread of knobs and run-to-run noise.</p>");
        runaways(b, f, "");
        if (noChange != null) {
            runaways(b, noChange, " without the policy");
            effect(b, f, noChange, policy, policyStart);
        }
        Report.figures(b, figures);
        b.append("<p>Data: <a href=\"forecast.csv\">forecast.csv</a>")
                .append(noChange == null ? "" : ", <a href=\"no_change.csv\">no_change.csv</a>, <a href=\"difference.csv\">difference.csv</a>")
                .append(", <a href=\"manifest.json\">manifest.json</a>.</p></body></html>\n");
        Files.writeString(dir.resolve("report.html"), b);
        Report.index(dir);
    }
}
