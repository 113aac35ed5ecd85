package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;

/** Which single number of a replicate's daily series a summary is about. */
public enum Scope {
    /** The value on the last day. */
    FINAL("final"),
    /** The mean over every day of the horizon. */
    HORIZON("horizon");

    public final String key;

    Scope(String key) {
        this.key = key;
    }

    /** This scope's value of {@code metric} in one replicate; {@code NaN} if the replicate has no days. */
    public double value(ReplicateResult replicate, Metric metric) {
        double[][] daily = replicate.daily();
        if (daily.length == 0) return Double.NaN;
        int m = metric.ordinal();
        if (this == FINAL) return daily[daily.length - 1][m];
        double sum = 0;
        for (double[] day : daily) sum += day[m];
        return sum / daily.length;
    }
}
