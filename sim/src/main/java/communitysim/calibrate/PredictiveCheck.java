package communitysim.calibrate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.output.CsvWriter;
import communitysim.output.Json;
import communitysim.output.Numbers;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The posterior predictive check of a calibration: is each observed period where the accepted
 * simulations put it? Per target and period the observed value against the q05..q95 of the last
 * population's simulations (the values of {@code fit.csv}, without any discrepancy: the check is of
 * the model, not of a forecast's correction); per target the share of periods inside the central 50%
 * and 90% bands and the median log ratio of the model's median to the data; and a verdict in words.
 *
 * <p>The log ratio is {@code log((q50 + 1) / (observed + 1))}: the +1 keeps months with no
 * newcomers finite and weighs a miss of 0 against 2 as a miss of 9 against 29, not as an infinite one.
 */
public final class PredictiveCheck {
    /**
     * The acceptance thresholds of issue 31 ("Model adequacy"): a fit fails when, for any target, its
     * 90% band covers fewer than 75% of the observed periods (a calibrated band covers 90%; 75%
     * leaves room for the Monte Carlo error of a few dozen periods) or the median of its model
     * median's |log ratio| to the data exceeds 0.35 (the model's median off by more than a factor of
     * e^0.35, about 1.42, in half the periods).
     */
    public static final double MIN_COVERAGE90 = 0.75;
    /** See {@link #MIN_COVERAGE90}. */
    public static final double MAX_MEDIAN_ABS_LOG_RATIO = 0.35;

    public static final String[] COLUMNS = {"target", "period", "observed", "q05", "q25", "q50", "q75", "q95", "inside50", "inside90", "log_ratio"};

    /** One target in one period: the observed value (NaN when not observed) and the simulations' quantiles. */
    public record Row(String target, long periodEnd, double observed, double q05, double q25, double q50, double q75, double q95) {
        public boolean observedHere() {
            return !Double.isNaN(observed);
        }

        public boolean inside50() {
            return observed >= q25 && observed <= q75;
        }

        public boolean inside90() {
            return observed >= q05 && observed <= q95;
        }

        public double logRatio() {
            return Math.log((q50 + 1) / (observed + 1));
        }
    }

    /**
     * One target over the window: how many periods were observed, the share inside each band, and the
     * median log ratio signed (below 0: the model runs low) and absolute. NaN when nothing was observed.
     */
    public record TargetCheck(String target, int periods, double coverage50, double coverage90, double medianLogRatio,
                              double medianAbsLogRatio) {
        /** Whether this target meets both thresholds; a target never observed has nothing to fail. */
        public boolean passes() {
            return !(coverage90 < MIN_COVERAGE90) && !(medianAbsLogRatio > MAX_MEDIAN_ABS_LOG_RATIO);
        }
    }

    private final List<Row> rows;
    private final List<TargetCheck> targets;
    /** What a period is called in the verdict: months, weeks, days or checkpoints. */
    private final String periodWord;

    PredictiveCheck(List<Row> rows, List<TargetCheck> targets, String periodWord) {
        this.rows = List.copyOf(rows);
        this.targets = List.copyOf(targets);
        this.periodWord = periodWord;
    }

