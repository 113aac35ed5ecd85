package communitysim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import communitysim.metrics.Metric;
import communitysim.output.Numbers;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.Problem;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import communitysim.scenario.ScenarioSchema;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A calibration recipe ({@code --recipe FILE}): the scenario, its overrides, the knobs to fit with their
 * priors and why, the targets and the settings of {@code calibrate}, and a {@code backtest} section with
 * the origins, horizon and what the back-test does differently. It saves retyping a dozen flags and
 * records why each prior is what it is; the command line's flags win over it.
 *
 * <p>Every problem is a {@link Problem} at the recipe's file, line and field ({@code fit[1].lo}),
 * found all at once before any work, as for scenario files.
 */
public final class Recipe {
    /** A fitted knob and its prior, as {@code --fit} takes it, with the reason for the prior. */
    public record Fit(String path, double lo, double hi, boolean log, String why) {
        public String spec() {
            return new Parameter(path, lo, hi, log).spec();
        }
    }

    /**
     * The settings one command takes from the recipe: the top level's, and for {@code backtest} its
     * section's over them. Null where the recipe says nothing (the command's default applies).
     */
    public record Settings(String from, String until, Period period, Integer particles, Integer budget, Integer reps, Long seed,
                           String distance, List<String> origins, Integer horizon, Integer draws, Discrepancy.Mode discrepancy) {}

    static final int MAX_BYTES = 1024 * 1024;
    private static final Set<String> TOP = Set.of("scenario", "description", "set", "fit", "targets", "from", "until", "period",
            "particles", "budget", "reps", "seed", "distance", "backtest");
    private static final Set<String> BACKTEST = Set.of("origins", "horizon", "draws", "discrepancy", "from", "period", "particles",
            "budget", "reps", "seed", "distance");
    private static final Set<String> FIT = Set.of("path", "lo", "hi", "scale", "why");

    private final Path file;
    private final LinedYaml.Tree tree;
    private final List<Problem> problems = new ArrayList<>();
    private Path scenario;
    private final Map<String, String> sets = new LinkedHashMap<>();
    private final List<Fit> fits = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private Settings calibrate;
    private Settings backtest;

    private Recipe(Path file, LinedYaml.Tree tree) {
        this.file = file;
        this.tree = tree;
    }

    /** Reads and checks {@code file}; every problem at once. */
    public static Recipe read(Path file) throws ScenarioException {
        String text;
        try {
            if (!Files.isRegularFile(file)) throw fail(file, 0, Files.exists(file) ? "is not a regular file" : "file not found");
            if (Files.size(file) > MAX_BYTES) throw fail(file, 0, "is too large for a recipe (over 1 MB)");
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw fail(file, 0, "is not a text file (it is not valid UTF-8)");
        } catch (IOException e) {
            throw fail(file, 0, "cannot be read: " + e.getMessage());
        }
        LinedYaml.Tree tree;
        try {
            tree = LinedYaml.read(text);
        } catch (LinedYaml.Unreadable e) {
            throw fail(file, e.line, e.getMessage());
        }
        Recipe r = new Recipe(file, tree);
        tree.problems().forEach(p -> r.problems.add(new Problem(file.toString(), p.line(), p.path(), p.message())));
        if (tree.root() == null) {
            r.problem("", "is empty; a recipe is a mapping (scenario:, fit:, targets: ...)");
        } else if (!tree.root().isObject()) {
            r.problem("", "must be a mapping of fields (scenario:, fit:, targets: ...)");
        } else {
            r.check(tree.root());
        }
        r.throwIfAny();
        return r;
    }

