package communitysim.studio;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One queued piece of work (a run or a comparison); the queue runs one at a time. */
abstract class Job {
    enum State { QUEUED, RUNNING, DONE, FAILED, STOPPED }

    /** Thrown from a simulation's callback to stop it; the runners pass it up unchanged. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    final int id;
    final String kind;
    final String label;
    final Instant submitted = Instant.now();
    volatile State state = State.QUEUED;
    volatile long done;
    volatile long total;
    volatile String folder;
    volatile String error;
    volatile boolean stopRequested;
    volatile Instant started;
    volatile Instant ended;

    Job(int id, String kind, String label, long total) {
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.total = total;
    }

    /** Does the work; writes the results folder and sets {@link #folder}. */
    abstract void execute() throws Exception;

    /** Called by the simulation's callbacks: throws once a stop was asked for. */
    final void checkStop() {
        if (stopRequested) throw new Stopped();
    }

    final boolean finished() {
        return state == State.DONE || state == State.FAILED || state == State.STOPPED;
    }

    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("kind", kind);
        m.put("label", label);
        m.put("state", state.name().toLowerCase());
        m.put("done", done);
        m.put("total", total);
        m.put("folder", folder);
        m.put("error", error);
        m.put("submitted", submitted.toString());
        m.put("started", started == null ? null : started.toString());
        m.put("ended", ended == null ? null : ended.toString());
        return m;
    }

    /** Writes a results folder; the folder must not exist yet. */
    @FunctionalInterface
    interface FolderWriter {
        void write(Path dir) throws IOException;
    }

    /**
     * Writes into {@code dir}, or {@code dir-2}, {@code dir-3}, ... when it exists: two jobs of one
     * scenario within a second share the CLI's folder name, and results never overwrite. Returns the
     * folder written.
     */
    static Path writeFresh(Path dir, FolderWriter writer) throws IOException {
        Path target = dir;
        for (int k = 2; ; k++) {
            try {
                writer.write(target);
                return target;
            } catch (FileAlreadyExistsException e) {
                if (k > 50) throw e;
                target = dir.resolveSibling(dir.getFileName() + "-" + k);
            }
        }
    }
}