    /** The check of a calibration, from its posterior's simulations (which a folder read back does not hold). */
    public static PredictiveCheck of(Calibration.Result result) {
        CalibrationPlan plan = result.plan();
        double[][][] q = CalibrationFiles.fitQuantiles(result);
        double[] obs = plan.observedVector();
        int np = plan.periods().size();
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < plan.targets().size(); t++) {
            for (int p = 0; p < np; p++) {
                double[] v = q[t][p];
                // Quantiles.LEVELS: 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95
                rows.add(new Row(plan.targets().get(t).column(), plan.periods().get(p)[1], obs[t * np + p], v[0], v[2], v[3], v[4], v[6]));
            }
        }
        return of(rows, plan.observed().dense() ? plan.period() + "s" : "checkpoints");
    }

    /** The check of the given rows, targets in the order they first appear. */
    static PredictiveCheck of(List<Row> rows, String periodWord) {
        List<String> names = new ArrayList<>();
        for (Row r : rows) if (!names.contains(r.target())) names.add(r.target());
        List<TargetCheck> checks = new ArrayList<>();
        for (String name : names) {
            List<Row> seen = rows.stream().filter(r -> r.target().equals(name) && r.observedHere()).toList();
            int n = seen.size();
            double c50 = seen.stream().filter(Row::inside50).count() / (double) n;
            double c90 = seen.stream().filter(Row::inside90).count() / (double) n;
            double[] ratios = seen.stream().mapToDouble(Row::logRatio).toArray();
            double[] abs = Arrays.stream(ratios).map(Math::abs).toArray();
            checks.add(new TargetCheck(name, n, c50, c90, median(ratios), median(abs)));
        }
        return new PredictiveCheck(rows, checks, periodWord);
    }

    private static double median(double[] v) {
        if (v.length == 0) return Double.NaN;
        double[] s = v.clone();
        Arrays.sort(s);
        return Quantiles.at(s, 0.5);
    }

    public List<Row> rows() {
        return rows;
    }

    public List<TargetCheck> targets() {
        return targets;
    }

    public boolean passes() {
        return targets.stream().allMatch(TargetCheck::passes);
    }

    /**
     * The verdict in plain words, one line starting {@code fit check: passes} or {@code fit check:
     * FAILS for} the failing targets, each with what failed and by how much.
     */
    public String verdict() {
        StringBuilder b = new StringBuilder("fit check: ");
        if (passes()) {
            b.append("passes: every target's 90% band covers at least ").append(percent(MIN_COVERAGE90)).append(" of ").append(periodWord)
                    .append(" and its median is off by a factor of at most ").append(factor(MAX_MEDIAN_ABS_LOG_RATIO)).append(" (");
            String sep = "";
            for (TargetCheck t : targets) {
                b.append(sep).append(t.target()).append(": ");
                if (t.periods() == 0) b.append("never observed");
                else b.append(percent(t.coverage90())).append(", ").append(factor(t.medianAbsLogRatio()));
                sep = "; ";
            }
            return b.append(")").toString();
        }
        b.append("FAILS");
        String sep = " for ";
        for (TargetCheck t : targets) {
            if (t.passes()) continue;
            b.append(sep).append(t.target()).append(": ");
            sep = "; and for ";
            if (t.coverage90() < MIN_COVERAGE90) {
                b.append("the 90% band covers ").append(percent(t.coverage90())).append(" of ").append(periodWord)
                        .append(" (needs ").append(percent(MIN_COVERAGE90)).append("), ");
            }
            b.append("the median is off by a factor of ").append(factor(t.medianAbsLogRatio()));
            if (t.medianAbsLogRatio() > MAX_MEDIAN_ABS_LOG_RATIO) {
                // the signed median past the threshold means more than half the periods miss the same way
                b.append(t.medianLogRatio() < -MAX_MEDIAN_ABS_LOG_RATIO ? ", the model mostly below the data"
                        : t.medianLogRatio() > MAX_MEDIAN_ABS_LOG_RATIO ? ", the model mostly above the data" : ", above the data in some, below in others");
                b.append(" (needs at most ").append(factor(MAX_MEDIAN_ABS_LOG_RATIO)).append(")");
            }
        }
        return b.toString();
    }

    /** A share as a whole percentage rounded down, so that a share under 75% never reads "75%". */
    static String percent(double share) {
        return (long) Math.floor(100 * share + 1e-9) + "%";
    }

    /**
     * A |log ratio| as the factor a person reads, to three significant digits rounded up (so that a
     * failing factor does not read as the threshold's): 0.35 is 1.42, 0.83 is 2.3.
     */
    static String factor(double absLogRatio) {
        if (Double.isNaN(absLogRatio)) return "n/a";
        return Numbers.readable(new BigDecimal(Math.exp(absLogRatio)).round(new MathContext(3, RoundingMode.CEILING)).doubleValue());
    }

    /** Writes the rows after {@code prefix} cells (a back-test's origin), in the {@link #COLUMNS} order. */
    public void writeRows(CsvWriter csv, ObservedHistory observed, String... prefix) throws IOException {
        for (Row r : rows) {
            for (String p : prefix) csv.text(p);
            csv.text(r.target()).text(observed.keyText(r.periodEnd())).text(Numbers.format(r.observed()));
            for (double v : new double[] {r.q05(), r.q25(), r.q50(), r.q75(), r.q95()}) csv.text(Numbers.format(v));
            if (r.observedHere()) csv.number(r.inside50() ? 1 : 0).number(r.inside90() ? 1 : 0).text(Numbers.format(r.logRatio()));
            else csv.text("").text("").text("");
            csv.endRow();
        }
    }

    /** The summary as {@code summary.json} holds it: the verdict, the thresholds and each target's figures. */
    public ObjectNode json() {
        ObjectNode o = Json.object();
        o.put("passes", passes());
        o.put("verdict", verdict());
        ObjectNode th = o.putObject("thresholds");
        Json.putNumber(th, "min_coverage90", MIN_COVERAGE90);
        Json.putNumber(th, "max_median_abs_log_ratio", MAX_MEDIAN_ABS_LOG_RATIO);
        ArrayNode ts = o.putArray("targets");
        for (TargetCheck t : targets) {
            ObjectNode n = ts.addObject();
            n.put("target", t.target());
            n.put("periods", t.periods());
            Json.putNumber(n, "coverage50", t.coverage50());
            Json.putNumber(n, "coverage90", t.coverage90());
            Json.putNumber(n, "median_abs_log_ratio", t.medianAbsLogRatio());
            Json.putNumber(n, "median_log_ratio", t.medianLogRatio());
            n.put("passes", t.passes());
        }
        return o;
    }

    /** The verdict and the table of the targets' figures, for the top of a report page; {@code note} follows them. */
    void html(StringBuilder b, String note) {
        b.append("<p class=\"").append(passes() ? "good" : "bad").append("\"><strong>").append(Report.esc(verdict())).append("</strong></p>");
        b.append("<table><tr><th>target</th><th>").append(periodWord).append(" observed</th><th>inside the 50% band</th>")
                .append("<th>inside the 90% band</th><th>median |log ratio|</th><th>median off by a factor of</th><th>check</th></tr>");
        for (TargetCheck t : targets) {
            boolean seen = t.periods() > 0;
            b.append("<tr><td>").append(Report.esc(t.target())).append("</td><td>").append(t.periods()).append("</td><td>")
                    .append(seen ? percent(t.coverage50()) : "n/a").append("</td><td>").append(seen ? percent(t.coverage90()) : "n/a")
                    .append("</td><td>").append(Report.read(t.medianAbsLogRatio())).append("</td><td>").append(factor(t.medianAbsLogRatio()))
                    .append("</td><td class=\"").append(t.passes() ? "good\">passes" : "bad\">fails").append("</td></tr>");
        }
        b.append("</table>");
        if (!note.isEmpty()) b.append("<p>").append(Report.esc(note)).append("</p>");
    }
}
