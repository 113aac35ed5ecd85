package communitysim.calibrate;

import communitysim.output.Numbers;
import com.fasterxml.jackson.databind.JsonNode;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import communitysim.scenario.ScenarioSchema;
import communitysim.sweep.PeriodSeries;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a calibration fits, checked before any simulation: the scenario, the knobs and their
 * priors, the observed targets, the window and its periods, and how model days line up with the
 * history's keys.
 *
 * <p>Model day 0 is the scenario's {@code startDate} when it sets one, else the day before the
 * history's first row, so that the model grows the community from its first observed day and the
 * window can leave early years unscored (a burn-in that costs simulation time but no fit). With a
 * history keyed by {@code day}, model days are the history's days.
 */
public final class CalibrationPlan {
    public static final int MAX_DAYS = 36500;

    private final LoadedScenario base;
    private final List<Parameter> params;
    private final boolean[] integer;
    private final List<Target> targets;
    private final Period period;
    private final ObservedHistory observed;
    private final long start;
    private final long from;
    private final long until;
    private final List<long[]> periods;
    /** The observed value of each target in each period, target-major; fixed with the window. */
    private final double[] observedVector;
    private final int reps;

    private CalibrationPlan(LoadedScenario base, List<Parameter> params, boolean[] integer, List<Target> targets,
                            Period period, ObservedHistory observed, long start, long from, long until, int reps) {
        this.base = base;
        this.params = params;
        this.integer = integer;
        this.targets = targets;
        this.period = period;
        this.observed = observed;
        this.start = start;
        this.from = from;
        this.until = until;
        this.reps = reps;
        this.periods = layout(from, until);
        this.observedVector = observedFor(periods);
    }

