package communitysim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Creates a directory whole or not at all: its contents are written into a hidden temporary sibling
 * ({@code .<name>.partial-<random>}, same parent so same file system) that is renamed into place
 * only when complete. Readers never see a half-written folder, and a crash leaves only a hidden
 * {@code .partial} folder behind.
 */
public final class AtomicDirectory {

    /** Fills a directory; may throw anything, after which nothing is left behind. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path dir) throws IOException;
    }

    private AtomicDirectory() {}

    public static void create(Path target, Contents contents) throws IOException {
        Path out = target.toAbsolutePath().normalize();
        refuseExisting(target, out);
        Path parent = out.getParent();
        Files.createDirectories(parent);
        // Not Files.createTempDirectory: its owner-only permissions would stick to the results folder.
        Path temp = Files.createDirectory(parent.resolve("." + out.getFileName() + ".partial-" + UUID.randomUUID()));
        try {
            contents.writeInto(temp);
            // Checked again: on Linux a rename silently replaces an empty directory created meanwhile.
            refuseExisting(target, out);
            Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    private static void refuseExisting(Path target, Path out) throws FileAlreadyExistsException {
        if (Files.exists(out)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "results folder already exists; choose another --out or remove it");
        }
    }

    private static void deleteQuietly(Path dir, Throwable cause) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Deletes a directory and everything in it; nothing to do if it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
