package communitysim.cli;

import java.util.Optional;

/**
 * {@code --threads} for every command that takes it. Results never depend on the thread count, and
 * threads beyond the cores only cost memory (each replicate running at once holds its own
 * community), so a count over {@link #MAX} is refused as a typo rather than started.
 */
final class Threads {
    static final int MAX = 256;

    private Threads() {}

    /** What is wrong with {@code --threads}, as one line naming it as typed; empty if nothing (or not given). */
    static Optional<String> problem(Integer threads) {
        if (threads == null || (threads >= 1 && threads <= MAX)) return Optional.empty();
        return Optional.of("--threads " + threads + ": must be between 1 and " + MAX + " (results do not depend on it)");
    }

    /** The threads to use: as given, else one per core (at most {@link #MAX}). */
    static int resolve(Integer threads) {
        return threads != null ? threads : Math.min(MAX, Runtime.getRuntime().availableProcessors());
    }
}
