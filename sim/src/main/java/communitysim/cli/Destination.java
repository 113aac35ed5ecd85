package communitysim.cli;

import communitysim.calibrate.ObservedException;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a results folder the user named before any work: it must not exist, and its parent must be a writable folder. */
final class Destination {
    private Destination() {}

    static void check(Path out, String flag) throws ObservedException {
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new ObservedException(flag + " " + out + ": already exists; results never overwrite a folder");
        }
        Path parent = out.toAbsolutePath().normalize().getParent();
        while (parent != null && !Files.exists(parent)) parent = parent.getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new ObservedException(flag + " " + out + ": cannot be created (" + (parent == null ? "no parent folder" : parent + " is not a writable folder") + ")");
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 200) {
            throw new ObservedException(flag + ": the folder name is too long (" + name.length() + " characters; at most 200)");
        }
    }
}
