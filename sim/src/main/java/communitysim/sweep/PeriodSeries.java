package communitysim.sweep;

import communitysim.metrics.Metric;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What a task reports of its daily series when a job asks for more than final metrics (calibration,
 * forecasts): for each named metric, one value per period, a flow summed over the period's days and
 * any other metric read on its last day ({@link Metric.Kind#summedOverPeriods()}). Periods are model
 * days {@code firstDay[p]..lastDay[p]} inclusive (day 1 is the first simulated day). The result is
 * laid out metric-major: value of metric i in period p at {@code i * periods + p}. A run stops early
 * once it has more than {@code memberCap} members, its later days repeating the last one.
 */
public record PeriodSeries(String[] metrics, int[] firstDay, int[] lastDay, long memberCap) implements Serializable {
    public PeriodSeries(String[] metrics, int[] firstDay, int[] lastDay) {
        this(metrics, firstDay, lastDay, Long.MAX_VALUE);
    }

    public PeriodSeries {
        if (firstDay.length != lastDay.length) throw new IllegalArgumentException("period bounds differ in length");
        for (int p = 0; p < firstDay.length; p++) {
            if (firstDay[p] < 1 || lastDay[p] < firstDay[p]) {
                throw new IllegalArgumentException("period " + p + " spans days " + firstDay[p] + ".." + lastDay[p]);
            }
        }
        for (String m : metrics) Metric.byColumn(m);
        metrics = metrics.clone();
        firstDay = firstDay.clone();
        lastDay = lastDay.clone();
    }

    public int periods() {
        return firstDay.length;
    }

    /** The last day any period needs: the horizon a run must reach. */
    public int lastNeededDay() {
        return Arrays.stream(lastDay).max().orElse(0);
    }

    /** {@code daily[d][m]} is metric m on day d + 1, as {@link communitysim.metrics.ReplicateResult#daily()}. */
    public double[] of(double[][] daily) {
        int n = periods();
        double[] out = new double[metrics.length * n];
        for (int i = 0; i < metrics.length; i++) {
            Metric m = Metric.byColumn(metrics[i]);
            boolean sum = m.kind.summedOverPeriods();
            int col = m.ordinal();
            for (int p = 0; p < n; p++) {
                double v = 0;
                if (sum) for (int d = firstDay[p]; d <= lastDay[p]; d++) v += daily[d - 1][col];
                else v = daily[lastDay[p] - 1][col];
                out[i * n + p] = v;
            }
        }
        return out;
    }
}
