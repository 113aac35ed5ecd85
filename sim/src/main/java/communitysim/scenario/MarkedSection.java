package communitysim.scenario;

import java.util.Optional;

/**
 * A generated section of a Markdown file, between two marker lines (the knob reference, the metric
 * table): found, or rewritten with a new body, leaving the rest of the file as it was.
 *
 * @param what what the section holds, for the message when the markers are missing
 */
public record MarkedSection(String start, String end, String what) {
    /** The text between the marker lines, if both are there. */
    public Optional<String> in(String text) {
        int from = text.indexOf(start + "\n");
        int to = text.indexOf(end, from + 1);
        if (from < 0 || to < 0) return Optional.empty();
        return Optional.of(text.substring(from + start.length() + 1, to));
    }

    /** {@code text} with the section's body replaced by {@code body}. */
    public String with(String text, String body) {
        int from = text.indexOf(start + "\n");
        int to = text.indexOf(end, from + 1);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("no lines " + start + " and " + end + " to write the " + what + " between");
        }
        return text.substring(0, from + start.length() + 1) + body + text.substring(to);
    }

    /** A Markdown table cell's text: cells end at a pipe and rows at a newline. */
    public static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
