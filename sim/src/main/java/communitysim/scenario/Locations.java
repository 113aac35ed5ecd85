package communitysim.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where each part of a scenario tree came from: a line of the file or a {@code --set}.
 * A problem is placed at its own path if known, else at the nearest enclosing one, so a problem about
 * a missing or defaulted field points at the line of its parent object.
 */
final class Locations {

    static final String SET = "--set";

    private final String file;
    private final Map<KnobPath, Integer> lines = new HashMap<>();
    private final Set<KnobPath> overridden = new HashSet<>();

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

    /** Marks {@code path} as written by {@code --set}; the file's lines for what it replaced no longer apply. */
    void overridden(KnobPath path) {
        lines.keySet().removeIf(p -> p.startsWith(path));
        overridden.add(path);
    }

    Problem problem(KnobPath path, String message) {
        for (KnobPath p = path; p != null; p = p.parent()) {
            if (overridden.contains(p)) return new Problem(SET, 0, path.toString(), message);
            Integer line = lines.get(p);
            if (line != null) return new Problem(file, line, path.toString(), message);
        }
        return new Problem(file, 0, path.toString(), message);
    }
}
