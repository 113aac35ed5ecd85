package communitysim.studio;

import communitysim.metrics.Metric;
import communitysim.metrics.SummaryStats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charted columns of every replicate, filled day by day from the replicates' threads. A chart reads
 * the mean over the replicates that reached a day and the 95% interval of the mean (Student's t, as the
 * results folder's charts) over the replicates that finished.
 */
final class LiveSeries {
    private final List<Metric> metrics = ChartGroups.METRICS;
    private final float[][][] values; // [replicate][day-1][metric]
    /** Days each replicate has published (a replicate has finished when it reaches {@link #days}); guarded by this. */
    private final int[] daysDone;
    private final int days;
    private final int replicates;
    /** Days per point sent: long horizons are thinned to at most {@link #MAX_POINTS} points a series. */
    private final int every;

    /** Replicate-days kept for the live charts (about 100 MB); more replicates run and are written, but are not charted live. */
    static final long MAX_CELLS = 1_000_000;
    static final int MAX_POINTS = 2000;

    LiveSeries(int replicates, int days) {
        this.days = days;
        this.replicates = replicates;
        int charted = (int) Math.max(2, Math.min(replicates, MAX_CELLS / Math.max(1, days)));
        this.values = new float[Math.min(replicates, charted)][][];
        this.daysDone = new int[values.length];
        this.every = Math.max(1, (days + MAX_POINTS - 1) / MAX_POINTS);
    }

    /**
     * One replicate's day; called from that replicate's thread only. The row is written before the
     * day is published under the lock, and never rewritten, so a reader that saw the day sees the row.
     */
    void record(int replicate, int day, double[] row) {
        if (replicate >= values.length) return;
        if (values[replicate] == null) values[replicate] = new float[days][metrics.size()];
        float[] slot = values[replicate][day - 1];
        for (int i = 0; i < slot.length; i++) slot[i] = (float) row[metrics.get(i).ordinal()];
        synchronized (this) {
            daysDone[replicate] = day;
        }
    }

    /**
     * {@code {days, replicates, finished, reached, series: {column: {mean, lo, hi}}}} up to the
     * furthest day reached. Only the published days are read under the lock; the statistics are
     * computed outside it, so an open page never holds up the replicates.
     */
    Map<String, Object> snapshot() {
        int reps = values.length;
        int[] daysDone;
        synchronized (this) {
            daysDone = this.daysDone.clone();
        }
        boolean[] finished = new boolean[reps];
        int reached = 0, nFinished = 0;
        for (int r = 0; r < reps; r++) {
            reached = Math.max(reached, daysDone[r]);
            finished[r] = daysDone[r] == days;
            if (finished[r]) nFinished++;
        }
        Map<String, Object> series = new LinkedHashMap<>();
        double[] all = new double[reps];
        double[] done = new double[reps];
        int points = (reached + every - 1) / every;
        int[] dayNumbers = new int[points];
        for (int k = 0; k < points; k++) dayNumbers[k] = Math.min(reached, k * every + every);
        for (int m = 0; m < metrics.size(); m++) {
            Double[] mean = new Double[points], lo = new Double[points], hi = new Double[points];
            for (int k = 0; k < points; k++) {
                int d = dayNumbers[k] - 1;
                int na = 0, nd = 0;
                for (int r = 0; r < reps; r++) {
                    if (daysDone[r] > d) all[na++] = values[r][d][m];
                    if (finished[r]) done[nd++] = values[r][d][m];
                }
                if (na > 0) mean[k] = round(SummaryStats.of(java.util.Arrays.copyOf(all, na)).mean());
                if (nd >= 2) {
                    SummaryStats s = SummaryStats.of(java.util.Arrays.copyOf(done, nd));
                    boolean neverNegative = true;
                    for (int i = 0; i < nd; i++) neverNegative &= done[i] >= 0;
                    lo[k] = round(neverNegative ? Math.max(0, s.ciLow()) : s.ciLow());
                    // a share or an index lives in [0, 1]: with few replicates the t interval can
                    // reach far past 1, which would draw the noise of two runs as a range of outcomes
                    hi[k] = round(metrics.get(m).unitInterval() ? Math.min(1, s.ciHigh()) : s.ciHigh());
                }
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("mean", mean);
            one.put("lo", lo);
            one.put("hi", hi);
            series.put(metrics.get(m).column, one);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("days", days);
        out.put("replicates", replicates);
        out.put("charted", reps);
        out.put("dayNumbers", dayNumbers);
        out.put("finished", nFinished);
        out.put("reached", reached);
        out.put("series", series);
        return out;
    }

    private static Double round(double v) {
        if (!Double.isFinite(v)) return null;
        if (v == 0) return 0.0;
        double scale = Math.pow(10, 5 - (int) Math.ceil(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }
}
