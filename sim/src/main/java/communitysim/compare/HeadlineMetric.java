package communitysim.compare;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.output.Scope;

import java.util.List;

/**
 * A metric a comparison reports and charts, with its chart's y-axis label (units included). Metrics that
 * are 0 throughout in every scenario (a feature no scenario switches on) are still tested and tabled,
 * but not charted.
 *
 * <p>A per-member view divides a flow by the members present, so that two communities of different size
 * compare on rates: a policy that doubles the community doubles its content without anyone posting more.
 * Such rows are tabled and tested, not charted.
 *
 * @param perMember the metric divided by members: on the final day that day's value over that day's
 *                  members; over the horizon the sum over days over the sum of members (per member-day),
 *                  so days with few members weigh little. 0 when there are no members
 */
public record HeadlineMetric(Metric metric, boolean perMember, String column, String label, String axisLabel) {

    HeadlineMetric(Metric metric, String axisLabel) {
        this(metric, false, metric.column, metric.label, axisLabel);
    }

    private static HeadlineMetric perMember(Metric metric, String label) {
        return new HeadlineMetric(metric, true, metric.column + "_per_member", label, label);
    }

    /**
     * What a policy team asks about first: size, activity, flows, health of the members, inequality; then
     * rates. The report headlines of the metric definitions in rank order, then a per-member row for each
     * that has a per-member label ({@link Metric.Headline}).
     */
    public static final List<HeadlineMetric> ALL = all();

    private static List<HeadlineMetric> all() {
        List<HeadlineMetric> rows = new java.util.ArrayList<>();
        for (Metric m : Metric.headlines()) rows.add(new HeadlineMetric(m, m.axisLabel()));
        for (Metric m : Metric.headlines()) if (m.headline.perMemberLabel() != null) rows.add(perMember(m, m.headline.perMemberLabel()));
        return List.copyOf(rows);
    }

    public Metric.Valence valence() {
        return metric.valence;
    }

    /** This row's number for one replicate in one scope; {@code NaN} if the replicate has no days. */
    double value(ReplicateResult replicate, Scope scope) {
        if (!perMember) return scope.value(replicate, metric);
        double[][] daily = replicate.daily();
        if (daily.length == 0) return Double.NaN;
        int m = metric.ordinal();
        int members = Metric.MEMBERS.ordinal();
        double value = 0;
        double people = 0;
        for (int d = scope == Scope.FINAL ? daily.length - 1 : 0; d < daily.length; d++) {
            value += daily[d][m];
            people += daily[d][members];
        }
        return people == 0 ? 0 : value / people;
    }
}
