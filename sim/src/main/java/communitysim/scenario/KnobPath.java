package communitysim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in a scenario tree: keys and list indexes, written {@code recruitment.external.steps[0].rate}
 * in files' problem reports, {@code --set} and {@code --vary}.
 *
 * @param segments each a {@link String} key or an {@link Integer} index
 */
record KnobPath(List<Object> segments) {

    static final KnobPath ROOT = new KnobPath(List.of());

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)((?:\\[\\d{1,9}])*)");
    private static final int MAX_KEY_SHOWN = 40;
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    KnobPath {
        segments = List.copyOf(segments);
    }

    /** Parses the dotted form; throws {@link IllegalArgumentException} if it is not one. */
    static KnobPath parse(String text) {
        List<Object> segments = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) throw new IllegalArgumentException("not a knob path: " + text);
            segments.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) segments.add(Integer.valueOf(index.group(1)));
        }
        return new KnobPath(segments);
    }

    KnobPath key(String key) {
        return child(key);
    }

    KnobPath index(int index) {
        return child(index);
    }

    /** This path followed by one {@link String} key or {@link Integer} index. */
    KnobPath child(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new KnobPath(longer);
    }

    /** This path followed by {@code relative}. */
    KnobPath resolve(KnobPath relative) {
        List<Object> longer = new ArrayList<>(segments);
        longer.addAll(relative.segments);
        return new KnobPath(longer);
    }

    /** The enclosing path, or null for the root. */
    KnobPath parent() {
        return segments.isEmpty() ? null : new KnobPath(segments.subList(0, segments.size() - 1));
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    /** True if {@code ancestor} is this path or encloses it. */
    boolean startsWith(KnobPath ancestor) {
        return segments.size() >= ancestor.segments.size()
                && segments.subList(0, ancestor.segments.size()).equals(ancestor.segments);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                s.append('[').append(i).append(']');
            } else {
                if (s.length() > 0) s.append('.');
                String key = (String) segment;
                // No knob is that long; a junk key must not flood a problem report.
                s.append(key.length() <= MAX_KEY_SHOWN ? key : key.substring(0, MAX_KEY_SHOWN) + "...");
            }
        }
        return s.toString();
    }
}
