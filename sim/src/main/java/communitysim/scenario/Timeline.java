package communitysim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The knobs in force day by day: a scenario's {@link Scenario.Intervention interventions} turned
 * into the scenario that holds from each day on which something changes. On a day of a ramp, a
 * number knob is the value before the change moved by equal daily steps ({@code k / ramp} of the
 * way on the ramp's {@code k}-th day), rounded for integer knobs; other knobs change on the
 * intervention's day. The scenarios it returns have no interventions of their own.
 *
 * <p>Built from an already checked scenario ({@link Interventions} did the checking), so it cannot
 * fail on user input. Runs with the same scenario share one timeline: building it binds a scenario
 * per change day, which a sweep of thousands of runs should not repeat.
 *
 * <pre>{@code
 * Timeline t = Timeline.of(scenario);
 * Scenario today = t.changeOn(day);   // null: nothing changes today
 * }</pre>
 */
public final class Timeline {
    private static final int CACHED = 32;
    private static final Map<Scenario, Timeline> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Scenario, Timeline> eldest) {
            return size() > CACHED;
        }
    };

    private final int[] days;
    private final Scenario[] scenarios;

    private Timeline(int[] days, Scenario[] scenarios) {
        this.days = days;
        this.scenarios = scenarios;
    }

    /** The timeline of {@code scenario}: empty when it has no interventions. */
    public static Timeline of(Scenario scenario) {
        if (scenario.interventions().isEmpty()) return new Timeline(new int[0], new Scenario[0]);
        synchronized (CACHE) {
            Timeline t = CACHE.get(scenario);
            if (t != null) return t;
        }
        Timeline t = build(scenario);
        synchronized (CACHE) {
            CACHE.put(scenario, t);
        }
        return t;
    }

    /** The scenario in force from {@code day} on when something changes that day, else null. */
    public Scenario changeOn(int day) {
        int i = java.util.Arrays.binarySearch(days, day);
        return i >= 0 ? scenarios[i] : null;
    }

    /** Every scenario the run passes through after day 0, in day order. */
    public List<Scenario> scenarios() {
        return List.of(scenarios);
    }

    /** The days on which something changes. */
    public int[] days() {
        return days.clone();
    }

    private static Timeline build(Scenario scenario) {
        ObjectNode base = ScenarioLoader.tree(scenario);
        base.set("interventions", JsonNodeFactory.instance.arrayNode());
        List<Scenario.Intervention> ivs = new ArrayList<>(scenario.interventions());
        ivs.sort(java.util.Comparator.comparingInt(Scenario.Intervention::day));
        TreeSet<Integer> changeDays = new TreeSet<>();
        for (Scenario.Intervention iv : ivs) {
            for (int d = iv.day(); d <= iv.lastDay() && d <= scenario.days(); d++) changeDays.add(d);
        }
        // each knob's value before each intervention: the base, or the last earlier change's full value
        List<Map<String, JsonNode>> before = new ArrayList<>();
        ObjectNode running = base.deepCopy();
        for (Scenario.Intervention iv : ivs) {
            Map<String, JsonNode> was = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : iv.set().entrySet()) {
                JsonNode old = Overrides.at(running, KnobPath.parse(e.getKey()));
                was.put(e.getKey(), old == null ? null : old.deepCopy());
            }
            before.add(was);
            for (Map.Entry<String, JsonNode> e : iv.set().entrySet()) Overrides.put(running, KnobPath.parse(e.getKey()), e.getValue());
        }
        int[] days = new int[changeDays.size()];
        Scenario[] scenarios = new Scenario[days.length];
        int n = 0;
        for (int day : changeDays) {
            ObjectNode state = base.deepCopy();
            for (int i = 0; i < ivs.size(); i++) {
                Scenario.Intervention iv = ivs.get(i);
                if (iv.day() > day) break;
                for (Map.Entry<String, JsonNode> e : iv.set().entrySet()) {
                    JsonNode value = valueOn(day, iv, before.get(i).get(e.getKey()), e.getValue(), integerKnob(e.getKey()));
                    Overrides.put(state, KnobPath.parse(e.getKey()), value);
                }
            }
            Defaults.fill(state, ScenarioSchema.root());
            days[n] = day;
            scenarios[n++] = ScenarioLoader.bind(state);
        }
        return new Timeline(days, scenarios);
    }

    /** A knob's value on {@code day} of {@code iv}'s ramp (its new value once the ramp is over). */
    /** Whether the schema types the knob as an integer (a number knob written 2 is still a number knob). */
    private static boolean integerKnob(String path) {
        return ScenarioSchema.knob(path).map(s -> s.path("type").asText().equals("integer")).orElse(false);
    }

    private static JsonNode valueOn(int day, Scenario.Intervention iv, JsonNode was, JsonNode target, boolean integer) {
        if (day >= iv.lastDay() || was == null || !was.isNumber() || !target.isNumber()) return target;
        double step = (double) (day - iv.day() + 1) / iv.ramp();
        double v = was.asDouble() + (target.asDouble() - was.asDouble()) * step;
        return integer ? LongNode.valueOf(Math.round(v)) : DoubleNode.valueOf(v);
    }
}
