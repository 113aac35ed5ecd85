package communitysim.compare;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knobs that differ between resolved scenario trees (every default filled, so a knob one file leaves
 * out and another sets to its default does not differ). Mappings are compared key by key and lists of
 * equal length item by item, so a difference is reported at the deepest path that holds it; a list whose
 * length differs is reported whole.
 */
final class KnobDiff {

    /** Shown for a knob a scenario does not have (a list item beyond its list's end). */
    static final String ABSENT = "—";

    /** Top-level keys that always differ and are shown elsewhere in the report. */
    private static final Set<String> IGNORED = Set.of("name", "description");

    private KnobDiff() {}

    static List<KnobDifference> of(List<? extends JsonNode> trees) {
        List<KnobDifference> out = new ArrayList<>();
        for (String key : keys(trees)) {
            if (!IGNORED.contains(key)) walk(key, trees.stream().map(t -> t.get(key)).toList(), out);
        }
        return out;
    }

    private static void walk(String path, List<JsonNode> nodes, List<KnobDifference> out) {
        if (nodes.stream().allMatch(n -> n != null && n.isObject())) {
            for (String key : keys(nodes)) walk(path + "." + key, nodes.stream().map(n -> n.get(key)).toList(), out);
        } else if (nodes.stream().allMatch(n -> n != null && n.isArray() && n.size() == nodes.get(0).size())) {
            for (int i = 0; i < nodes.get(0).size(); i++) {
                int index = i;
                walk(path + "[" + i + "]", nodes.stream().map(n -> n.get(index)).toList(), out);
            }
        } else if (!allSame(nodes)) {
            out.add(new KnobDifference(path, nodes.stream().map(KnobDiff::text).toList()));
        }
    }

    /** Keys of every mapping, in first-seen order: the first tree's order, then keys only later trees have. */
    private static Set<String> keys(List<? extends JsonNode> objects) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode o : objects) {
            if (o == null) continue;
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) keys.add(it.next());
        }
        return keys;
    }

    private static boolean allSame(List<JsonNode> nodes) {
        return nodes.stream().allMatch(n -> same(n, nodes.get(0)));
    }

    /** Numbers by value: a file's {@code 1.0} and a default's {@code 1} are the same knob setting. */
    private static boolean same(JsonNode a, JsonNode b) {
        if (a != null && b != null && a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        return Objects.equals(a, b);
    }

    /** A value as a person reads it: plain numbers (0.00005, not 5.0E-5), lists and mappings in flow style. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode()) return ABSENT;
        if (node.isNumber()) return node.decimalValue().stripTrailingZeros().toPlainString();
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(text(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (node.isObject()) {
            List<String> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                fields.add(f.getKey() + ": " + text(f.getValue()));
            }
            return fields.stream().collect(Collectors.joining(", ", "{", "}"));
        }
        return node.asText();
    }
}
