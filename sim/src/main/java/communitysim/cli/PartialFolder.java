package communitysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import communitysim.calibrate.ObservedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The resumable results folder of calibrate and backtest: work goes into {@code DIR.partial} (with
 * the command that started it and the simulation journal), which becomes {@code DIR} by one rename
 * when every file is written. {@code --resume} continues a {@code DIR.partial} left by a kill, if it
 * was started by the same command.
 */
final class PartialFolder {
    static final String COMMAND = "command.json";

    final Path target;
    final Path partial;
    /** Whether the folder is already complete (a resume of finished work). */
    final boolean complete;

    private PartialFolder(Path target, Path partial, boolean complete) {
        this.target = target;
        this.partial = partial;
        this.complete = complete;
    }

    static PartialFolder open(Path target, boolean resume, JsonNode command, String flag) throws ObservedException, IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        if (resume) {
            if (Files.isDirectory(target) && !Files.exists(partial)) return new PartialFolder(target, partial, true);
            if (!Files.isDirectory(partial)) throw new ObservedException("--resume: no interrupted work in " + partial);
            Path recorded = partial.resolve(COMMAND);
            JsonNode before = Files.isRegularFile(recorded) ? new ObjectMapper().readTree(recorded.toFile()) : null;
            // compared as read back from text: a long seed and the int it reads back as are the same command
            JsonNode now = new ObjectMapper().readTree(command.toString());
            if (!now.equals(before)) {
                throw new ObservedException("--resume: " + partial + " was started by another command (see its " + COMMAND
                        + "); run that command with --resume, or remove the folder");
            }
            return new PartialFolder(target, partial, false);
        }
        Destination.check(target, flag);
        if (Files.exists(partial)) {
            throw new ObservedException(flag + " " + target + ": interrupted work is in " + partial + "; add --resume to continue it, or remove it");
        }
        Files.createDirectories(partial);
        Files.writeString(partial.resolve(COMMAND), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(command));
        return new PartialFolder(target, partial, false);
    }

    /** Files the finished results into the partial folder, then renames it into place. */
    void finish(communitysim.output.AtomicDirectory.Contents contents) throws IOException {
        contents.writeInto(partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
