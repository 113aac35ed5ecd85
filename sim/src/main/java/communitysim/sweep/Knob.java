package communitysim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of value the knob at a path takes, read from the scenario schema. The loader stays the
 * authority on whether a value is acceptable; a sweep needs the kind before it has values, to know
 * whether a range makes sense and whether Latin-hypercube values must be rounded.
 */
public record Knob(String path, Type type, List<String> choices) {

    public enum Type { INTEGER, NUMBER, BOOLEAN, STRING, MAPPING, LIST, OTHER }

    // The copy of scenarios/scenario.schema.json that the build puts on the class path.
    private static final String SCHEMA = "/communitysim/scenario.schema.json";
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)((?:\\[\\d{1,9}])*)");

    public Knob {
        choices = List.copyOf(choices);
    }

    public boolean numeric() {
        return type == Type.INTEGER || type == Type.NUMBER;
    }

    /** The knob at {@code path}, or empty when the schema has none there (the loader says why). */
    static Optional<Knob> at(String path) {
        JsonNode node = Schema.ROOT;
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) return Optional.empty();
            node = node.path("properties").path(m.group(1));
            long indexes = m.group(2).chars().filter(c -> c == '[').count();
            for (long i = 0; i < indexes; i++) node = node.path("items");
            if (node.isMissingNode()) return Optional.empty();
        }
        List<String> choices = new ArrayList<>();
        node.path("enum").forEach(v -> choices.add(v.asText()));
        return Optional.of(new Knob(path, type(node.path("type").asText()), choices));
    }

    private static Type type(String schemaType) {
        return switch (schemaType) {
            case "integer" -> Type.INTEGER;
            case "number" -> Type.NUMBER;
            case "boolean" -> Type.BOOLEAN;
            case "string" -> Type.STRING;
            case "object" -> Type.MAPPING;
            case "array" -> Type.LIST;
            default -> Type.OTHER;
        };
    }

    /** How the knob reads in a message: {@code an integer knob}, {@code a string knob (one of graph, complete)}. */
    String describe() {
        String kind = switch (type) {
            case INTEGER -> "an integer knob";
            case NUMBER -> "a number knob";
            case BOOLEAN -> "a true/false knob";
            case STRING -> "a text knob";
            case MAPPING -> "a mapping of knobs";
            case LIST -> "a list";
            case OTHER -> "a knob";
        };
        return choices.isEmpty() ? kind : kind + " (one of " + String.join(", ", choices) + ")";
    }

    private static final class Schema {
        static final JsonNode ROOT = read();

        private static JsonNode read() {
            try (InputStream in = Knob.class.getResourceAsStream(SCHEMA)) {
                if (in == null) throw new IllegalStateException("classpath resource " + SCHEMA + " is missing from the build");
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SCHEMA, e);
            }
        }
    }
}
