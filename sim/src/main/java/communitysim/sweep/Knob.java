package communitysim.sweep;

import communitysim.scenario.ScenarioSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What kind of value the knob at a path takes, read from the scenario schema. The loader stays the
 * authority on whether a value is acceptable; a sweep needs the kind before it has values, to know
 * whether a range makes sense and whether Latin-hypercube values must be rounded.
 */
public record Knob(String path, Type type, List<String> choices) {

    public enum Type { INTEGER, NUMBER, BOOLEAN, STRING, MAPPING, LIST, OTHER }

    public Knob {
        choices = List.copyOf(choices);
    }

    public boolean numeric() {
        return type == Type.INTEGER || type == Type.NUMBER;
    }

    /** The knob at {@code path}, or empty when the schema has none there (the loader says why). */
    static Optional<Knob> at(String path) {
        return ScenarioSchema.knob(path).map(node -> {
            List<String> choices = new ArrayList<>();
            node.path("enum").forEach(v -> choices.add(v.asText()));
            return new Knob(path, type(node.path("type").asText()), choices);
        });
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
}
