package communitysim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Builds a tree from YAML or JSON text by walking the token stream itself, rather than letting Jackson
 * build it, so that it can record the line of every key and list item, report every duplicate key, alias
 * and non-finite number (not just the first), and keep NaN out of the tree (the schema validator fails on it).
 * A value it cannot use is reported and replaced by null, which later stages treat as already reported.
 */
final class TreeReader {

    enum Format { YAML, JSON }

    /** Receives problems that do not stop the reading. */
    interface Sink {
        /** The value at {@code path} was unusable and is null in the tree; later problems there would repeat this one. */
        void dropped(KnobPath path, int line, String message);

        /** A problem that leaves the tree as it is, such as a repeated key (its first value stays and is checked as usual). */
        void report(KnobPath path, int line, String message);
    }

    /** The text cannot be read any further. */
    static final class Unreadable extends Exception {
        final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** A scenario is five levels deep at most; far deeper input is an attack or an accident. */
    static final int MAX_DEPTH = 20;
    /** A full scenario has a few hundred values; this bounds memory for junk that passes the size limit. */
    static final int MAX_VALUES = 200_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // so NaN is reported like YAML's .nan, not as a syntax error
            .build();
    private static final JsonFactory YAML = new LinearYamlFactory(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL) // "key:" with nothing after it has no value, it is not ""
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)); // only true/false are booleans, as in YAML 1.2

    /** Parses text through {@link WholeTextReader}, in time linear in its length. */
    private static final class LinearYamlFactory extends YAMLFactory {
        LinearYamlFactory(com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        public YAMLParser createParser(String content) throws IOException {
            com.fasterxml.jackson.core.io.IOContext context = _createContext(_createContentReference(content), true);
            return new YAMLParser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, new java.io.StringReader(""),
                    new org.yaml.snakeyaml.parser.ParserImpl(new WholeTextReader(content), _loaderOptions)) {
            };
        }
    }
    private static final Pattern YAML_NON_FINITE = Pattern.compile("[-+]?\\.(?:nan|NaN|NAN|inf|Inf|INF)");

    private final JsonParser parser;
    private final Sink sink;
    private final Map<KnobPath, Integer> lines;
    private int values;

    private TreeReader(JsonParser parser, Sink sink, Map<KnobPath, Integer> lines) {
        this.parser = parser;
        this.sink = sink;
        this.lines = lines;
    }

    /**
     * Reads one document.
     *
     * @param lines receives the line of every key and list item, by path
     * @return the root value, or null if the text holds no value at all (empty or only comments)
     */
    static JsonNode read(String text, Format format, Sink sink, Map<KnobPath, Integer> lines) throws Unreadable {
        JsonFactory factory = format == Format.JSON ? JSON : YAML;
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) return null;
            TreeReader reader = new TreeReader(parser, sink, lines);
            JsonNode root = reader.value(KnobPath.ROOT, 0);
            if (parser.nextToken() != null) {
                sink.report(KnobPath.ROOT, reader.line(), "holds more than one document; a scenario is a single mapping");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw unreadable(e, format);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    private JsonNode value(KnobPath path, int depth) throws IOException, Unreadable {
        int line = line();
        lines.putIfAbsent(path, line);
        if (++values > MAX_VALUES) {
            throw new Unreadable(line, "holds more than " + MAX_VALUES + " values; a scenario has a few hundred");
        }
        JsonToken token = parser.currentToken();
        if (token.isStructStart() && depth >= MAX_DEPTH) {
            throw new Unreadable(line, "is nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
        switch (token) {
            case START_OBJECT:
                return object(path, depth + 1);
            case START_ARRAY:
                return array(path, depth + 1);
            case VALUE_STRING:
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    return dropped(path, line, "uses the YAML alias *" + parser.getText()
                            + "; aliases are not supported, write the value out");
                }
                return TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT:
                return integer();
            case VALUE_NUMBER_FLOAT:
                return decimal(path, line);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return BooleanNode.valueOf(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NullNode.getInstance();
            default: // VALUE_EMBEDDED_OBJECT: YAML !!binary and the like
                return dropped(path, line, "holds a value of an unsupported kind (binary or other tagged data)");
        }
    }

    private ObjectNode object(KnobPath path, int depth) throws IOException, Unreadable {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            KnobPath child = path.key(key);
            int line = line();
            parser.nextToken();
            if (node.has(key)) {
                sink.report(child, line, "duplicate key '" + key + "' (first at line " + lines.get(child) + ")");
                parser.skipChildren();
            } else {
                lines.put(child, line);
                node.set(key, value(child, depth));
            }
        }
        return node;
    }

    private ArrayNode array(KnobPath path, int depth) throws IOException, Unreadable {
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) throw new Unreadable(line(), "ends inside a list");
            node.add(value(path.index(node.size()), depth));
        }
        return node;
    }

    private JsonNode integer() throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> IntNode.valueOf(parser.getIntValue());
            case LONG -> LongNode.valueOf(parser.getLongValue());
            default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
        };
    }

    private JsonNode decimal(KnobPath path, int line) throws IOException {
        String text = parser.getText();
        // Jackson's YAML parser recognises .nan and .inf as floats but cannot convert them.
        if (YAML_NON_FINITE.matcher(text).matches()) return dropped(path, line, "must be a finite number, got " + text);
        double value;
        try {
            value = parser.getDoubleValue();
        } catch (JsonParseException e) {
            return dropped(path, line, "is not a valid number: " + text);
        }
        if (Double.isFinite(value)) return DoubleNode.valueOf(value);
        boolean overflow = !Double.isNaN(value) && Character.isDigit(text.charAt(text.length() - 1));
        return dropped(path, line, "must be a finite number, got " + text + (overflow ? " (too large)" : ""));
    }

    private JsonNode dropped(KnobPath path, int line, String message) {
        sink.dropped(path, line, message);
        return NullNode.getInstance();
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private static Unreadable unreadable(JsonProcessingException e, Format format) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                String context = yaml.getContext() == null || yaml.getContextMark() == null ? ""
                        : " (" + yaml.getContext() + " from line " + (yaml.getContextMark().getLine() + 1) + ")";
                return new Unreadable(yaml.getProblemMark().getLine() + 1,
                        "YAML syntax error: " + plainYaml(yaml.getProblem()) + context);
            }
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        if (e instanceof StreamConstraintsException) {
            return new Unreadable(line, "holds a key or value too long (or nesting too deep) to read");
        }
        return new Unreadable(line, format + " syntax error: " + plain(e.getOriginalMessage()));
    }

    /** SnakeYAML's wording for the commonest slips, in words a scenario author knows. */
    private static String plainYaml(String problem) {
        if (problem.startsWith("expected <block end>")) return "the indentation does not line up with the lines above";
        if (problem.startsWith("could not find expected ':'")) return "a key is not followed by ':'";
        if (problem.startsWith("mapping values are not allowed here")) {
            return "a ':' where none is allowed (quote a value that contains ': ', or check the indentation)";
        }
        return problem;
    }

    /** Jackson's message without its pointers to parser settings and source excerpts. */
    private static String plain(String message) {
        String first = message.lines().findFirst().orElse("");
        for (String noise : new String[] {" (start marker at", " (not recognized as one", " (for `"}) {
            int at = first.indexOf(noise);
            if (at >= 0) first = first.substring(0, at);
        }
        if (first.startsWith("Expected a field name")) return "a key must be a plain name, not a list or a mapping";
        return first;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's default (3 MB) would reject files that SourceFile accepts, with a cryptic message.
        options.setCodePointLimit(SourceFile.MAX_BYTES);
        return options;
    }
}