    /**
     * @param fromText  {@code --from} (a date or day), or null for the history's first row
     * @param untilText {@code --until}, or null for its last row
     */
    public static CalibrationPlan of(Path scenarioFile, List<String> sets, Path observedFile, List<String> fitSpecs,
                                     List<String> targetSpecs, String fromText, String untilText, Period period, int reps)
            throws ObservedException, ScenarioException {
        if (fitSpecs.isEmpty()) throw new ObservedException("--fit: name at least one knob to fit (PATH=lo:hi[:log])");
        if (reps < 1) throw new ObservedException("--reps " + reps + ": must be >= 1");
        List<Parameter> params = new ArrayList<>();
        for (String spec : fitSpecs) params.add(parseFit(spec));
        for (int i = 0; i < params.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (params.get(i).path().equals(params.get(j).path())) throw new ObservedException("--fit " + params.get(i).path() + ": fitted twice");
            }
        }
        LoadedScenario loaded = ScenarioLoader.load(scenarioFile, sets);
        List<Target> targets = new ArrayList<>();
        for (String spec : targetSpecs) targets.add(Target.parse(spec));
        List<String> columns = new ArrayList<>();
        for (Target t : targets) columns.add(t.column());
        ObservedHistory observed;
        if (targets.isEmpty()) {
            ObservedHistory probe = ObservedHistory.read(observedFile, List.of());
            throw new ObservedException("--target: name the observed columns to fit (COLUMN or COLUMN=METRIC) in "
                    + probe.file());
        }
        observed = ObservedHistory.read(observedFile, columns);
        String startDate = loaded.scenario().startDate();
        long start;
        if (observed.dated()) {
            start = startDate != null ? LocalDate.parse(startDate).toEpochDay() : observed.firstKey() - 1;
        } else {
            start = 0;
        }
        long from = fromText == null ? Math.max(observed.firstKey(), start + 1) : key("--from", fromText, observed);
        long until = untilText == null ? observed.lastKey() : key("--until", untilText, observed);
        if (from <= start) {
            throw new ObservedException("--from " + observed.keyText(from) + ": must come after model day 0 ("
                    + observed.keyText(start) + (startDate != null ? ", the scenario's startDate" : "") + ")");
        }
        if (from > observed.lastKey() || until < observed.firstKey()) {
            throw new ObservedException("--from/--until: the window " + observed.keyText(from) + ".." + observed.keyText(until)
                    + " holds no row of " + observed.file() + " (" + observed.keyText(observed.firstKey()) + ".." + observed.keyText(observed.lastKey()) + ")");
        }
        if (until < from) throw new ObservedException("--until " + observed.keyText(until) + ": before --from " + observed.keyText(from));
        if (until - start > MAX_DAYS) throw new ObservedException("--until: " + (until - start) + " days after model day 0; at most " + MAX_DAYS);
        boolean[] integer = new boolean[params.size()];
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            integer[i] = ScenarioSchema.knob(p.path()).map(n -> n.path("type").asText().equals("integer")).orElse(false);
            for (double v : new double[] {p.lo(), p.hi()}) {
                try {
                    ScenarioLoader.withOverrides(loaded, List.of(p.path() + "=" + Numbers.format(integer[i] ? Math.round(v) : v)));
                } catch (ScenarioException e) {
                    throw new ObservedException("--fit " + p.spec() + ": " + Numbers.format(v) + " is not a valid value: "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        List<String> timing = new ArrayList<>();
        if (observed.dated()) timing.add("startDate=" + LocalDate.ofEpochDay(start));
        timing.add("days=" + (until - start));
        LoadedScenario base = ScenarioLoader.withOverrides(loaded, timing);
        CalibrationPlan plan = new CalibrationPlan(base, List.copyOf(params), integer, List.copyOf(targets), period, observed,
                start, from, until, reps);
        if (plan.periods.isEmpty()) {
            throw new ObservedException("--period " + period + ": the window " + observed.keyText(from) + ".." + observed.keyText(until)
                    + " holds no whole " + period);
        }
        double[] obs = plan.observedVector();
        boolean any = false;
        for (double v : obs) any |= !Double.isNaN(v);
        if (!any) throw new ObservedException(observed.file() + ": no observed value of " + columns + " in the window");
        return plan;
    }

    static Parameter parseFit(String spec) throws ObservedException {
        int eq = spec.indexOf('=');
        if (eq <= 0) throw new ObservedException("--fit " + spec + ": expected PATH=lo:hi or PATH=lo:hi:log");
        String path = spec.substring(0, eq).strip();
        String[] parts = spec.substring(eq + 1).split(":", -1);
        if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].strip().equals("log"))) {
            throw new ObservedException("--fit " + spec + ": expected PATH=lo:hi or PATH=lo:hi:log");
        }
        Optional<JsonNode> knob = ScenarioSchema.knob(path);
        if (knob.isEmpty()) throw new ObservedException("--fit " + spec + ": no knob " + path + " (./communitysim knobs lists them)");
        String type = knob.get().path("type").asText();
        if (!type.equals("number") && !type.equals("integer")) {
            throw new ObservedException("--fit " + spec + ": " + path + " is not a number knob (" + (type.isEmpty() ? "a choice" : type) + ")");
        }
        double lo, hi;
        try {
            lo = Double.parseDouble(parts[0].strip());
            hi = Double.parseDouble(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new ObservedException("--fit " + spec + ": lo and hi must be numbers");
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) throw new ObservedException("--fit " + spec + ": lo and hi must be finite");
        if (!(lo < hi)) throw new ObservedException("--fit " + spec + ": lo must be < hi");
        boolean log = parts.length == 3;
        if (log && lo <= 0) throw new ObservedException("--fit " + spec + ": a log prior needs lo > 0");
        return new Parameter(path, lo, hi, log);
    }

    /** A {@code DATE|DAY} flag's value as a key of the history (a date when it is dated, else a day). */
    public static long key(String flag, String text, ObservedHistory observed) throws ObservedException {
        String t = text.strip();
        if (observed.dated()) {
            try {
                return LocalDate.parse(t).toEpochDay();
            } catch (DateTimeParseException e) {
                throw new ObservedException(flag + " " + text + ": not an ISO date (yyyy-mm-dd); " + observed.file() + " is dated");
            }
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new ObservedException(flag + " " + text + ": not a day number; " + observed.file() + " counts days");
        }
    }

    /** Periods of the window: calendar periods on a dense history, the spans between checkpoints on a sparse one. */
    private List<long[]> layout(long a, long b) {
        if (observed.dense()) return period.split(a, b, observed.dated());
        List<long[]> out = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (int r = 0; r < observed.rows(); r++) {
            long k = observed.key(r);
            if (k < a || k > b) {
                if (k < a) previous = k;
                continue;
            }
            out.add(new long[] {previous == Long.MIN_VALUE || previous < a - 1 ? k : previous + 1, k});
            previous = k;
        }
        return out;
    }

