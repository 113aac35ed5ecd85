package communitysim.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a sweep: run {@code r} sets each varied knob to {@link #value}. Small state only (the
 * levels, or the sampled points), whatever the number of replicates.
 */
public interface Design {

    /** Designs beyond this many runs are refused: even their pre-flight check would take minutes. */
    int MAX_RUNS = 1_000_000;

    /** Runs × replicates beyond this are refused: the journal's index takes 12 bytes a task. */
    long MAX_TASKS = 10_000_000;

    int runs();

    List<Dimension> dimensions();

    Value value(int run, int dimension);

    /** The groups main effects average over along one dimension, in order. */
    List<Level> levels(int dimension);

    /** The group of {@link #levels} that {@code run} falls in along {@code dimension}. */
    int levelOf(int run, int dimension);

    /** Run {@code run}'s settings as {@code PATH=VALUE} overrides, in {@code --vary} order. */
    default List<String> overrides(int run) {
        List<String> overrides = new ArrayList<>();
        for (int d = 0; d < dimensions().size(); d++) {
            overrides.add(dimensions().get(d).path() + "=" + value(run, d).override());
        }
        return overrides;
    }
}
