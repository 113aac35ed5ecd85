package communitysim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.Problem;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * A varied knob, checked against the scenario: a grid dimension has its list of levels, a
 * Latin-hypercube one its interval. Every value is put through the scenario loader, so a bad value
 * gets the same message as a bad {@code --set}.
 *
 * @param levels the grid's values in the order given (empty for LHS)
 * @param lo     the LHS interval's lower end (NaN for a grid)
 * @param hi     the LHS interval's upper end (NaN for a grid)
 */
public record Dimension(VarySpec spec, Knob knob, List<Value> levels, double lo, double hi) {

    /** More levels than this in one range is almost surely a typo in the step. */
    static final int MAX_LEVELS = 100_000;

    public Dimension {
        levels = List.copyOf(levels);
    }

    public String path() {
        return spec.path();
    }

    /** Integer knobs sampled by LHS get the sampled value rounded to the nearest whole number. */
    public boolean rounds() {
        return levels.isEmpty() && knob.type() == Knob.Type.INTEGER;
    }

    /** The LHS value for a point {@code x} in [lo, hi]. */
    Value sampled(double x) {
        return Value.of(rounds() ? Math.rint(x) : x);
    }

    /** The value at fraction {@code u} in [0, 1] of the interval (never past hi, which the schema may forbid). */
    Value at(double u) {
        return sampled(Math.min(hi, lo + (hi - lo) * u));
    }

    /**
     * @param others the other varied paths: a value that breaks a rule only together with one of
     *               them (say {@code initial.members <= pool.size}) is left to the check of the design
     *               points, where that knob has its varied values
     */
    static Dimension of(VarySpec spec, Sampler sampler, LoadedScenario base, List<String> others) throws SweepException {
        Knob knob = knob(spec, base);
        if (knob.type() == Knob.Type.MAPPING || knob.type() == Knob.Type.LIST) {
            throw spec.problem(spec.path() + " is " + knob.describe() + "; vary one knob inside it");
        }
        Acceptance check = new Acceptance(spec, base, others);
        return switch (spec.shape()) {
            case LIST -> {
                if (sampler.intervals()) throw spec.problem(sampler.flag() + " takes lo:hi, got a list of values");
                yield new Dimension(spec, knob, listed(spec, check), Double.NaN, Double.NaN);
            }
            case RANGE -> {
                if (sampler.intervals()) throw spec.problem(sampler.flag() + " takes lo:hi (no step), got lo:hi:step");
                yield new Dimension(spec, numeric(spec, knob), ranged(spec, knob, check), Double.NaN, Double.NaN);
            }
            case INTERVAL -> {
                if (sampler == Sampler.GRID) {
                    throw spec.problem("lo:hi is for --sample lhs; a grid takes v1,v2,... or lo:hi:step");
                }
                yield interval(spec, numeric(spec, knob), check);
            }
        };
    }

    /** This dimension with its pending listed values read from {@code accepted} (level index to the loader's reading). */
    Dimension resolved(IntFunction<JsonNode> accepted) throws SweepException {
        List<Value> read = new ArrayList<>(levels.size());
        Set<String> seen = new HashSet<>();
        for (int l = 0; l < levels.size(); l++) {
            Value v = levels.get(l);
            if (v.isPending()) v = Value.accepted(v.override(), accepted.apply(l));
            // runs.csv is read back line by line on resume.
            if (v.cell().contains("\n") || v.cell().contains("\r")) throw spec.problem("a value cannot hold a line break");
            if (!seen.add(v.cell())) throw spec.problem("lists " + v.cell() + " twice");
            read.add(v);
        }
        return new Dimension(spec, knob, read, lo, hi);
    }

    boolean hasPending() {
        return levels.stream().anyMatch(Value::isPending);
    }

    private static Knob knob(VarySpec spec, LoadedScenario base) throws SweepException {
        switch (spec.path()) {
            case "seed" -> throw spec.problem("each task's seed is derived from --seed; seed cannot be varied");
            case "replicates" -> throw spec.problem("replicates is set by --reps and cannot be varied");
            default -> { }
        }
        var knob = Knob.at(spec.path());
        if (knob.isPresent()) return knob.get();
        // The loader knows how to explain an unknown path (and suggest the intended one).
        new Acceptance(spec, base, List.of()).read("0");
        throw spec.problem(spec.path() + " is not a knob");
    }