    /** The observed value of each target in each period, target-major (NaN where not observed). */
    public double[] observedVector() {
        return observedVector.clone();
    }

    double[] observedFor(List<long[]> ps) {
        double[] out = new double[targets.size() * ps.size()];
        for (int t = 0; t < targets.size(); t++) {
            double[] col = observed.column(targets.get(t).column());
            boolean sum = targets.get(t).metric().kind.summedOverPeriods() && observed.dense();
            for (int p = 0; p < ps.size(); p++) {
                long[] span = ps.get(p);
                double v;
                if (sum) {
                    v = 0;
                    for (long k = span[0]; k <= span[1]; k++) {
                        int row = observed.rowOf(k);
                        v += row < 0 ? Double.NaN : col[row];
                    }
                } else {
                    int row = observed.rowOf(span[1]);
                    v = row < 0 ? Double.NaN : col[row];
                }
                out[t * ps.size() + p] = v;
            }
        }
        return out;
    }

    /**
     * Members past which a simulation is a runaway and stops early: {@link #MEMBER_CAP_FACTOR} times
     * the largest observed period value, and at least {@link #MIN_MEMBER_CAP}. Members are not
     * observed, but a community whose members outnumber every observed count a hundredfold cannot
     * fit it, and such proposals would otherwise cost more than all the others together.
     */
    public long memberCap() {
        double max = 0;
        for (double v : observedVector()) if (!Double.isNaN(v)) max = Math.max(max, Math.abs(v));
        return (long) Math.max(MIN_MEMBER_CAP, MEMBER_CAP_FACTOR * max);
    }

    static final long MIN_MEMBER_CAP = 10_000;
    static final double MEMBER_CAP_FACTOR = 100;

    /** The period series tasks report for the given periods; runaways stop early when {@code capped}. */
    PeriodSeries series(List<long[]> ps, boolean capped) {
        String[] metrics = targets.stream().map(t -> t.metric().column).toArray(String[]::new);
        int[] first = new int[ps.size()];
        int[] last = new int[ps.size()];
        for (int p = 0; p < ps.size(); p++) {
            first[p] = (int) (ps.get(p)[0] - start);
            last[p] = (int) (ps.get(p)[1] - start);
        }
        return new PeriodSeries(metrics, first, last, capped ? memberCap() : Long.MAX_VALUE);
    }

    public PeriodSeries series() {
        return series(periods, true);
    }

    /** The {@code --set} overrides that put a parameter vector into the scenario. */
    public List<String> overrides(double[] theta) {
        List<String> out = new ArrayList<>(theta.length);
        for (int i = 0; i < theta.length; i++) out.add(params.get(i).path() + "=" + Numbers.format(integer[i] ? Math.round(theta[i]) : theta[i]));
        return out;
    }

    /** The same plan trained on {@code [from, newUntil]} (a back-test origin). */
    CalibrationPlan until(long newUntil) throws ObservedException {
        if (newUntil < from) throw new ObservedException("origin " + observed.keyText(newUntil + 1) + ": leaves no training data after " + observed.keyText(from));
        LoadedScenario b;
        try {
            b = ScenarioLoader.withOverrides(base, List.of("days=" + (newUntil - start)));
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
        return new CalibrationPlan(b, params, integer, targets, period, observed, start, from, newUntil, reps);
    }

    /** Whole periods after the window, up to {@code lastKey}. */
    List<long[]> periodsAfter(long lastKey) {
        return period.split(until + 1, lastKey, observed.dated());
    }

    public LoadedScenario base() { return base; }
    public List<Parameter> params() { return params; }
    public List<Target> targets() { return targets; }
    public Period period() { return period; }
    public ObservedHistory observed() { return observed; }
    public long start() { return start; }
    public long from() { return from; }
    public long until() { return until; }
    public List<long[]> periods() { return periods; }
    public int reps() { return reps; }
    public boolean isInteger(int param) { return integer[param]; }
}
