package communitysim.scenario;

/**
 * One thing wrong with a scenario, located for a person to fix.
 *
 * @param file    the scenario file as the user typed it, or {@code --set} for an override
 * @param line    1-based line in {@code file}, 0 when unknown (or for {@code --set})
 * @param path    dotted knob path with {@code [i]} for list items, empty when the problem is the file itself
 * @param message plain English, e.g. {@code must be >= 0}
 */
public record Problem(String file, int line, String path, String message) {

    /** {@code file:line path: message}, leaving out {@code :line} when unknown and {@code  path} when empty. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        if (!path.isEmpty()) s.append(' ').append(path);
        return s.append(": ").append(message).toString();
    }
}