    private static Knob numeric(VarySpec spec, Knob knob) throws SweepException {
        if (knob.numeric()) return knob;
        String example = knob.choices().isEmpty() ? knob.type() == Knob.Type.BOOLEAN ? "true,false" : "a,b"
                : String.join(",", knob.choices());
        throw spec.problem(spec.path() + " is " + knob.describe() + ", not a number; list its values, e.g. "
                + spec.path() + "=" + example);
    }

    private static List<Value> listed(VarySpec spec, Acceptance check) throws SweepException {
        List<Value> levels = new ArrayList<>();
        for (String typed : spec.values()) {
            JsonNode read = check.read(typed);
            levels.add(read == null ? Value.pending(typed) : Value.accepted(typed, read));
        }
        return levels;
    }

    private static List<Value> ranged(VarySpec spec, Knob knob, Acceptance check) throws SweepException {
        BigDecimal lo = spec.lo();
        BigDecimal hi = spec.hi();
        BigDecimal step = spec.step();
        if (step.signum() <= 0) throw spec.problem("step must be > 0, got " + step.toPlainString());
        inOrder(spec);
        if (knob.type() == Knob.Type.INTEGER && !(whole(lo) && whole(hi) && whole(step))) {
            throw spec.problem(spec.path() + " is an integer knob; lo, hi and step must be whole numbers");
        }
        BigDecimal steps = hi.subtract(lo).divideToIntegralValue(step);
        if (steps.compareTo(BigDecimal.valueOf(MAX_LEVELS)) >= 0) {
            throw spec.problem("gives more than " + MAX_LEVELS + " values; use a larger step");
        }
        int count = steps.intValueExact() + 1;
        // Every range value lies between the first and the last, so checking those two covers the schema's bounds.
        check.read(lo.toPlainString());
        check.read(lo.add(step.multiply(BigDecimal.valueOf(count - 1L))).toPlainString());
        List<Value> levels = new ArrayList<>(count);
        for (int k = 0; k < count; k++) levels.add(Value.of(lo.add(step.multiply(BigDecimal.valueOf(k))).doubleValue()));
        return levels;
    }

    private static Dimension interval(VarySpec spec, Knob knob, Acceptance check) throws SweepException {
        inOrder(spec);
        if (spec.lo().compareTo(spec.hi()) == 0) {
            throw spec.problem("the range is empty (lo = hi = " + spec.lo().toPlainString() + "); give lo < hi");
        }
        check.read(spec.lo().toPlainString());
        check.read(spec.hi().toPlainString());
        return new Dimension(spec, knob, List.of(), spec.lo().doubleValue(), spec.hi().doubleValue());
    }

    private static void inOrder(VarySpec spec) throws SweepException {
        if (spec.lo().compareTo(spec.hi()) > 0) {
            throw spec.problem("lo > hi (" + spec.lo().toPlainString() + " > " + spec.hi().toPlainString()
                    + "); write lo:hi with lo <= hi");
        }
    }

    private static boolean whole(BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0;
    }

    /** Puts one value of the varied knob on the base scenario, through the loader. */
    private record Acceptance(VarySpec spec, LoadedScenario base, List<String> others) {

        /**
         * What the loader read for {@code value}; null if it broke only rules that involve another
         * varied knob; throws naming the spec if the value is wrong in itself.
         */
        JsonNode read(String value) throws SweepException {
            try {
                LoadedScenario point = ScenarioLoader.withOverrides(base, List.of(spec.path() + "=" + value));
                return point.resolved().at(pointer(spec.path()));
            } catch (ScenarioException e) {
                if (e.problems().stream().allMatch(this::involvesAnother)) return null;
                throw spec.problem(describe(e.problems(), spec.path()));
            }
        }

        private boolean involvesAnother(Problem p) {
            return others.stream().anyMatch(o -> p.path().equals(o) || p.message().contains(o));
        }
    }

    /** Problems on one line, each without its {@code --set} location and with its path only if another knob's. */
    static String describe(List<Problem> problems, String varied) {
        return problems.stream()
                .map(p -> p.path().equals(varied) || p.path().isEmpty() ? p.message() : p.path() + ": " + p.message())
                .collect(Collectors.joining("; "));
    }

    /** {@code a.b[0].c} as the JSON pointer {@code /a/b/0/c}. */
    static String pointer(String path) {
        return "/" + path.replace("[", ".").replace("]", "").replace('.', '/');
    }
}
