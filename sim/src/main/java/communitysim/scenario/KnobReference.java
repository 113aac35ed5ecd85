package communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Markdown reference of every scenario knob, generated from the schema so that it cannot drift from it:
 * dotted path, type, default, allowed values and description, one table per top-level section.
 */
public final class KnobReference {

    public static final String START = "<!-- knobs:start -->";
    public static final String END = "<!-- knobs:end -->";

    /** Sections sit under the page title of docs/knobs.md. */
    private static final String HEADING = "##";
    private static final String HEADER = "| Knob | Type | Default | Allowed | Description |\n|---|---|---|---|---|\n";

    private KnobReference() {}

    /** With no argument prints the reference; with a file, rewrites that file's section between the markers. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.out.print(markdown());
        } else {
            write(Path.of(args[0]));
        }
    }

    public static String markdown() {
        JsonNode root = ScenarioSchema.root();
        StringBuilder md = new StringBuilder();
        md.append(root.path("description").asText())
                .append(" A knob's path is what `--set` and `--vary` take; `[]` stands for a list index,")
                .append(" e.g. `recruitment.external.steps[0].rate`.\n");
        StringBuilder general = new StringBuilder();
        StringBuilder sections = new StringBuilder();
        for (Map.Entry<String, JsonNode> property : root.path("properties").properties()) {
            String name = property.getKey();
            JsonNode schema = property.getValue();
            if (schema.path("type").asText().equals("object")) {
                sections.append("\n" + HEADING + " `").append(name).append("`\n\n")
                        .append(MarkedSection.cell(schema.path("description").asText())).append("\n\n")
                        .append(HEADER);
                rows(schema, name, sections);
            } else {
                row(name, schema, false, general);
                if (schema.path("type").asText().equals("array") && schema.path("items").path("type").asText().equals("object")) {
                    rows(schema.get("items"), name + "[]", general);
                }
            }
        }
        if (general.length() > 0) md.append("\n" + HEADING + " Top level\n\n").append(HEADER).append(general);
        return md.append(sections).toString();
    }

    /** Rewrites the section between {@link #START} and {@link #END}; creates the file if it does not exist. */
    public static void write(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Scenario knobs\n\n" + START + "\n" + END + "\n";
        Files.writeString(file, withSection(text, markdown()), StandardCharsets.UTF_8);
    }

    private static final MarkedSection SECTION = new MarkedSection(START, END, "knob reference");

    /** The text between the marker lines, if both are there. */
    public static Optional<String> section(String text) {
        return SECTION.in(text);
    }

    static String withSection(String text, String body) {
        return SECTION.with(text, body);
    }

    private static void rows(JsonNode objectSchema, String prefix, StringBuilder md) {
        List<String> required = new ArrayList<>();
        objectSchema.path("required").forEach(r -> required.add(r.asText()));
        for (Map.Entry<String, JsonNode> property : objectSchema.path("properties").properties()) {
            String path = prefix + "." + property.getKey();
            JsonNode schema = property.getValue();
            row(path, schema, required.contains(property.getKey()), md);
            String type = schema.path("type").asText();
            if (type.equals("object")) rows(schema, path, md);
            if (type.equals("array") && schema.path("items").path("type").asText().equals("object")) {
                rows(schema.get("items"), path + "[]", md);
            }
        }
    }

    private static void row(String path, JsonNode schema, boolean required, StringBuilder md) {
        md.append("| `").append(path).append("` | ")
                .append(type(schema)).append(required ? ", required" : "").append(" | ")
                .append(defaultValue(schema)).append(" | ")
                .append(allowed(schema)).append(" | ")
                .append(MarkedSection.cell(schema.path("description").asText())).append(" |\n");
    }

    private static String type(JsonNode schema) {
        if (schema.has("anyOf")) {
            List<String> kinds = new ArrayList<>();
            schema.get("anyOf").forEach(s -> kinds.add(s.has("pattern") ? s.path("type").asText() + " matching `"
                    + MarkedSection.cell(s.get("pattern").asText()) + "`" : s.path("type").asText()));
            return String.join(" or ", kinds);
        }
        return switch (schema.path("type").asText()) {
            case "object" -> "mapping";
            case "array" -> "list";
            default -> schema.path("type").asText();
        };
    }

    private static String defaultValue(JsonNode schema) {
        JsonNode value = schema.get("default");
        if (value == null || value.isObject()) return "";
        if (value.isNumber()) return "`" + SchemaCheck.number(value) + "`";
        if (value.isTextual()) return value.asText().isEmpty() ? "`\"\"`" : "`" + MarkedSection.cell(value.asText()) + "`";
        return "`" + value + "`";
    }

    private static String allowed(JsonNode schema) {
        List<String> parts = new ArrayList<>();
        String range = range(schema);
        if (!range.isEmpty()) parts.add(range);
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add("`" + MarkedSection.cell(v.asText()) + "`"));
            parts.add(String.join(", ", values));
        }
        if (schema.has("pattern")) parts.add("matches `" + MarkedSection.cell(schema.get("pattern").asText()) + "`");
        if (schema.has("maxLength")) parts.add("at most " + schema.get("maxLength").asText() + " characters");
        if (schema.has("maxItems")) parts.add("at most " + schema.get("maxItems").asText() + " items");
        return String.join("; ", parts);
    }

    /** Interval notation: [0, 1] includes both ends, (0, 1000] excludes 0. */
    private static String range(JsonNode schema) {
        String low = schema.has("minimum") ? "[" + SchemaCheck.number(schema.get("minimum"))
                : schema.has("exclusiveMinimum") ? "(" + SchemaCheck.number(schema.get("exclusiveMinimum")) : null;
        String high = schema.has("maximum") ? SchemaCheck.number(schema.get("maximum")) + "]"
                : schema.has("exclusiveMaximum") ? SchemaCheck.number(schema.get("exclusiveMaximum")) + ")" : null;
        if (low != null && high != null) return low + ", " + high;
        if (low != null) return (low.startsWith("[") ? "≥ " : "> ") + low.substring(1);
        if (high != null) return (high.endsWith("]") ? "≤ " : "< ") + high.substring(0, high.length() - 1);
        return "";
    }

}
