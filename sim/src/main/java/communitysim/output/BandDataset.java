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
            for (int d = 0; d < days; d++) {
                for (int i = 0; i < sample.length; i++) sample[i] = replicates.get(i).daily()[d][metric.ordinal()];
                SummaryStats s = SummaryStats.of(sample);
                // A NaN day would break the band's polygon; leaving it out draws a straight segment instead.
                if (Double.isFinite(s.mean()) && Double.isFinite(s.ciLow()) && Double.isFinite(s.ciHigh())) {
                    series.add(d + 1, s.mean(), s.ciLow(), s.ciHigh());
                }
            }
            dataset.addSeries(series);
        }
        return dataset;
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
