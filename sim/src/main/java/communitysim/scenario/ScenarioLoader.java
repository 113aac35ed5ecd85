package communitysim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Turns a scenario file plus {@code --set} overrides into a {@link LoadedScenario}: read (YAML, or JSON for
 * {@code .json}), override, fill defaults from the schema, validate against the schema, check the rules
 * that tie knobs together, bind to {@link Scenario}. Every problem found is reported at once, each with
 * its file, line and knob path.
 */
public final class ScenarioLoader {

    /**
     * The schema has already checked every value, so a binding failure means the schema and the records
     * disagree; strictness here makes such a mismatch loud instead of a silently zero knob.
     */
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    private ScenarioLoader() {}

    /**
     * Loads {@code file} and applies {@code sets} ({@code PATH=VALUE}, see {@link Overrides}) before validation.
     *
     * @throws ScenarioException listing every problem with the file or the overrides
     */
    public static LoadedScenario load(Path file, List<String> sets) throws ScenarioException {
        return load(file, sets, List.of());
    }

    /**
     * As {@link #load(Path, List)}, then the {@code flags} (such as {@code --reps}, see {@link Assignment#flag}),
     * which win over the {@code --set}s; problems with a flag name the flag as typed.
     */
    public static LoadedScenario load(Path file, List<String> sets, List<Assignment> flags) throws ScenarioException {
        String source = file.toString();
        return load(SourceFile.read(file, source), formatOf(file), source, sets, flags);
    }

    /**
     * As {@link #load(Path, List, List)}, for a scenario's text that is not in a file (an editor's buffer, an upload);
     * {@code source} names it in the problems. The text passes the same checks as a file's (size, control characters).
     */
    public static LoadedScenario loadText(String text, boolean json, String source, List<String> sets, List<Assignment> flags)
            throws ScenarioException {
        return load(SourceFile.check(text, source), json ? TreeReader.Format.JSON : TreeReader.Format.YAML, source, sets, flags);
    }

    private static LoadedScenario load(String text, TreeReader.Format format, String source, List<String> sets, List<Assignment> flags)
            throws ScenarioException {
        Locations locations = new Locations(source);
        Problems problems = new Problems(locations);
        JsonNode root;
        try {
            root = TreeReader.read(text, format, problems.fileSink(), locations.lines());
        } catch (TreeReader.Unreadable e) {
            problems.atLine(KnobPath.ROOT, e.line, e.getMessage());
            throw problems.exception();
        }
        if (root instanceof ObjectNode tree) return resolve(tree, overrides(sets, flags), source, locations, problems);
        if (root == null) {
            problems.atLine(KnobPath.ROOT, 0, "is empty; a scenario is a mapping of knobs (write {} to take every default)");
        } else {
            problems.atLine(KnobPath.ROOT, locations.lines().get(KnobPath.ROOT),
                    "must be a mapping of knobs at the top level, got " + SchemaCheck.describe(root));
        }
        throw problems.exception();
    }

    /**
     * Applies more overrides to an already loaded scenario (one point of a sweep), revalidates and rebinds.
     * Problems caused by the overrides are located at {@code --set}, the rest at the source file.
     */
    public static LoadedScenario withOverrides(LoadedScenario base, List<String> sets) throws ScenarioException {
        Locations locations = new Locations(base.source());
        return resolve(base.resolved().deepCopy(), overrides(sets, List.of()), base.source(), locations, new Problems(locations));
    }

    private static List<Assignment> overrides(List<String> sets, List<Assignment> flags) {
        List<Assignment> all = new java.util.ArrayList<>();
        sets.forEach(set -> all.add(Assignment.set(set)));
        all.addAll(flags);
        return all;
    }

    private static LoadedScenario resolve(ObjectNode tree, List<Assignment> sets, String source, Locations locations,
                                          Problems problems) throws ScenarioException {
        Overrides.apply(tree, sets, locations, problems);
        Defaults.fill(tree, ScenarioSchema.root());
        SchemaCheck.check(tree, problems);
        SemanticCheck.check(tree, problems);
        problems.throwIfAny();
        com.fasterxml.jackson.databind.node.ArrayNode interventions = Interventions.check(tree, locations, problems);
        problems.throwIfAny();
        ObjectNode bound = tree.deepCopy();
        bound.set("interventions", interventions);
        return new LoadedScenario(bind(bound), tree, source);
    }

    /**
     * Binds a filled, valid tree whose {@code interventions} are in their resolved form
     * ({@code [{day, ramp, label, set}]}, see {@link Interventions#check}).
     */
    static Scenario bind(ObjectNode tree) {
        try {
            // the one optional knob without a default: absent means "no calendar" (the record reads "" as null)
            ObjectNode bound = tree.has("startDate") && !tree.get("startDate").isNull() ? tree : tree.deepCopy().put("startDate", "");
            return BINDER.treeToValue(bound, Scenario.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the scenario schema and the Scenario records disagree: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code scenario} as a tree of the form {@link #bind} takes. */
    static ObjectNode tree(Scenario scenario) {
        return BINDER.valueToTree(scenario);
    }

    private static TreeReader.Format formatOf(Path file) {
        Path name = file.getFileName();
        boolean json = name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
        return json ? TreeReader.Format.JSON : TreeReader.Format.YAML;
    }
}
