package communitysim.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sweep checked end to end before anything is written: the base scenario, every {@code --vary},
 * the sampler, and every design point loaded as a scenario (so a combination that breaks a rule
 * tying knobs together is caught here too, not half-way through).
 *
 * @param base       the scenario with {@code --set}, {@code --days}, {@code --reps} and {@code --seed} applied
 * @param varied     the {@code --vary} arguments as typed
 * @param n          LHS runs, null for a grid
 * @param replicates replicates per run
 * @param baseSeed   what every task seed is derived from ({@link Seeds})
 */
public record SweepPlan(LoadedScenario base, List<String> varied, Sampler sampler, Integer n, int replicates,
                        long baseSeed, boolean daily, Design design) {

    public SweepPlan {
        varied = List.copyOf(varied);
    }

    /**
     * @param sets    {@code --set PATH=VALUE} overrides of the base scenario
     * @param days    horizon, or null for the scenario's
     * @param reps    replicates per run, or null for the scenario's {@code replicates}
     * @param seed    base seed, or null for the scenario's {@code seed}
     * @param n       runs of an LHS design; must be null for a grid
     */
    static SweepPlan create(Path scenarioFile, List<String> sets, Integer days, Integer reps, Long seed,
                            List<String> vary, Sampler sampler, Integer n, boolean daily, UnitPoints unit)
            throws ScenarioException, SweepException {
        checkSampler(vary, sampler, n, unit);
        List<communitysim.scenario.Assignment> flags = new ArrayList<>();
        if (days != null) flags.add(communitysim.scenario.Assignment.flag("--days", "days", days));
        if (reps != null) flags.add(communitysim.scenario.Assignment.flag("--reps", "replicates", reps));
        if (seed != null) flags.add(communitysim.scenario.Assignment.flag("--seed", "seed", seed));
        LoadedScenario base = ScenarioLoader.load(scenarioFile, sets, flags);

        List<VarySpec> specs = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        for (String text : vary) {
            VarySpec spec = VarySpec.parse(text);
            if (!paths.add(spec.path())) throw spec.problem(spec.path() + " is varied twice");
            specs.add(spec);
        }
        List<Dimension> dims = new ArrayList<>();
        for (VarySpec spec : specs) {
            List<String> others = paths.stream().filter(p -> !p.equals(spec.path())).toList();
            dims.add(Dimension.of(spec, sampler, base, others));
        }
        Design design = switch (sampler) {
            case GRID -> new GridDesign(dims);
            case LHS -> new LhsDesign(dims, n, base.scenario().seed());
            case MORRIS, SOBOL -> new PointsDesign(dims, unit.points(dims.size(), base.scenario().seed()));
        };
        int replicates = base.scenario().replicates();
        if ((long) design.runs() * replicates > Design.MAX_TASKS) {
            throw new SweepException("--vary: " + design.runs() + " runs x " + replicates + " replicates is more than "
                    + Design.MAX_TASKS + " tasks; split the sweep");
        }
        design = checkEveryPoint(base, design);
        return new SweepPlan(base, vary, sampler, n, replicates, base.scenario().seed(), daily, design);
    }

    private static void checkSampler(List<String> vary, Sampler sampler, Integer n, UnitPoints unit) throws SweepException {
        if (vary.isEmpty()) throw new SweepException("--vary: give at least one PATH=SPEC, e.g. --vary activation.base=-4.5:-3.5:0.5");
        if (!Sampler.SWEEP.contains(sampler)) {
            // The sensitivity command checks its --n against its method before it gets here.
            if (unit == null) throw new IllegalArgumentException(sampler.flag() + " needs its unit-cube points");
            return;
        }
        if (sampler == Sampler.GRID && n != null) {
            throw new SweepException("--n is for --sample lhs; a grid's runs are every combination of its levels");
        }
        if (sampler == Sampler.LHS) {
            if (n == null) throw new SweepException("--sample lhs needs --n N, the number of runs");
            if (n < 1 || n > Design.MAX_RUNS) throw new SweepException("--n must be between 1 and " + Design.MAX_RUNS + ", got " + n);
        }
    }

    /**
     * Loads every design point; returns the design with the listed values whose check was left to the
     * points read from the first point holding each.
     */
    private static Design checkEveryPoint(LoadedScenario base, Design design) throws SweepException {
        List<Dimension> dims = design.dimensions();
        JsonNode[][] read = new JsonNode[dims.size()][];
        for (int d = 0; d < dims.size(); d++) read[d] = new JsonNode[dims.get(d).levels().size()];
        for (int run = 0; run < design.runs(); run++) {
            List<String> overrides = design.overrides(run);
            LoadedScenario point;
            try {
                point = ScenarioLoader.withOverrides(base, overrides);
            } catch (ScenarioException e) {
                throw new SweepException("--vary: run " + run + " (" + String.join(", ", overrides)
                        + ") is not a valid scenario: " + Dimension.describe(e.problems(), ""));
            }
            for (int d = 0; d < dims.size(); d++) {
                if (!dims.get(d).hasPending()) continue;
                int level = design.levelOf(run, d);
                if (read[d][level] == null) read[d][level] = point.resolved().at(Dimension.pointer(dims.get(d).path()));
            }
        }
        List<Dimension> resolved = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) {
            JsonNode[] levels = read[d];
            resolved.add(dims.get(d).resolved(l -> levels[l]));
        }
        // Only a grid lists values; an LHS design has nothing pending.
        return design instanceof GridDesign ? new GridDesign(resolved) : design;
    }

    public int runs() {
        return design.runs();
    }

    public int tasks() {
        return design.runs() * replicates;
    }

    RunsTable table() {
        return new RunsTable(design, baseSeed, replicates);
    }

    /** What a task runner anywhere needs: the base scenario as JSON, its source, and the daily flag. */
    public SweepJob job() {
        try {
            return new SweepJob(new ObjectMapper().writeValueAsString(base.resolved()), base.source(), daily);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Knobs whose Latin-hypercube values are rounded to whole numbers (integer knobs). */
    public List<String> rounded() {
        return design.dimensions().stream().filter(Dimension::rounds).map(Dimension::path).toList();
    }
}
