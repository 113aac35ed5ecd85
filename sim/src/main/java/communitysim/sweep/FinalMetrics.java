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

    public static final List<Metric> MEANS = List.of(Metric.MEMBERS, Metric.DAU, Metric.ACTIVE_RATIO, Metric.CHURNED,
            Metric.JOINS);

    public static final List<String> COLUMNS = columns();

    /** The columns read first: two states on the final day, then three horizon means (flows are noisy on one day). */
    public static final List<String> HEADLINE = List.of("members", "dau", "active_ratio", "joins_mean", "churned_mean");

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
