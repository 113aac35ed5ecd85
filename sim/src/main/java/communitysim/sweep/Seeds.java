package communitysim.sweep;

import communitysim.model.Streams;

/**
 * The seed of run {@code r}, replicate {@code i} of a sweep: a SplitMix64 hash of (base seed, r, i),
 * so no two tasks share a stream and a task's seed does not depend on which other tasks exist.
 *
 * <p>Only the top 53 bits are kept: a task seed is then a valid scenario {@code seed}, and
 * {@code run SCENARIO --set <the run's values> --seed <task seed> --reps 1} replays the task exactly
 * (replicate 0 of {@code run} uses the base seed itself).
 */
public final class Seeds {
    /** Tells task seeds apart from the sweep's other derived streams (the LHS design). */
    static final long TASK_STREAM = 0x5eed;

    public static final String RULE = "seed(run r, replicate i) = Streams.derive(baseSeed, r, i, 0x5eed) >>> 11"
            + " (SplitMix64, top 53 bits); every task's seed is also in runs.csv";

    private Seeds() {}

    public static long of(long baseSeed, int run, int replicate) {
        return Streams.derive(baseSeed, run, replicate, TASK_STREAM) >>> 11;
    }
}
