package communitysim.studio;

import communitysim.metrics.Metric;
import communitysim.metrics.Metric.Chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run page's live charts: a choice of the results folder's charts ({@link Metric.Chart}), each
 * drawn with the metrics its definition puts on it, so the studio and a results folder never
 * disagree on what a chart shows. Token charts are marked so the page can leave them out of a
 * scenario without a token economy.
 */
final class ChartGroups {
    /** The charts a strategist watches first, in page order. */
    static final List<Chart> ALL = List.of(Chart.MEMBERS, Chart.ACTIVE, Chart.JOINS, Chart.CHURN_CAUSES,
            Chart.ROLES, Chart.PARTICIPATION, Chart.TOKENS, Chart.CONCENTRATION, Chart.SUBGROUPS, Chart.LEADERS, Chart.VALUE);

    /** Every metric drawn, each once, in chart order. */
    static final List<Metric> METRICS;

    static {
        List<Metric> m = new ArrayList<>();
        for (Chart c : ALL) for (Metric x : c.series()) if (!m.contains(x)) m.add(x);
        METRICS = List.copyOf(m);
    }

    private ChartGroups() {}

    static List<Map<String, Object>> describe() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Chart c : ALL) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", c.id);
            m.put("title", c.title);
            m.put("tokens", c.tokens);
            List<Map<String, String>> series = new ArrayList<>();
            for (Metric x : c.series()) series.add(Map.of("column", x.column, "label", x.label));
            m.put("series", series);
            out.add(m);
        }
        return out;
    }
}
