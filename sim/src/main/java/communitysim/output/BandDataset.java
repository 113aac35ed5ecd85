package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.metrics.SummaryStats;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.util.List;

/** A chart's data: per series and day, the mean across replicates and its 95% interval. */
final class BandDataset {

    private BandDataset() {}

    static YIntervalSeriesCollection of(ChartSpec spec, List<ReplicateResult> replicates) {
        // Replicates of one run share the horizon; the shortest bounds it in case one stopped early.
        int days = replicates.stream().mapToInt(r -> r.daily().length).min().orElse(0);
        double[] sample = new double[replicates.size()];
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        for (Metric metric : spec.series()) {
            YIntervalSeries series = new YIntervalSeries(metric.label, false, true);
            // A t-interval is symmetric; for a metric no replicate ever took below 0 (a count, a share), the
            // part of the band under 0 is an artefact of the interval, not a possible value.
            double floor = neverNegative(replicates, metric, days) ? 0 : Double.NEGATIVE_INFINITY;
            for (int d = 0; d < days; d++) {
                for (int i = 0; i < sample.length; i++) sample[i] = replicates.get(i).daily()[d][metric.ordinal()];
                SummaryStats s = SummaryStats.of(sample);
                // A NaN day would break the band's polygon; leaving it out draws a straight segment instead.
                if (Double.isFinite(s.mean()) && Double.isFinite(s.ciLow()) && Double.isFinite(s.ciHigh())) {
                    series.add(d + 1, s.mean(), Math.max(floor, s.ciLow()), s.ciHigh());
                }
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    private static boolean neverNegative(List<ReplicateResult> replicates, Metric metric, int days) {
        for (ReplicateResult r : replicates) {
            for (int d = 0; d < days; d++) if (r.daily()[d][metric.ordinal()] < 0) return false;
        }
        return true;
    }

    /** True when every mean and bound is zero (or there is no data): the chart has no scale of its own. */
    static boolean allZero(YIntervalSeriesCollection dataset) {
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            for (int i = 0; i < dataset.getItemCount(s); i++) {
                if (dataset.getYValue(s, i) != 0 || dataset.getStartYValue(s, i) != 0
                        || dataset.getEndYValue(s, i) != 0) return false;
            }
        }
        return true;
    }
}
