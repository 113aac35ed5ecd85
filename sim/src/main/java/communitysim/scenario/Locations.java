package communitysim.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of a scenario tree came from: a line of the file or a {@code --set}.
 * A problem is placed at its own path if known, else at the nearest enclosing one, so a problem about
 * a missing or defaulted field points at the line of its parent object.
 */
final class Locations {

    static final String SET = "--set";

    private final String file;
    private final Map<KnobPath, Integer> lines = new HashMap<>();
    /** Paths written by an override, with its label ({@code --set} or the flag as typed). */
    private final Map<KnobPath, String> overridden = new HashMap<>();

    Locations(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** The line map filled while reading the file. */
    Map<KnobPath, Integer> lines() {
        return lines;
    }

    /** Marks {@code path} as written by an override; the file's lines for what it replaced no longer apply. */
    void overridden(KnobPath path, String label) {
        lines.keySet().removeIf(p -> p.startsWith(path));
        overridden.keySet().removeIf(p -> p.startsWith(path));
        overridden.put(path, label);
    }

    Problem problem(KnobPath path, String message) {
        for (KnobPath p = path; p != null; p = p.parent()) {
            String label = overridden.get(p);
            if (label != null) return inOverride(label, path, p, message);
            Integer line = lines.get(p);
            if (line != null) return new Problem(file, line, path.toString(), message);
        }
        return new Problem(file, 0, path.toString(), message);
    }

    /**
     * A problem in what an override wrote at {@code written}: a {@code --set} is named by the path; a
     * flag by itself, plus the path inside what it wrote if the problem is deeper.
     */
    static Problem inOverride(String label, KnobPath path, KnobPath written, String message) {
        if (label.equals(SET)) return new Problem(SET, 0, path.toString(), message);
        return new Problem(label, 0, path.equals(written) ? "" : path.toString(), message);
    }
}
