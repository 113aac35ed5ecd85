package communitysim.sweep;

import java.util.Map;

/**
 * A sweep engine other than this machine's threads, found with {@link java.util.ServiceLoader} so
 * that the core never depends on it: {@code sweep --engine NAME} runs the sweep's tasks on the
 * provider of that name if its module is on the class path (the {@code spark/} module provides
 * {@code spark}).
 */
public interface EngineProvider {
    /** The name {@code --engine} takes. */
    String name();

    /**
     * Opens the engine for one sweep.
     *
     * @param master  where to run (the engine's own notion, e.g. {@code local[*]}), or null for its default
     * @param options engine-specific {@code --engine-option KEY=VALUE} settings
     */
    Session open(String master, Map<String, String> options, String sweepName) throws Exception;

    /** An open engine: the executor to hand the sweep, and what to record of it; closed after the sweep. */
    interface Session extends AutoCloseable {
        Executor executor();

        /** The parallelism recorded in the manifest as the session's threads. */
        int parallelism();

        /** One line for the progress output, e.g. where it runs. */
        String describe();

        @Override
        void close();
    }
}
