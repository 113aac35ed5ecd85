package communitysim.compare;

import communitysim.scenario.LoadedScenario;
import communitysim.scenario.Problem;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a comparison will run: its scenarios, each with {@code replicates} replicates, replicate i with
 * seed {@code baseSeed + i} in every scenario (common random numbers), over {@code days} days.
 */
public record ComparisonPlan(List<Policy> policies, int replicates, long baseSeed, int days) {

    static final int MIN_REPLICATES = 2;

    public ComparisonPlan {
        policies = List.copyOf(policies);
    }

    /**
     * Loads every file with {@code sets} applied, then makes the design common: replicates and seed from
     * {@code reps}/{@code seed} or else the first scenario, the horizon from {@code days} or else shared
     * by all scenarios. A null option means "not given".
     *
     * @throws ScenarioException with every problem of every file, and of the design
     */
    public static ComparisonPlan load(List<Path> files, List<String> sets, Integer reps, Long seed, Integer days)
            throws ScenarioException {
        // flags are named as the user typed them in any problem (--reps 0, not --set replicates)
        List<communitysim.scenario.Assignment> flags = new ArrayList<>();
        if (days != null) flags.add(communitysim.scenario.Assignment.flag("--days", "days", days));
        if (reps != null) flags.add(communitysim.scenario.Assignment.flag("--reps", "replicates", reps));
        if (seed != null) flags.add(communitysim.scenario.Assignment.flag("--seed", "seed", seed));
        // A set: a bad --set is reported once, not once per file.
        Set<Problem> problems = new LinkedHashSet<>();
        // Null where a file is broken: the others are still checked against the first, if it loaded.
        List<LoadedScenario> loaded = new ArrayList<>();
        for (Path file : files) {
            try {
                loaded.add(ScenarioLoader.load(file, sets, flags));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
                loaded.add(null);
            }
        }
        if (files.size() == 1 && loaded.get(0) != null) {
            // one scenario: what its interventions do, against the same scenario without them
            LoadedScenario with = loaded.get(0);
            if (communitysim.scenario.Timeline.of(with.scenario()).days().length == 0) {
                problems.add(new Problem(with.source(), 0, "interventions", "change nothing within the run: compare needs two or more SCENARIOs, or one"
                        + " with interventions (compared with itself without them)"));
            } else {
                loaded.add(0, ScenarioLoader.withOverrides(with, List.of("interventions=[]")));
            }
        }
        if (loaded.get(0) != null) checkDesign(loaded, reps != null, problems);
        if (!problems.isEmpty()) throw new ScenarioException(List.copyOf(problems));

        LoadedScenario first = loaded.get(0);
        int replicates = first.scenario().replicates();
        long baseSeed = first.scenario().seed();
        List<String> labels = labels(loaded);
        if (files.size() == 1) labels = List.of(first.scenario().name() + " without interventions", first.scenario().name());
        List<Policy> policies = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            policies.add(new Policy(labels.get(i), commonDesign(loaded.get(i), replicates, baseSeed)));
        }
        return new ComparisonPlan(policies, replicates, baseSeed, first.scenario().days());
    }

    private static void checkDesign(List<LoadedScenario> loaded, boolean repsGiven, Set<Problem> problems) {
        LoadedScenario first = loaded.get(0);
        int days = first.scenario().days();
        // Different horizons would compare day 180 of one policy with day 365 of another.
        for (LoadedScenario other : loaded.subList(1, loaded.size())) {
            if (other != null && other.scenario().days() != days) {
                problems.add(new Problem(other.source(), 0, "days", "is " + other.scenario().days() + " but "
                        + first.source() + " has " + days + "; compared scenarios share one horizon: pass --days D"));
            }
        }
        int replicates = first.scenario().replicates();
        if (replicates < MIN_REPLICATES) {
            problems.add(repsGiven
                    ? new Problem("--reps", 0, "", "must be at least " + MIN_REPLICATES + " for paired tests")
                    : new Problem(first.source(), 0, "replicates", "is " + replicates + "; paired tests need at least "
                    + MIN_REPLICATES + " (pass --reps R)"));
        }
    }

    /** The scenario with the comparison's replicates and seed, so its resolved tree records what ran. */
    private static LoadedScenario commonDesign(LoadedScenario s, int replicates, long baseSeed) throws ScenarioException {
        if (s.scenario().replicates() == replicates && s.scenario().seed() == baseSeed) return s;
        return ScenarioLoader.withOverrides(s, List.of("replicates=" + replicates, "seed=" + baseSeed));
    }

    /** Scenario names, with the file added where names repeat (two copies of one file keep a number too). */
    private static List<String> labels(List<LoadedScenario> loaded) {
        Map<String, Integer> byName = new HashMap<>();
        loaded.forEach(s -> byName.merge(s.scenario().name(), 1, Integer::sum));
        List<String> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (LoadedScenario s : loaded) {
            String name = s.scenario().name();
            String label = byName.get(name) == 1 ? name : name + " (" + s.source() + ")";
            int n = seen.merge(label, 1, Integer::sum);
            labels.add(n == 1 ? label : label + " #" + n);
        }
        return labels;
    }
}
