package communitysim.calibrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The report.html of calibration, forecast and back-test folders: a page of headline tables and captioned charts. */
final class Report {
    private Report() {}

    static void calibration(Calibration.Result result, PredictiveCheck check, List<String[]> figures, Path file) throws IOException {
        CalibrationPlan plan = result.plan();
        StringBuilder b = head("Calibration to " + plan.observed().file().getFileName());
        check.html(b, "The fit check compares each observed " + (plan.observed().dense() ? plan.period().name() : "checkpoint")
                + " of the window with the accepted simulations (as in fit.csv; no discrepancy): ppc.csv has every one. " + CHECK_RULE);
        b.append("<p>Window ").append(esc(plan.observed().keyText(plan.from()))).append(" to ")
                .append(esc(plan.observed().keyText(plan.until()))).append(", ").append(plan.periods().size()).append(" ")
                .append(plan.period()).append(" periods; model day 0 is ").append(esc(plan.observed().keyText(plan.start())))
                .append(". ").append(result.simulations()).append(" simulations in ").append(result.populations().size())
                .append(" generations of ").append(result.settings().particles()).append(" particles (ABC-SMC).</p>");
        b.append("<h2>Fitted knobs</h2><p>Width against the prior: the 90% interval's width over the prior's (on the log scale for a"
                + " log prior). Near 1 the data did not pin the knob down and forecasts carry that uncertainty; well under 1 they did.</p>"
                + "<table><tr><th>knob</th><th>prior</th><th>posterior median</th><th>90% interval</th><th>width against the prior</th></tr>");
        double[] med = result.medians();
        for (int k = 0; k < med.length; k++) {
            Parameter p = plan.params().get(k);
            b.append("<tr><td>").append(esc(p.path())).append("</td><td>").append(p.log() ? "log-uniform " : "uniform ")
                    .append(read(p.lo())).append(" to ").append(read(p.hi())).append("</td><td>")
                    .append(read(med[k])).append("</td><td>").append(read(result.quantile(k, 0.05))).append(" to ")
                    .append(read(result.quantile(k, 0.95))).append("</td><td>").append(read(Calibration.widthShare(result, k))).append("</td></tr>");
        }
        b.append("</table><h2>Generations</h2><p>Each generation measures distances with scales taken from the one before,"
                + " so tolerances compare within a generation, not across.</p><table><tr><th>generation</th><th>tolerance</th><th>acceptance</th><th>effective particles</th></tr>");
        for (AbcSmc.Population p : result.populations()) {
            b.append("<tr><td>").append(p.generation()).append("</td><td>").append(Double.isInfinite(p.tolerance()) ? "prior" : read(p.tolerance()))
                    .append("</td><td>").append(read(p.acceptance())).append("</td><td>").append(Math.round(p.effectiveSize())).append("</td></tr>");
        }
        b.append("</table>");
        figures(b, figures);
        b.append("<p>Files: <a href=\"ppc.csv\">ppc.csv</a>, <a href=\"summary.json\">summary.json</a>, <a href=\"posterior.csv\">posterior.csv</a>, <a href=\"fit.csv\">fit.csv</a>, <a href=\"calibrated.yaml\">calibrated.yaml</a>, ")
                .append("<a href=\"generations.csv\">generations.csv</a>, <a href=\"manifest.json\">manifest.json</a>.</p>");
        Files.writeString(file, b.append("</body></html>\n"));
    }

    /** How the fit check decides, under its table. */
    static final String CHECK_RULE = "A fit fails when, for any target, its 90% band covers fewer than "
            + Math.round(100 * PredictiveCheck.MIN_COVERAGE90) + "% of the observed periods or the model's median is off by more than a factor of "
            + PredictiveCheck.factor(PredictiveCheck.MAX_MEDIAN_ABS_LOG_RATIO) + " in half of them (median |log ratio| over "
            + PredictiveCheck.MAX_MEDIAN_ABS_LOG_RATIO + ", where log ratio = log((median + 1) / (observed + 1))); a fit that fails cannot reproduce the history, and forecasts from it should not be trusted.";

    /** Every results folder opens with index.html: here the report itself. */
    static void index(Path dir) throws IOException {
        Files.copy(dir.resolve("report.html"), dir.resolve("index.html"));
    }

    static void figures(StringBuilder b, List<String[]> figures) {
        for (String[] f : figures) {
            b.append("<figure><img src=\"").append(esc(f[0])).append("\" alt=\"").append(esc(f[1])).append("\"><figcaption>")
                    .append(esc(f[1])).append("</figcaption></figure>");
        }
    }

    static StringBuilder head(String title) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>body{font-family:DejaVu Sans,sans-serif;max-width:1150px;margin:2em auto;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
                        + "th{background:#f3f3f3}td:first-child{text-align:left}img{max-width:100%}figure{margin:1.5em 0}"
                        + "figcaption{color:#555;font-size:90%}.good{color:#1a7f37}.bad{color:#b42318}</style></head><body><h1>")
                .append(esc(title)).append("</h1>");
        return b;
    }

    /** A number as a person reads it: four significant digits, thousands grouped. */
    static String read(double v) {
        return communitysim.output.Numbers.readable(v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
