package communitysim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one load. Keeps the first problem per path, because later stages see what
 * earlier ones already reported: a value the reader dropped (a NaN, an alias) is then also missing, and a
 * knob out of range may also break a rule tying it to another.
 */
final class Problems {

    /** Enough to fix a file by; a junk file must not produce megabytes of output. */
    static final int MAX_REPORTED = 100;

    private final Locations locations;
    private final List<Problem> found = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();

    Problems(Locations locations) {
        this.locations = locations;
    }

    /** A problem at {@code path}, placed by {@link Locations}. */
    void at(KnobPath path, String message) {
        add(locations.problem(path, message));
    }

    /** A problem at a known line of the file. */
    void atLine(KnobPath path, int line, String message) {
        add(new Problem(locations.file(), line, path.toString(), message));
    }

    /** A problem with a {@code --set} argument, by the path (or text) it names. */
    void inSet(String what, String message) {
        add(new Problem(Locations.SET, 0, what, message));
    }

    /** A problem with an override as a whole, or with the value it gives {@code path}. */
    void inOverride(Assignment override, KnobPath path, String message) {
        if (override.isSet()) inSet(path == null ? override.text() : path.toString(), message);
        else add(new Problem(override.label(), 0, "", message));
    }

    /** Takes {@code other}'s problems at {@code path} or inside it. */
    void addAllUnder(Problems other, KnobPath path) {
        String at = path.toString();
        for (Problem p : other.found) {
            String q = p.path();
            if (q.equals(at) || q.startsWith(at + ".") || q.startsWith(at + "[")) add(p);
        }
    }

    /** Where the reader of the scenario file reports. */
    TreeReader.Sink fileSink() {
        return new TreeReader.Sink() {
            @Override
            public void dropped(KnobPath path, int line, String message) {
                atLine(path, line, message);
            }

            @Override
            public void report(KnobPath path, int line, String message) {
                found.add(new Problem(locations.file(), line, path.toString(), message));
            }
        };
    }

    /** Where the reader of an override's value for {@code base} reports. */
    TreeReader.Sink overrideSink(Assignment override, KnobPath base) {
        return new TreeReader.Sink() {
            @Override
            public void dropped(KnobPath path, int line, String message) {
                add(Locations.inOverride(override.label(), base.resolve(path), base, message));
            }

            @Override
            public void report(KnobPath path, int line, String message) {
                found.add(Locations.inOverride(override.label(), base.resolve(path), base, message));
            }
        };
    }

    private void add(Problem problem) {
        if (paths.add(problem.file() + " " + problem.path())) found.add(problem);
    }

    /** The problems found so far, in the order found. */
    List<Problem> list() {
        return List.copyOf(found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems in file order, then the {@code --set} ones, at most {@link #MAX_REPORTED} of them. */
    ScenarioException exception() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Problem p) -> !p.file().equals(locations.file())).thenComparingInt(Problem::line));
        if (sorted.size() <= MAX_REPORTED) return new ScenarioException(sorted);
        List<Problem> shown = new ArrayList<>(sorted.subList(0, MAX_REPORTED));
        shown.add(new Problem(locations.file(), 0, "", (sorted.size() - MAX_REPORTED) + " more problems not shown"));
        return new ScenarioException(shown);
    }

    void throwIfAny() throws ScenarioException {
        if (!isEmpty()) throw exception();
    }
}
