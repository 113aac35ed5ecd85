package communitysim.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One unit of sweep work: replicate {@code replicate} of run {@code run}. Everything an
 * {@link Executor} on another machine needs besides the {@link SweepJob}.
 *
 * @param overrides the run's {@code PATH=VALUE} settings, applied to the job's base scenario
 */
public record Task(int run, int replicate, long seed, List<String> overrides) implements Serializable {
    public Task {
        overrides = List.copyOf(overrides);
    }
}
