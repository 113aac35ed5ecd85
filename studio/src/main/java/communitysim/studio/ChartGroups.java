package communitysim.studio;

import communitysim.metrics.Metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run page's charts, each a few daily.csv columns drawn together. */
final class ChartGroups {
    record Group(String key, String title, List<Metric> metrics) {}

    static final List<Group> ALL = List.of(
            new Group("members", "Members", List.of(Metric.MEMBERS)),
            new Group("active", "Active members (daily, weekly, monthly)", List.of(Metric.DAU, Metric.WAU, Metric.MAU)),
            new Group("joins", "Joins per day by channel", List.of(Metric.JOINS_EXTERNAL, Metric.JOINS_REFERRAL)),
            new Group("churn", "Churn per day", List.of(Metric.CHURNED_VOLUNTARY, Metric.CHURNED_REMOVED)),
            new Group("roles", "Roles", List.of(Metric.ROLE_INACTIVE, Metric.ROLE_ONLOOKER, Metric.ROLE_PARTICIPANT,
                    Metric.ROLE_COLLECTOR, Metric.ROLE_COMMENTER, Metric.ROLE_CREATOR)),
            new Group("tokens", "Tokens (cumulative)", List.of(Metric.TOKENS_EMITTED, Metric.TOKENS_PAID, Metric.TOKENS_SOLD,
                    Metric.TOKENS_BURNED)),
            new Group("inequality", "Inequality", List.of(Metric.GINI, Metric.TOP10_SHARE, Metric.CONTENT_GINI)),
            new Group("groups", "Subgroups and leaders", List.of(Metric.SUBGROUPS, Metric.GROUP_LEADERS, Metric.OPINION_LEADERS)),
            new Group("value", "Community value V = active x A", List.of(Metric.VALUE)));

    /** Every metric drawn, each once, in chart order. */
    static final List<Metric> METRICS;

    static {
        List<Metric> m = new ArrayList<>();
        for (Group g : ALL) for (Metric x : g.metrics()) if (!m.contains(x)) m.add(x);
        METRICS = List.copyOf(m);
    }

    private ChartGroups() {}

    static List<Map<String, Object>> describe() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Group g : ALL) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", g.key());
            m.put("title", g.title());
            List<Map<String, String>> series = new ArrayList<>();
            for (Metric x : g.metrics()) series.add(Map.of("column", x.column, "label", x.label));
            m.put("series", series);
            out.add(m);
        }
        return out;
    }
}
