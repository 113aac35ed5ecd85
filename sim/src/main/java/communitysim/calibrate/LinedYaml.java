package communitysim.calibrate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small YAML file (a recipe) read into a tree with the line of every key and list item, so that a
 * problem can be reported as {@code file:line field}. Scenario files have their own, fuller reader;
 * this one is for files of a few dozen lines that name values for the command line.
 */
final class LinedYaml {
    /** A recipe is a page; a file far longer is not one. */
    static final int MAX_VALUES = 10_000;

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS) // "no" is a word, as in YAML 1.2
            .build();

    /** The root, the line of each field path ({@code fit[1].lo}; the root is ""), and what was wrong while reading. */
    record Tree(JsonNode root, Map<String, Integer> lines, List<Issue> problems) {
        /** The line of {@code path}, or of the nearest enclosing field that has one. */
        int line(String path) {
            for (String p = path; ; p = parent(p)) {
                Integer l = lines.get(p);
                if (l != null) return l;
                if (p.isEmpty()) return 0;
            }
        }

        private static String parent(String path) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut < 0 ? "" : path.substring(0, cut);
        }
    }

    /** A problem that leaves the rest readable, such as a repeated key, at its own line. */
    record Issue(String path, int line, String message) {}

    /** Could not be read at all (not YAML): the line where it broke. */
    static final class Unreadable extends Exception {
        final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final JsonParser parser;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<Issue> problems = new ArrayList<>();
    private int values;

    private LinedYaml(JsonParser parser) {
        this.parser = parser;
    }

    static Tree read(String text) throws Unreadable {
        try (JsonParser parser = YAML.createParser(text)) {
            LinedYaml reader = new LinedYaml(parser);
            JsonNode root = parser.nextToken() == null ? null : reader.value("");
            return new Tree(root, reader.lines, reader.problems);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Unreadable(line, "is not readable YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    private JsonNode value(String path) throws IOException, Unreadable {
        int line = parser.currentTokenLocation().getLineNr();
        lines.putIfAbsent(path, line);
        if (++values > MAX_VALUES) throw new Unreadable(line, "holds more than " + MAX_VALUES + " values; a recipe has a few dozen");
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String child = path.isEmpty() ? key : path + "." + key;
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (node.has(key)) {
                    problems.add(new Issue(child, keyLine, "repeated key (first at line " + lines.get(child) + ")"));
                    parser.skipChildren();
                } else {
                    lines.put(child, keyLine);
                    node.set(key, value(child));
                }
            }
            return node;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode node = JsonNodeFactory.instance.arrayNode();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                node.add(value(path + "[" + node.size() + "]"));
            }
            return node;
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            problems.add(new Issue(path, line, "uses the alias *" + parser.getText() + "; write the value out"));
            return JsonNodeFactory.instance.nullNode();
        }
        return switch (token) {
            case VALUE_STRING -> JsonNodeFactory.instance.textNode(parser.getText());
            case VALUE_NUMBER_INT -> JsonNodeFactory.instance.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> JsonNodeFactory.instance.numberNode(parser.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
            default -> JsonNodeFactory.instance.nullNode();
        };
    }
}
