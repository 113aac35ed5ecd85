package communitysim.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a path a browser sent into a file inside one root folder, or nothing: no absolute paths, no
 * {@code ..}, no hidden segments, no control characters, and after resolving symbolic links the file must
 * still be inside the root. The studio never reads or writes a path that did not come through here.
 */
final class SafePaths {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._ +-]{0,199}");
    /** A file name the studio may create: a scenario's name rules plus its extension. */
    static final Pattern SCENARIO_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}\\.(yaml|yml|json)");

    private SafePaths() {}

    /** {@code relative} inside {@code root} (existing or not), or empty when it is not a plain relative path there. */
    static Optional<Path> inside(Path root, String relative) {
        if (relative == null || relative.isEmpty() || relative.length() > 1000) return Optional.empty();
        if (relative.startsWith("/") || relative.contains("\\") || relative.contains("//")) return Optional.empty();
        String trimmed = relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
        for (String segment : trimmed.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) return Optional.empty();
        }
        Path candidate = root.resolve(trimmed).normalize();
        if (!candidate.startsWith(root) || candidate.equals(root)) return Optional.empty();
        // A link inside the root may point anywhere: judge where it leads.
        try {
            Path realRoot = root.toRealPath();
            Path probe = candidate;
            while (probe != null && !Files.exists(probe, LinkOption.NOFOLLOW_LINKS)) probe = probe.getParent();
            if (probe == null) return Optional.empty();
            if (!probe.toRealPath().startsWith(realRoot)) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /** An existing regular file inside {@code root}. */
    static Optional<Path> existingFile(Path root, String relative) {
        return inside(root, relative).filter(Files::isRegularFile);
    }

    /** An existing folder inside {@code root}. */
    static Optional<Path> existingFolder(Path root, String relative) {
        return inside(root, relative).filter(Files::isDirectory);
    }

    /** {@code file} relative to {@code root}, with forward slashes. */
    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
