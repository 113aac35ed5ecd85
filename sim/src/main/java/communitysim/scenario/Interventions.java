package communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a scenario's {@code interventions} once the rest of it is valid, and resolves each to
 * the form the model binds ({@link Scenario.Intervention}: {@code at} as a day). An intervention
 * is checked like the knobs it writes: its day must lie in the run, each knob must exist and be
 * one that can change mid-run ({@link MidRunKnobs}), no knob may change twice at one day or while
 * its ramp is under way, and the scenario in force after it must pass every check a file passes,
 * each problem placed at the line of the intervention's knob.
 */
final class Interventions {

    private static final String KEY = "interventions";

    private Interventions() {}

    /** A checked intervention, with its resolved day. */
    private record Checked(int index, int day, int ramp, ObjectNode set) {
        int lastDay() {
            return day + Math.max(ramp, 1) - 1;
        }
    }

    /**
     * Checks {@code tree}'s interventions (the tree is otherwise valid and filled) and returns them
     * resolved, for binding: {@code [{day, ramp, label, set}]} in the file's order.
     */
    static ArrayNode check(ObjectNode tree, Locations locations, Problems problems, int strictFrom, int fileDays) {
        ArrayNode resolved = JsonNodeFactory.instance.arrayNode();
        JsonNode list = tree.path(KEY);
        if (!list.isArray() || list.isEmpty()) return resolved;
        int days = tree.path("days").asInt();
        String start = tree.path("startDate").asText("");
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            KnobPath at = KnobPath.ROOT.key(KEY).index(i);
            int last = i >= strictFrom ? Math.max(days, fileDays) : Integer.MAX_VALUE;
            Integer day = day(item.path("at"), at.key("at"), last, start, problems);
            ObjectNode set = flat((ObjectNode) item.get("set"));
            boolean knobsOk = knobs(set, at.key("set"), problems, locations);
            if (day != null && knobsOk) checked.add(new Checked(i, day, item.path("ramp").asInt(0), set));
        }
        clashes(checked, problems, locations);
        if (!problems.isEmpty()) return resolved;
        for (Checked c : checked) after(tree, checked, c, locations, problems);
        for (Checked c : checked) {
            JsonNode item = list.get(c.index);
            ObjectNode r = resolved.addObject();
            r.put("day", c.day);
            r.put("ramp", c.ramp);
            r.put("label", item.path("label").asText(label(c.set)));
            r.set("set", c.set.deepCopy());
        }
        return resolved;
    }

    /**
     * {@code set} with nested mappings written as dotted keys: {@code {rewards: {enabled: true}}} changes
     * {@code rewards.enabled} alone, as {@code rewards.enabled: true} does (and as
     * {@code --set interventions[0].set.rewards.enabled=true} writes it), never the whole section.
     */
    private static ObjectNode flat(ObjectNode set) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        set.properties().forEach(e -> flatten(e.getKey(), e.getValue(), out));
        return out;
    }

    private static void flatten(String key, JsonNode value, ObjectNode out) {
        if (value.isObject() && !value.isEmpty()) value.properties().forEach(e -> flatten(key + "." + e.getKey(), e.getValue(), out));
        else out.set(key, value);
    }

    /** The knobs an intervention changes, as a label: {@code rewards.enabled=true, rewards.unitPrice=5}. */
    static String label(ObjectNode set) {
        List<String> parts = new ArrayList<>();
        set.properties().forEach(e -> parts.add(e.getKey() + "=" + (e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString())));
        return String.join(", ", parts);
    }

    private static Integer day(JsonNode at, KnobPath path, int days, String start, Problems problems) {
        int day;
        if (at.isIntegralNumber() && at.canConvertToInt()) {
            day = at.asInt();
        } else if (at.isTextual() && at.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            if (start.isEmpty()) {
                problems.at(path, "a date needs the scenario's startDate (day 0's date); give a day number instead, or set startDate");
                return null;
            }
            try {
                day = Math.toIntExact(ChronoUnit.DAYS.between(LocalDate.parse(start), LocalDate.parse(at.asText())));
            } catch (DateTimeParseException | ArithmeticException e) {
                problems.at(path, "not a calendar date: " + at.asText());
                return null;
            }
        } else {
            problems.at(path, "must be a day number (from 1) or an ISO date such as 2019-01-01, got " + SchemaCheck.describe(at));
            return null;
        }
        if (day < 1 || day > days) {
            String when = at.isTextual() ? at.asText() + " is day " + day + ", which" : "day " + day;
            boolean bounded = days < Integer.MAX_VALUE;
            problems.at(path, when + " is outside the run: changes apply " + (bounded ? "on days 1.." + days : "from day 1")
                    + (start.isEmpty() || !bounded ? "" : " (" + LocalDate.parse(start).plusDays(1) + " .. " + LocalDate.parse(start).plusDays(days) + ")"));
            return null;
        }
        return day;
    }

    /**
     * Where a knob of an intervention's set is reported: the key as written when the file has its line
     * ({@code rewards.unitPrice: 5}), else its path inside the set, so a nested mapping's line is found.
     */
    static KnobPath where(KnobPath set, String knob, Locations lines) {
        if (lines.lines().containsKey(set.key(knob))) return set.key(knob);
        try {
            return set.resolve(KnobPath.parse(knob));
        } catch (IllegalArgumentException e) {
            return set.key(knob);
        }
    }

    private static boolean knobs(ObjectNode set, KnobPath at, Problems problems, Locations locations) {
        boolean ok = true;
        for (Map.Entry<String, JsonNode> e : set.properties()) {
            KnobPath where = where(at, e.getKey(), locations);
            KnobPath knob;
            try {
                knob = KnobPath.parse(e.getKey());
            } catch (IllegalArgumentException x) {
                problems.at(where, "is not a knob path; write names separated by dots, with [i] for list items, e.g. rewards.levels[0].weight");
                ok = false;
                continue;
            }
            if (e.getValue().isObject() && e.getValue().isEmpty()) {
                problems.at(where, "is an empty mapping, which changes nothing; name the knobs that change");
                ok = false;
                continue;
            }
            String unknown = Overrides.unknownPart(knob);
            String refused = unknown != null ? unknown : MidRunKnobs.refusal(knob);
            if (refused != null) {
                problems.at(where, refused);
                ok = false;
            } else if (e.getValue().isNull()) {
                problems.at(where, "has no value; give the knob's value from that day on");
                ok = false;
            }
        }
        return ok;
    }

    /**
     * One knob changed twice at one day, or while an earlier change of it is still ramping; a knob
     * and a path inside it (rewards.levels and rewards.levels[0].weight) count as one knob.
     */
    private static void clashes(List<Checked> checked, Problems problems, Locations locations) {
        List<Map.Entry<KnobPath, Checked>> last = new ArrayList<>();
        List<Checked> byDay = new ArrayList<>(checked);
        byDay.sort(java.util.Comparator.comparingInt(Checked::day).thenComparingInt(Checked::index));
        for (Checked c : byDay) {
            for (String knob : iterable(c.set)) {
                KnobPath path = KnobPath.parse(knob);
                Checked before = null;
                for (int k = last.size() - 1; k >= 0 && before == null; k--) {
                    KnobPath other = last.get(k).getKey();
                    if (path.startsWith(other) || other.startsWith(path)) before = last.get(k).getValue();
                }
                KnobPath where = where(KnobPath.ROOT.key(KEY).index(c.index).key("set"), knob, locations);
                if (before != null && before.day == c.day) {
                    problems.at(where, "is changed twice on day " + c.day + " (also by interventions[" + before.index + "]); give one value");
                } else if (before != null && c.day <= before.lastDay()) {
                    problems.at(where, "changes on day " + c.day + " while interventions[" + before.index + "] is still ramping it (until day "
                            + before.lastDay() + ")");
                }
                last.add(Map.entry(path, c));
            }
        }
    }

    private static List<String> iterable(ObjectNode set) {
        List<String> keys = new ArrayList<>();
        set.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /**
     * The scenario in force once {@code c} has fully applied (with every change up to its day) must
     * be valid: each of its problems is reported at the knob of {@code c} that caused it, or at
     * {@code c} as a whole when the problem is a rule tying it to a knob it did not change.
     */
    private static void after(ObjectNode tree, List<Checked> all, Checked c, Locations locations, Problems problems) {
        ObjectNode state = tree.deepCopy();
        state.remove(KEY);
        for (Checked other : all) {
            if (other.day < c.day || other.day == c.day && other.index <= c.index) {
                for (Map.Entry<String, JsonNode> e : other.set.properties()) {
                    String refusal = Overrides.put(state, KnobPath.parse(e.getKey()), e.getValue());
                    if (refusal != null && other == c) {
                        problems.at(where(KnobPath.ROOT.key(KEY).index(c.index).key("set"), e.getKey(), locations), refusal);
                        return;
                    }
                }
            }
        }
        Defaults.fill(state, ScenarioSchema.root());
        Locations none = new Locations(locations.file());
        Problems found = new Problems(none);
        SchemaCheck.check(state, found);
        SemanticCheck.check(state, found);
        KnobPath item = KnobPath.ROOT.key(KEY).index(c.index);
        for (Problem p : found.list()) {
            String knob = null;
            for (String k : iterable(c.set)) {
                String written = KnobPath.parse(k).toString();
                if (p.path().equals(written) || p.path().startsWith(written + ".") || p.path().startsWith(written + "[")) knob = k;
            }
            if (knob != null) {
                String inside = p.path().substring(KnobPath.parse(knob).toString().length());
                problems.at(where(item.key("set"), knob, locations), (inside.isEmpty() ? "" : inside.replaceFirst("^\\.", "") + ": ") + p.message());
            } else {
                problems.at(item.key("set"), "from day " + c.day + ", " + p.path() + " " + p.message());
            }
        }
    }
}
