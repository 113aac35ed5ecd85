package communitysim.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.metrics.Metric;
import communitysim.scenario.Scenario;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Valid scenarios drawn at random from the schema's knobs, every mechanism switched on or off at
 * random and knobs often at their bounds, each run for a short horizon with a small population.
 * Every daily row must hold the invariants the model guarantees whatever the knobs: a crash, a
 * non-finite value or a broken identity is a defect a user would hit with a valid scenario.
 *
 * <p>The knobs come from {@code scenario.schema.json} itself, so a knob added to the schema is
 * drawn too. Only the knobs that scale the work (days, population, events' reach) are capped.
 */
class RandomScenarioInvariantsTest {
    private static final int SCENARIOS = 300;
    private static final int MAX_DAYS = 40;

    /** Work-scaling knobs and their caps (a knob name inside a list item applies to every item). */
    private static final Map<String, Double> CAPS = Map.ofEntries(
            Map.entry("days", (double) MAX_DAYS), Map.entry("replicates", 1.0),
            Map.entry("pool.size", 3000.0), Map.entry("pool.growthPerDay", 100.0),
            Map.entry("initial.members", 400.0), Map.entry("network.edgesPerJoin", 20.0),
            Map.entry("metrics.retentionWeeks", 10.0), Map.entry("metrics.lorenzPoints", 200.0),
            Map.entry("reach", 3000.0), Map.entry("cities", 10.0), Map.entry("nodesPerCity", 10.0),
            Map.entry("fromDay", MAX_DAYS + 5.0), Map.entry("startDay", MAX_DAYS + 5.0),
            Map.entry("day", MAX_DAYS + 5.0), Map.entry("every", MAX_DAYS + 5.0),
            Map.entry("duration", MAX_DAYS + 5.0));

    /** Knobs the schema cannot order but the semantic check does: drawn together, sorted. */
    private static final List<List<String>> LADDERS = List.of(
            List.of("stages.positive", "stages.firm", "stages.elevated"),
            List.of("roles.onlooker.minEngagement", "roles.participant.minEngagement", "roles.collector.minEngagement",
                    "roles.commenter.minEngagement", "roles.creator.minEngagement"));

    @TempDir
    Path dir;

    @Test
    void everyDailyRowOfRandomValidScenariosHoldsTheModelsInvariants() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("..", "scenarios", "scenario.schema.json").toFile());
        Random random = new Random(20240611L);
        int accepted = 0;
        int attempts = 0;
        List<String> rejections = new ArrayList<>();
        while (accepted < SCENARIOS && attempts < 3 * SCENARIOS) {
            attempts++;
            ObjectNode tree = object(schema, "", random);
            tree.put("name", "random-" + attempts);
            ladders(tree, random);
            if (tree.has("initial") && tree.has("pool") && tree.path("initial").has("members") && tree.path("pool").has("size")) {
                ObjectNode pool = (ObjectNode) tree.get("pool");
                pool.put("size", Math.max(pool.get("size").asLong(), tree.path("initial").path("members").asLong()));
            }
            Path file = dir.resolve("random-" + attempts + ".json");
            Files.writeString(file, tree.toPrettyString());
            Scenario scenario;
            try {
                scenario = ScenarioLoader.load(file, List.of()).scenario();
            } catch (ScenarioException e) {
                rejections.add(e.getMessage());
                continue;
            }
            accepted++;
            long seed = random.nextLong() & Long.MAX_VALUE;
            double[][] rows;
            try {
                rows = TestCommunities.run(new CommunityModel(scenario, seed, 1 + attempts % 2));
            } catch (RuntimeException e) {
                throw new AssertionError("scenario " + file.getFileName() + " (seed " + seed + ") crashed:\n" + tree.toPrettyString(), e);
            }
            String failure = check(scenario, rows);
            if (failure != null) fail("scenario " + file.getFileName() + " (seed " + seed + "): " + failure + "\n" + tree.toPrettyString());
        }
        assertEquals(SCENARIOS, accepted, "valid scenarios drawn in " + attempts + " attempts; rejections: " + rejections);
    }

    /** The first broken invariant in the rows, or null. */
    static String check(Scenario s, double[][] rows) {
        if (rows.length != s.days()) return rows.length + " rows for " + s.days() + " days";
        double previousMembers = s.initial().members();
        double[] previous = null;
        for (int d = 0; d < rows.length; d++) {
            double[] r = rows[d];
            String at = "day " + (d + 1) + ": ";
            for (Metric m : Metric.values()) {
                double v = r[m.ordinal()];
                if (!Double.isFinite(v)) return at + m.column + " = " + v;
                if (v < 0) return at + m.column + " = " + v + " is negative";
            }
            for (Metric m : List.of(Metric.MEMBERS, Metric.JOINS, Metric.JOINS_EXTERNAL, Metric.JOINS_REFERRAL,
                    Metric.CHURNED, Metric.CHURNED_VOLUNTARY, Metric.CHURNED_REMOVED, Metric.DAU, Metric.WAU, Metric.MAU,
                    Metric.CONTENT, Metric.INTERACTIONS, Metric.SUBGROUPS, Metric.CONTRIBUTORS, Metric.CONTRIBUTORS_7D,
                    Metric.CONTRIBUTORS_30D, Metric.NEW_CONTRIBUTORS, Metric.POOL_REMAINING, Metric.DECLINED,
                    Metric.EDGES, Metric.SUBGROUP_BIRTHS, Metric.SUBGROUP_DEATHS, Metric.SUBGROUP_MAX_SIZE)) {
                if (r[m.ordinal()] != Math.rint(r[m.ordinal()])) return at + m.column + " = " + r[m.ordinal()] + " is not a count";
            }
            for (Metric m : List.of(Metric.ACTIVE_RATIO, Metric.COHERENCE, Metric.GINI, Metric.TOP1_SHARE, Metric.TOP10_SHARE,
                    Metric.HHI, Metric.CONTENT_TOP1_SHARE, Metric.CONTENT_TOP10_SHARE, Metric.CENTRALISATION,
                    Metric.MEAN_ENGAGEMENT, Metric.MEAN_BELONGING)) {
                if (r[m.ordinal()] > 1 + 1e-9) return at + m.column + " = " + r[m.ordinal()] + " is not a share";
            }
            double members = v(r, Metric.MEMBERS);
            String broken = firstFalse(at,
                    v(r, Metric.JOINS) == v(r, Metric.JOINS_EXTERNAL) + v(r, Metric.JOINS_REFERRAL), "joins = external + referral",
                    v(r, Metric.CHURNED) == v(r, Metric.CHURNED_VOLUNTARY) + v(r, Metric.CHURNED_REMOVED), "churned = voluntary + removed",
                    members == previousMembers + v(r, Metric.JOINS) - v(r, Metric.CHURNED), "members = yesterday's + joins - churned ("
                            + previousMembers + " + " + v(r, Metric.JOINS) + " - " + v(r, Metric.CHURNED) + " != " + members + ")",
                    v(r, Metric.DAU) <= v(r, Metric.WAU), "dau <= wau",
                    v(r, Metric.WAU) <= v(r, Metric.MAU), "wau <= mau",
                    v(r, Metric.MAU) <= members, "mau <= members",
                    sum(r, "ROLE_") == members, "the roles add up to the members",
                    sum(r, "STAGE_") == members, "the stages add up to the members",
                    v(r, Metric.CONTRIBUTORS) <= v(r, Metric.CONTENT), "contributors <= content",
                    v(r, Metric.NEW_CONTRIBUTORS) <= v(r, Metric.CONTRIBUTORS), "new contributors <= contributors",
                    v(r, Metric.CONTRIBUTORS) <= v(r, Metric.CONTRIBUTORS_7D), "contributors <= contributors_7d",
                    v(r, Metric.CONTRIBUTORS_7D) <= v(r, Metric.CONTRIBUTORS_30D), "contributors_7d <= contributors_30d",
                    v(r, Metric.CONTRIBUTORS) <= previousMembers + v(r, Metric.JOINS), "contributors <= everyone who was a member today",
                    v(r, Metric.VALUE) <= v(r, Metric.DAU) + 1e-9, "value = dau x coherence <= dau",
                    v(r, Metric.ACTIVE_RATIO) == (members == 0 ? 0 : v(r, Metric.DAU) / members), "active_ratio = dau / members",
                    v(r, Metric.SUBGROUP_MAX_SIZE) <= members, "largest subgroup <= members",
                    v(r, Metric.SUBGROUP_MEAN_SIZE) <= v(r, Metric.SUBGROUP_MAX_SIZE) + 1e-9, "mean subgroup size <= largest",
                    v(r, Metric.TOP1_SHARE) <= v(r, Metric.TOP10_SHARE) + 1e-9, "top 1% share <= top 10% share",
                    v(r, Metric.CONTENT_TOP1_SHARE) <= v(r, Metric.CONTENT_TOP10_SHARE) + 1e-9, "content top 1% <= top 10%",
                    v(r, Metric.POOL_REMAINING) <= s.pool().size() + (d + 1) * Math.ceil(s.pool().growthPerDay()), "the pool only grows by growthPerDay");
            if (broken != null) return broken;
            if (previous != null) {
                for (Metric m : Metric.values()) {
                    if (m.kind == Metric.Kind.CUMULATIVE && r[m.ordinal()] < previous[m.ordinal()]) {
                        return at + m.column + " fell from " + previous[m.ordinal()] + " to " + r[m.ordinal()];
                    }
                }
            }
            previousMembers = members;
            previous = r;
        }
        return null;
    }

    private static double v(double[] row, Metric m) {
        return row[m.ordinal()];
    }

    private static double sum(double[] row, String prefix) {
        double sum = 0;
        for (Metric m : Metric.values()) if (m.name().startsWith(prefix)) sum += row[m.ordinal()];
        return sum;
    }

    /** Pairs of (holds, description): the first description whose condition is false. */
    private static String firstFalse(String at, Object... checks) {
        for (int i = 0; i < checks.length; i += 2) if (!(Boolean) checks[i]) return at + checks[i + 1];
        return null;
    }

    /** A mapping drawn from an object schema: each leaf knob set with probability 1/2, else its default. */
    private static ObjectNode object(JsonNode schema, String path, Random random) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        JsonNode required = schema.path("required");
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> knob = it.next();
            String name = knob.getKey();
            String at = path.isEmpty() ? name : path + "." + name;
            // mappings are always written so that the capped knobs inside them are
            boolean mustSet = knob.getValue().path("type").asText().equals("object");
            for (JsonNode r : required) mustSet |= r.asText().equals(name);
            if (!mustSet && !CAPS.containsKey(at) && random.nextBoolean()) continue;
            JsonNode value = value(knob.getValue(), at, name, random);
            if (value != null) node.set(name, value);
        }
        return node;
    }

    private static JsonNode value(JsonNode schema, String path, String name, Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("enum")) return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        switch (schema.path("type").asText()) {
            case "object":
                return object(schema, path, random);
            case "boolean":
                return f.booleanNode(random.nextBoolean());
            case "array": {
                int min = schema.path("minItems").asInt(0);
                int max = Math.min(schema.path("maxItems").asInt(3), 3);
                ArrayNode list = f.arrayNode();
                int n = min + random.nextInt(max - min + 1);
                for (int i = 0; i < n; i++) list.add(value(schema.get("items"), path + "[]", "", random));
                sortByFirstKey(list);
                return list;
            }
            case "integer":
            case "number": {
                boolean integer = schema.path("type").asText().equals("integer");
                double cap = CAPS.getOrDefault(path, CAPS.getOrDefault(name, Double.MAX_VALUE));
                double min = schema.has("minimum") ? schema.get("minimum").asDouble() : schema.path("exclusiveMinimum").asDouble(0);
                double max = Math.min(cap, schema.path("maximum").asDouble(1e6));
                double x = number(min, max, schema.path("default").asDouble(min), random);
                if (schema.has("exclusiveMinimum") && x <= min) x = min + Math.max(1e-3, (max - min) * 1e-6);
                return integer ? f.numberNode(Math.round(Math.min(x, max))) : f.numberNode(x);
            }
            default:
                return null; // names and descriptions keep their defaults
        }
    }

    /** Often a bound or the default, else uniform, or log-uniform over wide ranges. */
    private static double number(double min, double max, double fallback, Random random) {
        double def = Math.min(max, Math.max(min, fallback));
        switch (random.nextInt(10)) {
            case 0: return min;
            case 1: return max;
            case 2: case 3: return def;
            case 4: case 5: case 6: return min + random.nextDouble() * (max - min);
            default:
                if (max <= 10) return min + random.nextDouble() * (max - min);
                double low = Math.max(min, 1e-4);
                return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(max) - Math.log(low)));
        }
    }

    /** Schedules read best in day order (the loader takes any order; levels must ascend). */
    private static void sortByFirstKey(ArrayNode list) {
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        if (items.isEmpty() || !items.get(0).isObject()) return;
        String key = items.get(0).fieldNames().hasNext() ? items.get(0).fieldNames().next() : null;
        if (key == null || !items.get(0).get(key).isNumber()) return;
        items.sort((a, b) -> Double.compare(a.path(key).asDouble(), b.path(key).asDouble()));
        list.removeAll();
        items.forEach(list::add);
    }

    /** Knobs that must ascend are drawn all or none, then sorted, so most draws are valid. */
    private static void ladders(ObjectNode tree, Random random) {
        for (List<String> ladder : LADDERS) {
            for (String knob : ladder) remove(tree, knob);
            if (random.nextBoolean()) continue;
            double[] values = new double[ladder.size()];
            for (int i = 0; i < values.length; i++) values[i] = number(0, 1, 0.5, random);
            java.util.Arrays.sort(values);
            for (int i = 0; i < values.length; i++) put(tree, ladder.get(i), values[i]);
        }
    }

    private static void remove(ObjectNode tree, String knob) {
        String[] parts = knob.split("\\.");
        JsonNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) node = node.path(parts[i]);
        if (node instanceof ObjectNode o) o.remove(parts[parts.length - 1]);
    }

    private static void put(ObjectNode tree, String knob, double value) {
        String[] parts = knob.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.get(parts[i]) instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }
}
