package communitysim.sweep;

import communitysim.metrics.SummaryStats;

/**
 * Running mean and variance (Welford), so main effects need no list of values per level. Gives the
 * same statistics as {@link SummaryStats#of} on the values seen, with its edge cases: none gives
 * NaN, one gives sd 0 and the interval [mean, mean], a NaN makes the mean and interval NaN.
 */
final class Accumulator {
    private int n;
    private double mean;
    private double squares;

    void add(double v) {
        n++;
        double delta = v - mean;
        mean += delta / n;
        squares += delta * (v - mean);
    }

    SummaryStats stats() {
        if (n == 0) return SummaryStats.of();
        if (n == 1) return SummaryStats.of(mean);
        double sd = Math.sqrt(squares / (n - 1));
        double half = SummaryStats.tQuantile(n - 1) * sd / Math.sqrt(n);
        return new SummaryStats(n, mean, sd, mean - half, mean + half);
    }
}
