package communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;

/** Validates a tree against the scenario schema and words each violation in plain English. */
final class SchemaCheck {

    private static final int MAX_SHOWN = 40;

    private SchemaCheck() {}

    static void check(JsonNode tree, Problems problems) {
        for (Error error : ScenarioSchema.validator().validate(tree)) {
            KnobPath at = path(error.getInstanceLocation());
            switch (error.getKeyword()) {
                case "additionalProperties" -> problems.at(at.key(error.getProperty()), unknownField(at, error.getProperty()));
                case "required" -> problems.at(at.key(error.getProperty()), "is required");
                default -> problems.at(at, message(error));
            }
        }
    }

    private static KnobPath path(NodePath location) {
        KnobPath path = KnobPath.ROOT;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? path.index(index) : path.key(element.toString());
        }
        return path;
    }

    static String unknownField(KnobPath parent, String name) {
        List<String> known = ScenarioSchema.at(parent).map(ScenarioSchema::propertyNames).orElse(List.of());
        String hint = Suggest.hint(name, known);
        if (hint.isEmpty() && !known.isEmpty()) hint = " (known fields: " + listed(known) + ")";
        return "unknown field '" + shorten(name) + "'" + hint;
    }

    /** The names, or as many as a line holds and how many there are in all: a message stays one readable line. */
    private static String listed(List<String> names) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (s.length() + names.get(i).length() > 160) return s + ", ... (" + names.size() + " in all, see docs/knobs.md)";
            s.append(i == 0 ? "" : ", ").append(names.get(i));
        }
        return s.toString();
    }

    private static String message(Error error) {
        JsonNode value = error.getInstanceNode();
        JsonNode limit = error.getSchemaNode();
        String got = ", got " + describe(value);
        return switch (error.getKeyword()) {
            case "type" -> value.isNull()
                    ? "has no value; give one, or remove the key to use the default"
                    : "must be " + kind(limit.asText()) + got;
            case "minimum" -> "must be >= " + number(limit) + got;
            case "maximum" -> "must be <= " + number(limit) + got;
            case "exclusiveMinimum" -> "must be > " + number(limit) + got;
            case "exclusiveMaximum" -> "must be < " + number(limit) + got;
            case "enum" -> enumMessage(limit, value);
            case "pattern" -> "must match the pattern " + limit.asText() + got;
            case "maxLength" -> "must be at most " + limit.asText() + " characters long, got " + value.asText().length();
            case "anyOf" -> "must be " + anyOf(limit) + got;
            case "maxItems" -> "must have at most " + limit.asText() + " items, got " + value.size();
            default -> error.getMessage();
        };
    }

    private static String anyOf(JsonNode choices) {
        List<String> kinds = new ArrayList<>();
        choices.forEach(c -> kinds.add(kind(c.path("type").asText()) + (c.has("pattern") ? " matching " + c.get("pattern").asText() : "")));
        return String.join(" or ", kinds);
    }

    private static String enumMessage(JsonNode allowed, JsonNode value) {
        List<String> names = new ArrayList<>();
        allowed.forEach(v -> names.add(v.asText()));
        String hint = value.isTextual() ? Suggest.hint(value.asText(), names) : "";
        return "must be one of " + String.join(", ", names) + ", got " + describe(value) + hint;
    }

    private static String kind(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "an integer";
            case "boolean" -> "true or false";
            default -> "a " + type;
        };
    }

    /** A value as a person would write it, shortened: a 10 MB string is no help in a message. */
    static String describe(JsonNode value) {
        if (value.isObject()) return "a mapping";
        if (value.isArray()) return "a list";
        if (value.isTextual()) return "\"" + shorten(value.asText()) + "\"";
        return shorten(value.asText());
    }

    /** A schema bound without Java's ".0" and exponents: 10000000, not 1.0E7. */
    static String number(JsonNode n) {
        return n.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static String shorten(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "...";
    }
}
