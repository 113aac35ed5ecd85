package communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fills absent knobs with the schema's defaults, recursively ({} defaults expand into their own defaults),
 * and puts every mapping's keys in schema order, so two resolved scenarios (in manifests) diff cleanly.
 */
final class Defaults {

    private Defaults() {}

    static void fill(JsonNode instance, JsonNode schema) {
        if (instance instanceof ObjectNode object) {
            // A required property's default only documents it; filling it would hide that it is missing.
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            Map<String, JsonNode> ordered = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                String name = property.getKey();
                JsonNode subschema = property.getValue();
                JsonNode value = object.get(name);
                if (value == null && subschema.has("default") && !required.contains(name)) {
                    value = subschema.get("default").deepCopy();
                }
                if (value != null) {
                    fill(value, subschema);
                    ordered.put(name, value);
                }
            }
            object.properties().forEach(e -> ordered.putIfAbsent(e.getKey(), e.getValue())); // unknown keys, reported later
            object.removeAll().setAll(ordered);
        } else if (instance.isArray() && schema.has("items")) {
            instance.forEach(item -> fill(item, schema.get("items")));
        }
    }
}
