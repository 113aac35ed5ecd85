package communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scenario JSON Schema, read once from the classpath copy Maven puts in the jar. */
public final class ScenarioSchema {

    static final String RESOURCE = "/communitysim/scenario.schema.json";

    private ScenarioSchema() {}

    private static final class Holder {
        static final JsonNode ROOT = read();
        static final Schema VALIDATOR =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(ROOT);

        private static JsonNode read() {
            try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("classpath resource " + RESOURCE + " is missing from the build");
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    static JsonNode root() {
        return Holder.ROOT;
    }

    static Schema validator() {
        return Holder.VALIDATOR;
    }

    /** The subschema describing the value at {@code path}, if the schema has one. */
    static Optional<JsonNode> at(KnobPath path) {
        JsonNode node = root();
        for (Object segment : path.segments()) {
            // an intervention's set is an open mapping whose keys are the scenario's own knob paths
            if (node.path("type").asText().equals("object") && !node.has("properties")) node = root();
            node = segment instanceof Integer ? node.path("items") : node.path("properties").path((String) segment);
            if (node.isMissingNode()) return Optional.empty();
        }
        return Optional.of(node);
    }

    /**
     * The subschema of the knob at a dotted path as {@code --set} and {@code --vary} write it
     * ({@code rewards.levels[1].weight}); empty if the path is malformed or names no knob.
     */
    public static Optional<JsonNode> knob(String dottedPath) {
        try {
            return at(KnobPath.parse(dottedPath));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The property names an object subschema allows, in schema order. */
    static List<String> propertyNames(JsonNode subschema) {
        List<String> names = new ArrayList<>();
        subschema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
