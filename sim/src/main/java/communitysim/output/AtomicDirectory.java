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

    /**
     * Longest name accepted for a folder to create: file systems allow 255 bytes, and the hidden
     * work folders add their suffixes ({@code .partial-<uuid>}) to the name.
     */
    static final int MAX_NAME_BYTES = 200;

    /**
     * Why {@code target} cannot be created as a new folder, as one plain line starting with
     * {@code flag} and the path as typed ({@code --out /proc/x: ...}); empty if it can. Commands call
     * it before any simulation so that an unusable destination fails in a second, not after the run.
     * It leaves nothing behind: the only probe is an empty hidden folder, created and deleted in the
     * nearest existing ancestor.
     */
    public static java.util.Optional<String> whyUnusable(Path target, String flag) {
        String at = flag + " " + target + ": ";
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            return java.util.Optional.of(at + "is a symbolic link to a missing target; choose a new folder");
        }
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.of(at + "already exists; results never overwrite a folder");
        }
        Path out = target.toAbsolutePath().normalize();
        Path existing = out.getParent();
        while (existing != null && !Files.exists(existing)) {
            if (Files.isSymbolicLink(existing)) {
                return java.util.Optional.of(at + existing + " is a symbolic link to a missing target");
            }
            existing = existing.getParent();
        }
        if (existing == null) return java.util.Optional.of(at + "no part of the path exists");
        for (Path p = out; !p.equals(existing); p = p.getParent()) {
            int bytes = p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                return java.util.Optional.of(at + "a name in it is too long (" + bytes + " bytes; at most " + MAX_NAME_BYTES + ")");
            }
        }
        if (!Files.isDirectory(existing)) return java.util.Optional.of(at + existing + " is a file, not a folder");
        Path probe = existing.resolve(".communitysim-probe-" + UUID.randomUUID());
        try {
            Files.createDirectory(probe);
            Files.delete(probe);
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.NoSuchFileException ? "the file system does not allow it" : e.getClass().getSimpleName();
            return java.util.Optional.of(at + "cannot create a folder in " + existing + " (" + reason.toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return java.util.Optional.empty();
    }

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
