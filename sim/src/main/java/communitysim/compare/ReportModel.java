package communitysim.compare;

import communitysim.metrics.Metric;
import communitysim.output.BuildInfo;
import communitysim.output.Scope;
import communitysim.scenario.Scenario;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code report.html} shows, as text ready for the template: every number is formatted here, so the
 * template only lays out. Pebble escapes all of it (scenario names and descriptions are user text); only
 * the charts' SVG is inserted raw.
 */
final class ReportModel {

    /** A scenario as the question section introduces it. */
    public record ScenarioView(String label, String source, String description, String colour) {}

    /** A knob that differs, with each scenario's value. */
    public record KnobView(String path, List<String> values) {}

    /** One scenario's verdict in a cell of the verdict table. */
    public record VerdictView(String scenario, String colour, String verdict, String css, String change, String ci,
                              String p) {}

    /** A metric of the verdict table: each other scenario's verdict on the final day and over the horizon. */
    public record MetricVerdicts(String metric, List<VerdictView> finalDay, List<VerdictView> horizon) {}

    /** A row of the headline table; comparison cells are empty for the first scenario. */
    public record RowView(String scope, boolean firstOfScope, int scopeRows, String scenario, String colour,
                          String mean, String ci, String diff, String percent, String adjCi, String adjConfidence,
                          String diffCi, String p, String pHolm, String test, String effect, String verdict,
                          String css) {}

    /** A metric's block of the headline table. */
    public record MetricTable(String metric, String column, List<RowView> rows) {}

    /** A difference in final members from which the report points readers at the per-member rows. */
    static final double SIZE_NOTE = 0.1;

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportModel() {}

    static Map<String, Object> of(Comparison comparison, ComparisonTable table, List<KnobDifference> knobs) {
        List<PolicyRun> runs = comparison.runs();
        ComparisonPlan plan = comparison.plan();
        Map<String, Object> m = new HashMap<>();
        m.put("title", "Policy comparison: " + String.join(" vs ", runs.stream().map(PolicyRun::label).toList()));
        m.put("reference", runs.get(0).label());
        m.put("scenarios", scenarios(runs));
        m.put("labels", runs.stream().map(PolicyRun::label).toList());
        m.put("knobs", knobs.stream().map(k -> new KnobView(k.path(), k.values())).toList());
        m.put("replicates", plan.replicates());
        m.put("days", plan.days());
        m.put("firstSeed", plan.baseSeed());
        m.put("lastSeed", plan.baseSeed() + plan.replicates() - 1);
        m.put("verdicts", verdicts(table, HeadlineMetric.ALL.stream().filter(h -> !h.perMember()).toList()));
        m.put("perMemberVerdicts", verdicts(table, HeadlineMetric.ALL.stream().filter(HeadlineMetric::perMember).toList()));
        m.put("sizes", sizeDifferences(table));
        m.put("tooFew", table.tooFew().stream().map(r -> r.metric().label() + " (" + scope(r.scope(), plan.days())
                + (runs.size() > 2 ? ", " + r.label() : "") + ")").toList());
        m.put("repsNeeded", table.replicatesForRankTests());
        m.put("manyScenarios", runs.size() > 2);
        m.put("identical", identicalMetrics(table));
        m.put("tables", tables(table, plan.days(), runs.size()));

        List<ChartFigure> charts = new ArrayList<>();
        List<String> notCharted = new ArrayList<>();
        for (HeadlineMetric metric : HeadlineMetric.ALL) {
            if (metric.perMember()) continue;
            if (ReportCharts.allZero(metric, runs)) notCharted.add(metric.label());
            else charts.add(ReportCharts.overTime(metric, runs));
        }
        m.put("charts", charts);
        m.put("notCharted", notCharted);
        m.put("lorenz", ReportCharts.lorenz(runs));
        m.put("retention", ReportCharts.retention(runs));

        m.put("pairing", Methods.PAIRING);
        m.put("intervals", Methods.INTERVALS);
        m.put("testRule", Methods.TEST_RULE);
        m.put("effectSize", Methods.EFFECT_SIZE);
        m.put("holm", Methods.HOLM);
        m.put("verdictRule", Methods.VERDICT);
        m.put("perMemberRule", Methods.PER_MEMBER);
        m.put("holmFamily", table.holmFamily());
        Map<String, Integer> used = new LinkedHashMap<>();
        ComparisonManifest.testsUsed(table).forEach((kind, n) -> used.put(kind.label, n));
        m.put("testsUsed", used);
        m.put("version", BuildInfo.version());
        String commit = BuildInfo.gitCommit();
        m.put("commit", commit == null ? "unknown" : commit);
        m.put("generated", GENERATED.format(comparison.end()));
        m.put("wallSeconds", Display.number(comparison.wallSeconds()));
        return m;
    }

