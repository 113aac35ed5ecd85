package communitysim.output;

import communitysim.metrics.Metric;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The charts every results folder carries, one per {@link Metric.Chart}, each drawing the metrics
 * defined on it. Add a chart by adding a {@link Metric.Chart} and naming it in the metrics' definitions.
 * One chart, one kind of number ({@link Metric.Kind}): a count of things beside a count per day on the
 * same axis invites a comparison that means nothing.
 */
public final class HeadlineCharts {

    public static final List<ChartSpec> ALL = Arrays.stream(Metric.Chart.values()).map(HeadlineCharts::spec).toList();

    /** Metrics that are all zero when a scenario has no tokens (rewards off): balances exist only through them. */
    public static final Set<Metric> TOKEN_METRICS = Arrays.stream(Metric.values()).filter(Metric::needsTokens)
            .collect(Collectors.toUnmodifiableSet());

    private HeadlineCharts() {}

    /** The chart's specification from its definition and the metrics drawn on it. */
    public static ChartSpec spec(Metric.Chart chart) {
        return new ChartSpec(chart.id, chart.title, chart.yLabel, chart.caption, chart.series());
    }

    /** Whether the chart shows only token figures, so that it says nothing in a run without tokens. */
    public static boolean isTokenChart(ChartSpec spec) {
        return TOKEN_METRICS.containsAll(spec.series());
    }
}
