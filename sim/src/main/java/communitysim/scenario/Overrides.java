package communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;

/**
 * Applies {@code --set PATH=VALUE} to a scenario tree before defaults and validation, so an override is
 * checked exactly like file content.
 *
 * <p>PATH is a knob path the schema knows ({@code recruitment.external.steps[0].rate}); VALUE is read as a
 * YAML scalar or flow collection ({@code 0.5}, {@code complete}, {@code [1, 2]}, {@code {fromDay: 10, rate: 2}}).
 * A list index may be the list's size, which appends an item; missing mappings and lists on the way are
 * created. A mapping VALUE replaces the whole mapping: keys it leaves out take their defaults.
 * Later overrides of the same path win.
 */
final class Overrides {

    private static final String PATH_HELP =
            "write names separated by dots, with [i] for list items, e.g. recruitment.external.steps[0].rate";

    private Overrides() {}

    static void apply(ObjectNode root, List<Assignment> overrides, Locations locations, Problems problems) {
        List<KnobPath> paths = overrides.stream().map(Overrides::pathOf).toList();
        for (int i = 0; i < overrides.size(); i++) {
            apply(root, overrides.get(i), locations, problems);
            if (paths.get(i) != null && replacedLater(paths, i)) checkAlone(root, paths.get(i), locations, problems);
        }
    }

    private static KnobPath pathOf(Assignment override) {
        int equals = override.text().indexOf('=');
        try {
            return equals < 0 ? null : KnobPath.parse(override.text().substring(0, equals).strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a later override writes over everything override {@code i} wrote. */
    private static boolean replacedLater(List<KnobPath> paths, int i) {
        for (int j = i + 1; j < paths.size(); j++) if (paths.get(j) != null && paths.get(i).startsWith(paths.get(j))) return true;
        return false;
    }

    /**
     * Checks what an override wrote before a later one replaces it: a bad value is the user's
     * mistake even when another flag wins ({@code --set days=3.5 --days 30}).
     */
    private static void checkAlone(ObjectNode root, KnobPath path, Locations locations, Problems problems) {
        ObjectNode copy = root.deepCopy();
        Defaults.fill(copy, ScenarioSchema.root());
        Problems alone = new Problems(locations);
        SchemaCheck.check(copy, alone);
        problems.addAllUnder(alone, path);
    }

    private static void apply(ObjectNode root, Assignment override, Locations locations, Problems problems) {
        String set = override.text();
        int equals = set.indexOf('=');
        if (equals < 0) {
            problems.inOverride(override, null, "expected PATH=VALUE, e.g. activation.base=-2");
            return;
        }
        String pathText = set.substring(0, equals).strip();
        KnobPath path;
        try {
            path = KnobPath.parse(pathText);
        } catch (IllegalArgumentException e) {
            problems.inSet(pathText, "is not a knob path; " + PATH_HELP);
            return;
        }
        String unknown = unknownPart(path);
        if (unknown != null) {
            problems.inSet(pathText, unknown);
            return;
        }
        JsonNode value = value(override, path, set.substring(equals + 1), problems);
        if (value != null) put(root, override, path, value, locations, problems);
    }

    /** Why the schema has no knob at {@code path}, or null if it has one. */
    static String unknownPart(KnobPath path) {
        JsonNode schema = ScenarioSchema.root();
        KnobPath at = KnobPath.ROOT;
        for (Object segment : path.segments()) {
            // an open mapping (an intervention's set): its keys are the scenario's own knob paths
            if (schema.path("type").asText().equals("object") && !schema.has("properties")) schema = ScenarioSchema.root();
            if (segment instanceof Integer) {
                if (!schema.has("items")) return (at.isRoot() ? "the scenario" : at) + " is not a list";
                schema = schema.get("items");
            } else {
                String key = (String) segment;
                if (!schema.path("properties").has(key)) return SchemaCheck.unknownField(at, key);
                schema = schema.get("properties").get(key);
            }
            at = at.child(segment);
        }
        return null;
    }

    private static JsonNode value(Assignment override, KnobPath path, String text, Problems problems) {
        try {
            JsonNode value = TreeReader.read(text, TreeReader.Format.YAML, problems.overrideSink(override, path), new HashMap<>());
            if (value == null) problems.inOverride(override, path, "needs a value after '=' (write '' for an empty string)");
            return value;
        } catch (TreeReader.Unreadable e) {
            problems.inOverride(override, path, "cannot read the value: " + e.getMessage());
            return null;
        }
    }

    /** Puts {@code value} at {@code path}, creating the mappings and lists on the way that are missing. */
    private static void put(ObjectNode root, Assignment override, KnobPath path, JsonNode value, Locations locations, Problems problems) {
        String refusal = put(root, path, value, written -> locations.overridden(written, override.label()));
        if (refusal != null) problems.inOverride(override, path, refusal);
    }

    /**
     * Puts {@code value} at {@code path} as an override would, for values that come as a tree (an
     * intervention's {@code set}); returns why it could not, or null.
     */
    static String put(ObjectNode root, KnobPath path, JsonNode value) {
        return put(root, path, value, written -> { });
    }

    /** The walk both share: {@code placed} hears of each path where something new was put. */
    private static String put(ObjectNode root, KnobPath path, JsonNode value, java.util.function.Consumer<KnobPath> placed) {
        List<Object> segments = path.segments();
        JsonNode node = root;
        KnobPath at = KnobPath.ROOT;
        for (int i = 0; i < segments.size(); i++) {
            Object segment = segments.get(i);
            String refusal = refusal(node, segment, at);
            if (refusal != null) return refusal;
            boolean last = i == segments.size() - 1;
            JsonNode existing = get(node, segment);
            at = at.child(segment);
            if (existing != null && !last) {
                node = existing;
            } else {
                JsonNode put = last ? value.deepCopy() : segments.get(i + 1) instanceof Integer
                        ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
                place(node, segment, put);
                placed.accept(at);
                node = put;
            }
        }
        return null;
    }

    /** The value at {@code path} in {@code root}, or null. */
    static JsonNode at(JsonNode root, KnobPath path) {
        JsonNode node = root;
        for (Object segment : path.segments()) {
            node = node == null ? null : get(node, segment);
        }
        return node;
    }

    /** Why {@code segment} cannot be set inside {@code node} (found at {@code at}), or null if it can. */
    private static String refusal(JsonNode node, Object segment, KnobPath at) {
        if (segment instanceof Integer index) {
            if (!node.isArray()) return "cannot set inside " + at + ": it is not a list";
            if (index > node.size()) {
                return "index " + index + " is out of range: " + at + " has " + node.size()
                        + " items (use [" + node.size() + "] to append one)";
            }
            return null;
        }
        return node.isObject() ? null : "cannot set inside " + at + ": it is not a mapping";
    }

    private static JsonNode get(JsonNode node, Object segment) {
        return segment instanceof Integer index ? node.get(index) : node.get((String) segment);
    }

    private static void place(JsonNode node, Object segment, JsonNode value) {
        if (segment instanceof Integer index) {
            ArrayNode list = (ArrayNode) node;
            if (index == list.size()) list.add(value);
            else list.set(index, value);
        } else {
            ((ObjectNode) node).set((String) segment, value);
        }
    }
}