    private static List<ScenarioView> scenarios(List<PolicyRun> runs) {
        List<ScenarioView> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Scenario s = runs.get(i).result().scenario();
            out.add(new ScenarioView(runs.get(i).label(), runs.get(i).result().scenarioSource(),
                    s.description().isBlank() ? "(no description)" : s.description().strip(), SvgChart.css(i)));
        }
        return out;
    }

    private static String scope(Scope scope, int days) {
        return scope == Scope.FINAL ? "day " + days : "mean over days 1-" + days;
    }

    /** Metrics where some scenario is not identical to the first on every seed, with each comparison's verdict. */
    private static List<MetricVerdicts> verdicts(ComparisonTable table, List<HeadlineMetric> metrics) {
        List<MetricVerdicts> out = new ArrayList<>();
        for (HeadlineMetric metric : metrics) {
            if (identicalEverywhere(table, metric)) continue;
            out.add(new MetricVerdicts(metric.label(), verdictCells(table, metric, Scope.FINAL),
                    verdictCells(table, metric, Scope.HORIZON)));
        }
        return out;
    }

    private static List<VerdictView> verdictCells(ComparisonTable table, HeadlineMetric metric, Scope scope) {
        List<VerdictView> cells = new ArrayList<>();
        for (ComparisonRow r : table.rows()) {
            if (r.isReference() || !r.metric().equals(metric) || r.scope() != scope) continue;
            PairedResult p = r.paired();
            String change = p.test() == TestKind.IDENTICAL ? "same on every seed"
                    : Display.signed(p.meanDiff()) + percentInBrackets(p.meanDiff(), reference(table, r).stats().mean());
            String pText = p.test() == TestKind.IDENTICAL ? "" : "p " + pText(r.pHolm());
            String ci = p.test() == TestKind.IDENTICAL || p.test() == TestKind.CONSTANT ? ""
                    : Display.interval(r.adjCiLow(), r.adjCiHigh());
            cells.add(new VerdictView(r.label(), SvgChart.css(r.scenario()), verdictText(r), css(r), change, ci, pText));
        }
        return cells;
    }

    private static String percentInBrackets(double diff, double base) {
        String percent = Display.percent(diff, base);
        return percent.isEmpty() ? "" : " (" + percent + ")";
    }

    private static List<String> identicalMetrics(ComparisonTable table) {
        return HeadlineMetric.ALL.stream().filter(m -> identicalEverywhere(table, m)).map(HeadlineMetric::label).toList();
    }

    private static boolean identicalEverywhere(ComparisonTable table, HeadlineMetric metric) {
        return table.rows().stream().filter(r -> r.metric().equals(metric) && !r.isReference())
                .allMatch(r -> r.paired().test() == TestKind.IDENTICAL);
    }

    private static String verdictText(ComparisonRow r) {
        if (r.paired().test() == TestKind.IDENTICAL) return "identical";
        if (r.paired().test() == TestKind.CONSTANT) return r.verdict().key + " on every seed";
        return r.verdict().key;
    }

    /**
     * Each other scenario's final-day members as a share of the reference's, when one differs by
     * {@link #SIZE_NOTE} or more: absolute counts then mostly restate the size, and the per-member rows
     * answer whether members behave differently.
     */
    private static List<String> sizeDifferences(ComparisonTable table) {
        List<String> out = new ArrayList<>();
        double reference = Double.NaN;
        for (ComparisonRow r : table.rows()) {
            if (r.metric().perMember() || r.metric().metric() != Metric.MEMBERS
                    || r.scope() != Scope.FINAL) continue;
            if (r.isReference()) {
                reference = r.stats().mean();
            } else if (reference > 0 && Math.abs(r.stats().mean() / reference - 1) >= SIZE_NOTE) {
                out.add(r.label() + " ends with " + Display.number(r.stats().mean()) + " members ("
                        + Display.percent(r.stats().mean() - reference, reference) + ")");
            }
        }
        return out;
    }

    private static String testName(TestKind test) {
        return switch (test) {
            case PAIRED_T -> "paired t";
            case WILCOXON -> "Wilcoxon";
            case CONSTANT -> "none (constant)";
            case IDENTICAL -> "none";
        };
    }

    /** The colour follows the valence (better, worse, neutral), the arrow the direction. */
    static String css(ComparisonRow r) {
        String arrow = r.paired().meanDiff() > 0 ? " up" : " down";
        return switch (r.verdict()) {
            case BETTER -> "better" + arrow;
            case WORSE -> "worse" + arrow;
            case HIGHER, LOWER -> "neutral" + arrow;
            case MIXED -> "mixed";
            case NO_DIFFERENCE -> "none";
            case TOO_FEW -> "toofew";
        };
    }

    private static String pText(double p) {
        String text = Display.p(p);
        return text.startsWith("<") ? text : "= " + text;
    }

    private static ComparisonRow reference(ComparisonTable table, ComparisonRow r) {
        return table.rows().stream().filter(x -> x.isReference() && x.metric().equals(r.metric()) && x.scope() == r.scope())
                .findFirst().orElseThrow();
    }

    private static List<MetricTable> tables(ComparisonTable table, int days, int scenarios) {
        Map<HeadlineMetric, List<RowView>> byMetric = new LinkedHashMap<>();
        for (ComparisonRow r : table.rows()) {
            if (identicalEverywhere(table, r.metric())) continue;
            PairedResult p = r.paired();
            double base = reference(table, r).stats().mean();
            RowView view = r.isReference()
                    ? new RowView(scope(r.scope(), days), true, scenarios, r.label(), SvgChart.css(r.scenario()),
                    Display.number(r.stats().mean()), Display.interval(r.stats().ciLow(), r.stats().ciHigh()),
                    "", "", "", "", "", "", "", "", "", "(reference)", "")
                    : new RowView(scope(r.scope(), days), false, scenarios, r.label(), SvgChart.css(r.scenario()),
                    Display.number(r.stats().mean()), Display.interval(r.stats().ciLow(), r.stats().ciHigh()),
                    Display.signed(p.meanDiff()), percentInBrackets(p.meanDiff(), base).strip(),
                    Display.interval(r.adjCiLow(), r.adjCiHigh()), Display.confidence(r.adjLevel()),
                    Display.interval(p.diffCiLow(), p.diffCiHigh()), Display.p(p.pValue()), Display.p(r.pHolm()),
                    testName(p.test()), Display.effect(p.effectSize()), verdictText(r), css(r));
            byMetric.computeIfAbsent(r.metric(), k -> new ArrayList<>()).add(view);
        }
        List<MetricTable> out = new ArrayList<>();
        byMetric.forEach((metric, rows) -> out.add(new MetricTable(metric.label(), metric.column(), rows)));
        return out;
    }
}
