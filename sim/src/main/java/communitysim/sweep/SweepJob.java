package communitysim.sweep;

import java.io.Serializable;

/**
 * What every task of a sweep shares, in a form that travels (to a Spark executor, say): the base
 * scenario as resolved JSON with {@code --set} and {@code --days} applied, where it came from, and
 * whether daily rows are wanted, and which period series each task should report (null: none).
 */
public record SweepJob(String scenarioJson, String scenarioSource, boolean daily, PeriodSeries series) implements Serializable {
    /** A job whose tasks report final metrics (and daily rows if asked), no period series. */
    public SweepJob(String scenarioJson, String scenarioSource, boolean daily) {
        this(scenarioJson, scenarioSource, daily, null);
    }
}
