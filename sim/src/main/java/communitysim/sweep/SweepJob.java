package communitysim.sweep;

import java.io.Serializable;

/**
 * What every task of a sweep shares, in a form that travels (to a Spark executor, say): the base
 * scenario as resolved JSON with {@code --set} and {@code --days} applied, where it came from, and
 * whether daily rows are wanted.
 */
public record SweepJob(String scenarioJson, String scenarioSource, boolean daily) implements Serializable {}
