package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.run.RunResult;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BandDatasetTest {

    @Test
    void aBandOfANonNegativeMetricStopsAtZero() {
        // Churn of 0 or 30 a day over three replicates: mean 10, t-interval about [-33, 53]; nobody leaves -33 times.
        RunResult run = FakeRuns.simple(3, 2);
        double[] churned = {0, 0, 30};
        for (int r = 0; r < 3; r++) {
            for (double[] day : run.replicates().get(r).daily()) day[Metric.CHURNED.ordinal()] = churned[r];
        }
        YIntervalSeriesCollection data = BandDataset.of(new ChartSpec("c", "t", "y", "caption", Metric.CHURNED),
                run.replicates());
        for (int i = 0; i < data.getItemCount(0); i++) {
            assertEquals(10, data.getYValue(0, i), 1e-12);
            assertEquals(0, data.getStartYValue(0, i));
            assertTrue(data.getEndYValue(0, i) > 50);
        }
    }

    @Test
    void aMetricThatWentNegativeKeepsItsWholeBand() {
        RunResult run = FakeRuns.simple(3, 2);
        double[] values = {-1, 0, 30};
        for (int r = 0; r < 3; r++) {
            for (double[] day : run.replicates().get(r).daily()) day[Metric.VALUE.ordinal()] = values[r];
        }
        YIntervalSeriesCollection data = BandDataset.of(new ChartSpec("v", "t", "y", "caption", Metric.VALUE),
                run.replicates());
        assertTrue(data.getStartYValue(0, 0) < -30, "" + data.getStartYValue(0, 0));
    }
}