    private void check(JsonNode root) {
        known(root, "", TOP);
        if (root.has("scenario")) {
            String s = text(root.get("scenario"), "scenario");
            if (s != null) {
                Path p = Path.of(s);
                Path folder = file.getParent();
                scenario = p.isAbsolute() || folder == null ? p : folder.resolve(p).normalize();
            }
        }
        if (root.has("description")) text(root.get("description"), "description");
        JsonNode set = root.get("set");
        if (set != null) {
            if (!set.isObject()) problem("set", "must be a mapping of knob paths to values (startDate: 2011-01-01)");
            else {
                for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isNull()) problem("set." + e.getKey(), "has no value");
                    // a list or mapping goes to --set as JSON, which is flow YAML: the value reads back as written
                    else if (e.getValue().isContainerNode()) sets.put(e.getKey(), e.getValue().toString());
                    else sets.put(e.getKey(), e.getValue().isDouble() ? Numbers.format(e.getValue().asDouble()) : e.getValue().asText());
                }
            }
        }
        JsonNode fit = root.get("fit");
        if (fit != null) {
            if (!fit.isArray() || fit.isEmpty()) problem("fit", "must be a list of knobs to fit ({path: ..., lo: ..., hi: ..., scale: log, why: ...})");
            else for (int i = 0; i < fit.size(); i++) fit(fit.get(i), "fit[" + i + "]");
        }
        JsonNode ts = root.get("targets");
        if (ts != null) {
            if (!ts.isArray() || ts.isEmpty()) problem("targets", "must be a list of observed columns, COLUMN or COLUMN=METRIC");
            else for (int i = 0; i < ts.size(); i++) target(ts.get(i), "targets[" + i + "]");
        }
        calibrate = settings(root, "", null);
        JsonNode bt = root.get("backtest");
        if (bt != null && !bt.isObject()) {
            problem("backtest", "must be a mapping (origins:, horizon:, draws: ...)");
            bt = null;
        }
        if (bt != null) known(bt, "backtest", BACKTEST);
        backtest = bt == null ? calibrate : settings(bt, "backtest.", calibrate);
    }

    private void fit(JsonNode f, String at) {
        if (!f.isObject()) {
            problem(at, "must be a mapping {path: ..., lo: ..., hi: ...}");
            return;
        }
        known(f, at, FIT);
        String path = required(f, at, "path") ? text(f.get("path"), at + ".path") : null;
        Double lo = required(f, at, "lo") ? number(f.get("lo"), at + ".lo") : null;
        Double hi = required(f, at, "hi") ? number(f.get("hi"), at + ".hi") : null;
        String scale = f.has("scale") ? choice(f.get("scale"), at + ".scale", List.of("linear", "log")) : "linear";
        String why = f.has("why") ? text(f.get("why"), at + ".why") : null;
        if (path != null) {
            Optional<JsonNode> knob = ScenarioSchema.knob(path);
            String type = knob.map(k -> k.path("type").asText()).orElse("");
            if (knob.isEmpty()) problem(at + ".path", "no knob " + path + " (./communitysim knobs lists them)");
            else if (!type.equals("number") && !type.equals("integer")) problem(at + ".path", path + " is not a number knob");
            for (int j = 0; j < fits.size(); j++) {
                if (fits.get(j).path().equals(path)) problem(at + ".path", path + " is fitted twice");
            }
        }
        boolean log = "log".equals(scale);
        if (lo != null && hi != null && !(lo < hi)) problem(at + ".lo", "must be below hi (" + Numbers.format(hi) + ")");
        else if (lo != null && log && lo <= 0) problem(at + ".lo", "must be above 0 on a log scale");
        if (path != null && lo != null && hi != null && scale != null && lo < hi && !(log && lo <= 0)) {
            fits.add(new Fit(path, lo, hi, log, why));
        }
    }

    private void target(JsonNode t, String at) {
        if (!t.isTextual()) {
            problem(at, "must be COLUMN or COLUMN=METRIC");
            return;
        }
        String spec = t.asText();
        int eq = spec.indexOf('=');
        String column = (eq < 0 ? spec : spec.substring(0, eq)).strip();
        String metric = (eq < 0 ? spec : spec.substring(eq + 1)).strip();
        if (column.isEmpty() || metric.isEmpty()) {
            problem(at, "must be COLUMN or COLUMN=METRIC");
            return;
        }
        try {
            Metric.byColumn(metric);
            targets.add(spec.strip());
        } catch (IllegalArgumentException e) {
            problem(at, "no metric named " + metric + (eq < 0 ? " (map the column to a metric with COLUMN=METRIC)" : "")
                    + "; metrics: " + Target.metricList());
        }
    }

    /** The settings at {@code node} ({@code prefix} is "" or "backtest."), over {@code base}'s when not null. */
    private Settings settings(JsonNode node, String prefix, Settings base) {
        String from = node.has("from") ? keyText(node.get("from"), prefix + "from") : base == null ? null : base.from();
        String until = node.has("until") ? keyText(node.get("until"), prefix + "until") : base == null ? null : base.until();
        String period = node.has("period") ? choice(node.get("period"), prefix + "period", List.of("day", "week", "month")) : null;
        Integer particles = node.has("particles") ? whole(node.get("particles"), prefix + "particles", 10) : base == null ? null : base.particles();
        Integer budget = node.has("budget") ? whole(node.get("budget"), prefix + "budget", 1) : base == null ? null : base.budget();
        if ((node.has("budget") || node.has("particles")) && budget != null && particles != null && budget < particles) {
            problem(prefix + (node.has("budget") ? "budget" : "particles"), "budget " + budget + " is less than particles " + particles
                    + ": too small for one generation");
        }
        Integer reps = node.has("reps") ? whole(node.get("reps"), prefix + "reps", 1) : base == null ? null : base.reps();
        Long seed = base == null ? null : base.seed();
        if (node.has("seed")) {
            JsonNode s = node.get("seed");
            if (s.isIntegralNumber()) seed = s.asLong();
            else problem(prefix + "seed", "must be a whole number");
        }
        String distance = node.has("distance") ? choice(node.get("distance"), prefix + "distance", List.of("periods", "projected")) : base == null ? null : base.distance();
        List<String> origins = null;
        Integer horizon = null, draws = null;
        Discrepancy.Mode discrepancy = null;
        if (base != null) {
            origins = node.has("origins") ? origins(node.get("origins"), prefix + "origins") : null;
            horizon = node.has("horizon") ? whole(node.get("horizon"), prefix + "horizon", 1) : null;
            draws = node.has("draws") ? whole(node.get("draws"), prefix + "draws", 1) : null;
            String d = node.has("discrepancy") ? choice(node.get("discrepancy"), prefix + "discrepancy", List.of("level", "none")) : null;
            discrepancy = d == null ? null : Discrepancy.Mode.valueOf(d);
        }
        Period p = period != null ? Period.valueOf(period) : base == null ? null : base.period();
        return new Settings(from, until, p, particles, budget, reps, seed, distance, origins, horizon, draws, discrepancy);
    }

    private List<String> origins(JsonNode list, String at) {
        if (!list.isArray() || list.isEmpty()) {
            problem(at, "must be a list of dates (or days) to forecast from");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String k = keyText(list.get(i), at + "[" + i + "]");
            if (k == null) continue;
            if (out.contains(k)) problem(at + "[" + i + "]", k + " is given twice");
            else out.add(k);
        }
        return out;
    }

    /** A {@code DATE|DAY} value: an ISO date or a whole day number, as the flags take it. */
    private String keyText(JsonNode v, String at) {
        if (v.isIntegralNumber()) return v.asText();
        if (v.isTextual()) {
            try {
                return LocalDate.parse(v.asText().strip()).toString();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(at, "must be an ISO date (yyyy-mm-dd) or a day number, got " + describe(v));
        return null;
    }

    private boolean required(JsonNode node, String at, String field) {
        if (node.has(field)) return true;
        problem(at, "has no " + field);
        return false;
    }

    private String text(JsonNode v, String at) {
        if (v.isTextual() && !v.asText().isBlank()) return v.asText().strip();
        problem(at, "must be text, got " + describe(v));
        return null;
    }

    private Double number(JsonNode v, String at) {
        if (v.isNumber() && Double.isFinite(v.asDouble())) return v.asDouble();
        problem(at, "must be a number, got " + describe(v));
        return null;
    }

    private Integer whole(JsonNode v, String at, int min) {
        if (v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= min) return v.asInt();
        problem(at, "must be a whole number >= " + min + ", got " + describe(v));
        return null;
    }

    private String choice(JsonNode v, String at, List<String> allowed) {
        if (v.isTextual() && allowed.contains(v.asText().strip())) return v.asText().strip();
        problem(at, "must be one of " + String.join(", ", allowed) + ", got " + describe(v));
        return null;
    }

    private void known(JsonNode node, String at, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (allowed.contains(k)) continue;
            if (at.isEmpty() && BACKTEST.contains(k)) problem(k, "belongs in the backtest section (backtest: {" + k + ": ...})");
            else problem(at.isEmpty() ? k : at + "." + k, "unknown field; " + (at.isEmpty() ? "a recipe" : at) + " takes "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    private static String describe(JsonNode v) {
        if (v == null || v.isNull()) return "nothing";
        if (v.isTextual()) return "'" + v.asText() + "'";
        if (v.isArray()) return "a list";
        if (v.isObject()) return "a mapping";
        return v.asText();
    }

    private void problem(String path, String message) {
        problems.add(new Problem(file.toString(), tree.line(path), path, message));
    }

    private void throwIfAny() throws ScenarioException {
        if (!problems.isEmpty()) {
            // the recipe's own problems in line order, then the scenario's as its loader ordered them
            List<Problem> sorted = new ArrayList<>(problems);
            String own = file.toString();
            sorted.sort(java.util.Comparator.comparing((Problem p) -> !p.file().equals(own))
                    .thenComparingInt(p -> p.file().equals(own) ? p.line() : 0));
            throw new ScenarioException(sorted);
        }
    }

    private static ScenarioException fail(Path file, int line, String message) {
        return new ScenarioException(List.of(new Problem(file.toString(), line, "", message)));
    }

    /**
     * Checks what depends on the scenario the command will use: that the recipe's scenario exists when
     * it is the one used, that its {@code set} overrides apply to it, and, when the recipe's knobs are
     * the ones fitted, that each prior's bounds are values the knob can take. Problems of the
     * scenario file itself are reported as they are, at the scenario's lines.
     */
    public void checkAgainst(Path scenarioFile, boolean fitsUsed) throws ScenarioException {
        if (scenarioFile.equals(scenario) && !Files.isRegularFile(scenarioFile)) {
            problem("scenario", "no such file " + scenarioFile + " (a path from the recipe's folder, or absolute)");
            throwIfAny();
        }
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(scenarioFile, setList());
        } catch (ScenarioException e) {
            for (Problem p : e.problems()) {
                if (!p.file().equals("--set")) problems.add(p);
                else problem(setField(p.path()), p.message());
            }
            throwIfAny();
            return;
        }
        if (!fitsUsed) return;
        for (int i = 0; i < fits.size(); i++) {
            Fit f = fits.get(i);
            boolean integer = ScenarioSchema.knob(f.path()).map(n -> n.path("type").asText().equals("integer")).orElse(false);
            for (String bound : List.of("lo", "hi")) {
                double v = bound.equals("lo") ? f.lo() : f.hi();
                try {
                    ScenarioLoader.withOverrides(loaded, List.of(f.path() + "=" + Numbers.format(integer ? Math.round(v) : v)));
                } catch (ScenarioException e) {
                    problem("fit[" + i + "]." + bound, Numbers.format(v) + " is not a valid value of " + f.path() + ": "
                            + e.problems().get(0).message());
                }
            }
        }
        throwIfAny();
    }

    /** The {@code set} entry a {@code --set} problem at {@code knob} comes from. */
    private String setField(String knob) {
        for (String k : sets.keySet()) {
            if (knob.equals(k) || knob.startsWith(k + ".") || knob.startsWith(k + "[")) return "set." + k;
        }
        return "set";
    }

    public Path file() {
        return file;
    }

    /** The scenario it names, resolved from the recipe's folder; empty when it names none. */
    public Optional<Path> scenario() {
        return Optional.ofNullable(scenario);
    }

    /** Its {@code set} overrides as {@code PATH=VALUE}, in the file's order. */
    public List<String> setList() {
        List<String> out = new ArrayList<>();
        sets.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    public List<Fit> fits() {
        return List.copyOf(fits);
    }

    /** The {@code --fit} specs of its knobs. */
    public List<String> fitSpecs() {
        return fits.stream().map(Fit::spec).toList();
    }

    public List<String> targets() {
        return List.copyOf(targets);
    }

    /** What {@code calibrate} ({@code backtest} false) or {@code backtest} takes from it. */
    public Settings settings(boolean forBacktest) {
        return forBacktest ? backtest : calibrate;
    }
}
