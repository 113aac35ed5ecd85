package communitysim.sweep;

import communitysim.metrics.Metric;

import java.util.ArrayList;
import java.util.List;

/**
 * The metric columns of {@code runs.csv}: every {@link Metric} on the final day (named like the
 * daily column), then the horizon mean of the headline metrics, named {@code <column>_mean}, because
 * a flow such as joins is noisy on any single day.
 */
public final class FinalMetrics {

    /** The key headlines of the metric definitions ({@link Metric.Headline#key()}), in rank order. */
    public static final List<Metric> MEANS = Metric.keyHeadlines();

    public static final List<String> COLUMNS = columns();

    /** The columns read first, one per key headline: a flow as its horizon mean (noisy on one day), anything else on the final day. */
    public static final List<String> HEADLINE = MEANS.stream()
            .map(m -> m.kind.summedOverPeriods() ? m.column + "_mean" : m.column).toList();

    private FinalMetrics() {}

    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (Metric m : Metric.values()) columns.add(m.column);
        for (Metric m : MEANS) columns.add(m.column + "_mean");
        return List.copyOf(columns);
    }

    /** The row for one replicate's daily series ({@code daily[day - 1][metric ordinal]}). */
    static double[] of(double[][] daily) {
        if (daily.length == 0) throw new IllegalArgumentException("a replicate with no days has no final metrics");
        int metrics = Metric.count();
        double[] row = new double[COLUMNS.size()];
        System.arraycopy(daily[daily.length - 1], 0, row, 0, metrics);
        for (int i = 0; i < MEANS.size(); i++) {
            int m = MEANS.get(i).ordinal();
            double sum = 0;
            for (double[] day : daily) sum += day[m];
            row[metrics + i] = sum / daily.length;
        }
        return row;
    }
}
