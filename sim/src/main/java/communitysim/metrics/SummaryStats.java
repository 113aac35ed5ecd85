package communitysim.metrics;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Mean, sample standard deviation and 95% confidence interval of the mean of a sample of replicate
 * values, the interval by Student's t with {@code n - 1} degrees of freedom.
 *
 * <p>Edge cases, chosen so that every run still has a summary row: a single value has
 * {@code sd = 0} and the degenerate interval {@code [mean, mean]} (there is no spread to estimate
 * from); an empty sample has every statistic {@code NaN}. A {@code NaN} among the values makes the
 * mean and the interval {@code NaN}.
 */
public record SummaryStats(int n, double mean, double sd, double ciLow, double ciHigh) {

    public static final double CONFIDENCE = 0.95;

    // The quantile is a root-finding call; charts ask for it once per day and series with the same n.
    private static final ConcurrentHashMap<Integer, Double> T_QUANTILE = new ConcurrentHashMap<>();

    public static SummaryStats of(double... values) {
        int n = values.length;
        if (n == 0) return new SummaryStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double sum = 0;
        for (double v : values) sum += v;
        double mean = sum / n;
        if (n == 1) return new SummaryStats(1, mean, 0, mean, mean);
        // Two-pass: subtracting the mean first keeps the variance accurate for large, close values.
        double squares = 0;
        for (double v : values) squares += (v - mean) * (v - mean);
        double sd = Math.sqrt(squares / (n - 1));
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new SummaryStats(n, mean, sd, mean - half, mean + half);
    }

    /** The two-sided {@link #CONFIDENCE} quantile of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(int df) {
        return T_QUANTILE.computeIfAbsent(df, d ->
                new TDistribution(null, d).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2));
    }
}
