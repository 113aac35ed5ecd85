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
        if (root instanceof ObjectNode tree) {
            // the file's own horizon bounds its interventions; a shorter --days only leaves the later ones out
            int fileDays = tree.path("days").canConvertToInt() ? tree.path("days").asInt() : ScenarioSchema.root().at("/properties/days/default").asInt();
            return resolve(tree, overrides(sets, flags), source, locations, problems, 0, fileDays);
        }
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
        // an override of the interventions themselves (a sweep varying their day) is new input: held to the run
        boolean touches = sets.stream().anyMatch(s -> s.strip().startsWith("interventions"));
        return resolve(base.resolved().deepCopy(), overrides(sets, List.of()), base.source(), locations, new Problems(locations),
                touches ? 0 : Integer.MAX_VALUE, 0);
    }

    /**
     * {@code base} with one more intervention: the {@code --set}s ({@code PATH=VALUE}) applied at the
     * start of {@code day} instead of for the whole run (a forecast's what-if from its origin).
     * Problems are placed at {@code --set} and the knob path as typed.
     */
    public static LoadedScenario withIntervention(LoadedScenario base, int day, List<String> sets) throws ScenarioException {
        Locations locations = new Locations(base.source());
        Problems problems = new Problems(locations);
        ObjectNode tree = base.resolved().deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode list = tree.withArray("interventions");
        KnobPath item = KnobPath.ROOT.key("interventions").index(list.size());
        ObjectNode iv = list.addObject();
        iv.put("at", day);
        ObjectNode set = iv.putObject("set");
        for (String text : sets) {
            int equals = text.indexOf('=');
            if (equals < 0) {
                problems.inSet(text, "expected PATH=VALUE, e.g. rewards.unitPrice=5");
                continue;
            }
            String path = text.substring(0, equals).strip();
            try {
                JsonNode value = TreeReader.read(text.substring(equals + 1), TreeReader.Format.YAML, problems.overrideSink(Assignment.set(text), KnobPath.ROOT),
                        new java.util.HashMap<>());
                if (value == null) problems.inSet(path, "needs a value after '='");
                else set.set(path, value);
            } catch (TreeReader.Unreadable e) {
                problems.inSet(path, "cannot read the value: " + e.getMessage());
            }
            locations.overridden(item.key("set").key(path), Locations.SET);
        }
        locations.overridden(item, Locations.SET);
        problems.throwIfAny();
        Problems found = new Problems(locations);
        try {
            return resolve(tree, List.of(), base.source(), locations, found, list.size() - 1, 0);
        } catch (ScenarioException e) {
            // a --set names its knob, not the intervention it became
            String prefix = item.key("set") + ".";
            throw new ScenarioException(e.problems().stream().map(p -> p.path().startsWith(prefix)
                    ? new Problem(p.file(), p.line(), p.path().substring(prefix.length()), p.message()) : p).toList());
        }
    }

    /**
     * {@code base} with the interventions of {@code file} added: a YAML (or JSON) list of
     * interventions as a scenario's {@code interventions:} holds them, or a mapping with that key.
     * An item without {@code at} takes {@code defaultDay}. Problems name the file, line and field.
     */
    public static LoadedScenario withInterventions(LoadedScenario base, Path file, int defaultDay) throws ScenarioException {
        String source = file.toString();
        Locations fileLines = new Locations(source);
        Problems problems = new Problems(fileLines);
        JsonNode root;
        try {
            root = TreeReader.read(SourceFile.read(file, source), formatOf(file), problems.fileSink(), fileLines.lines());
        } catch (TreeReader.Unreadable e) {
            problems.atLine(KnobPath.ROOT, e.line, e.getMessage());
            throw problems.exception();
        }
        KnobPath inFile = KnobPath.ROOT;
        if (root instanceof ObjectNode o && o.size() == 1 && o.has("interventions")) {
            root = o.get("interventions");
            inFile = KnobPath.ROOT.key("interventions");
        }
        if (root == null || !root.isArray()) {
            problems.atLine(KnobPath.ROOT, 1, "must be a list of interventions (- at: 2019-01-01 / set: {rewards.enabled: true}), or a mapping with the key interventions");
        }
        problems.throwIfAny();
        ObjectNode tree = base.resolved().deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode list = tree.withArray("interventions");
        int offset = list.size();
        Locations locations = new Locations(source);
        for (java.util.Map.Entry<KnobPath, Integer> e : fileLines.lines().entrySet()) {
            KnobPath p = e.getKey();
            if (!p.startsWith(inFile) || p.segments().size() == inFile.segments().size()) continue;
            List<Object> rest = new java.util.ArrayList<>(p.segments().subList(inFile.segments().size(), p.segments().size()));
            if (!(rest.get(0) instanceof Integer i)) continue;
            rest.set(0, offset + i);
            locations.lines().put(KnobPath.ROOT.key("interventions").resolve(new KnobPath(rest)), e.getValue());
        }
        for (JsonNode item : root) {
            JsonNode copy = item.deepCopy();
            if (copy instanceof ObjectNode o && !o.has("at")) o.put("at", defaultDay);
            list.add(copy);
        }
        LoadedScenario loaded = resolve(tree, List.of(), source, locations, new Problems(locations), offset, 0);
        return new LoadedScenario(loaded.scenario(), loaded.resolved(), base.source());
    }

    private static List<Assignment> overrides(List<String> sets, List<Assignment> flags) {
        List<Assignment> all = new java.util.ArrayList<>();
        sets.forEach(set -> all.add(Assignment.set(set)));
        all.addAll(flags);
        return all;
    }

    /**
     * @param strictFrom interventions from this index on must fall within the run (new input); earlier ones
     *                   (already checked against the file's own horizon) may lie beyond a shortened one
     * @param fileDays   the horizon the file itself gave, which also bounds the new interventions
     */
    private static LoadedScenario resolve(ObjectNode tree, List<Assignment> sets, String source, Locations locations,
                                          Problems problems, int strictFrom, int fileDays) throws ScenarioException {
        Overrides.apply(tree, sets, locations, problems);
        Defaults.fill(tree, ScenarioSchema.root());
        SchemaCheck.check(tree, problems);
        SemanticCheck.check(tree, problems);
        problems.throwIfAny();
        com.fasterxml.jackson.databind.node.ArrayNode interventions = Interventions.check(tree, locations, problems, strictFrom, fileDays);
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
