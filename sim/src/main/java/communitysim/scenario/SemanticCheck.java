package communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Rules that tie knobs together, which the schema cannot express. */
final class SemanticCheck {

    private static final List<String> ROLE_LADDER = List.of("onlooker", "participant", "collector", "commenter", "creator");

    private SemanticCheck() {}

    static void check(JsonNode tree, Problems problems) {
        ascending(tree, problems, List.of(
                KnobPath.parse("stages.positive"), KnobPath.parse("stages.firm"), KnobPath.parse("stages.elevated")));
        ascending(tree, problems, ROLE_LADDER.stream().map(role -> KnobPath.parse("roles." + role + ".minEngagement")).toList());
        atMost(tree, problems, KnobPath.parse("initial.members"), KnobPath.parse("pool.size"));
        JsonNode start = tree.path("startDate");
        if (start.isTextual() && start.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                java.time.LocalDate.parse(start.asText());
            } catch (java.time.format.DateTimeParseException e) {
                problems.at(KnobPath.parse("startDate"), "not a calendar date: " + start.asText());
            }
        }
        JsonNode classes = tree.path("commitment").path("classes");
        double shares = 0;
        for (JsonNode c : classes) shares += c.path("share").asDouble();
        if (shares > 1 + 1e-9) {
            problems.at(KnobPath.parse("commitment.classes"), "shares add up to " + shares + "; at most 1 (the rest are members of no class)");
        }
        int levels = tree.path("rewards").path("levels").size();
        ascending(tree, problems, java.util.stream.IntStream.range(0, levels)
                .mapToObj(i -> KnobPath.parse("rewards.levels[" + i + "].minEngagement")).toList());
    }

    /** Each knob must be >= the one before it. */
    private static void ascending(JsonNode tree, Problems problems, List<KnobPath> chain) {
        for (int i = 1; i < chain.size(); i++) {
            KnobPath lower = chain.get(i - 1);
            KnobPath higher = chain.get(i);
            JsonNode low = get(tree, lower);
            JsonNode high = get(tree, higher);
            if (low.isNumber() && high.isNumber() && low.decimalValue().compareTo(high.decimalValue()) > 0) {
                problems.at(higher, "must be >= " + lower + " (" + SchemaCheck.number(low) + "), got " + SchemaCheck.number(high));
            }
        }
    }

    private static void atMost(JsonNode tree, Problems problems, KnobPath knob, KnobPath bound) {
        JsonNode value = get(tree, knob);
        JsonNode limit = get(tree, bound);
        if (value.isNumber() && limit.isNumber() && value.decimalValue().compareTo(limit.decimalValue()) > 0) {
            problems.at(knob, "must be <= " + bound + " (" + SchemaCheck.number(limit) + "), got " + SchemaCheck.number(value));
        }
    }

    private static JsonNode get(JsonNode tree, KnobPath path) {
        JsonNode node = tree;
        for (Object key : path.segments()) node = key instanceof Integer i ? node.path(i) : node.path((String) key);
        return node;
    }
}
