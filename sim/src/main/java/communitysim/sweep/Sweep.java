package communitysim.sweep;

import communitysim.output.ResultsWriter;
import communitysim.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep from Java, with the options of the {@code sweep} command:
 *
 * <pre>{@code
 * SweepOutcome done = Sweep.of(Path.of("scenarios/baseline.yaml"))
 *         .vary("activation.base=-4.5:-3.5:0.5")
 *         .vary("network.mixing=graph,complete")
 *         .replicates(3)
 *         .run(Path.of("results/my-sweep"));
 * }</pre>
 *
 * {@link #plan()} checks everything without writing; {@link #run} writes the folder described in
 * {@code docs/sweeps.md}. Bad input throws {@link ScenarioException} (the scenario or a
 * {@code --set}) or {@link SweepException} (a {@code --vary}, the sampler, the folder), before
 * anything is written.
 */
public final class Sweep {

    /** Progress of a sweep; called on the thread that called {@link #run}. */
    public interface Progress {
        /** The sweep is about to run its tasks in {@code partialFolder}; {@code done} were finished before. */
        default void started(Path partialFolder, int done, int total) { }

        void tasksDone(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private final Path scenarioFile;
    private final List<String> sets = new ArrayList<>();
    private final List<String> vary = new ArrayList<>();
    private Sampler sampler = Sampler.GRID;
    private Integer n;
    private Integer replicates;
    private Integer days;
    private Long seed;
    private boolean daily;
    private boolean resume;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Executor executor;
    private Progress progress = Progress.NONE;
    private UnitPoints unit;
    private Completion completion = Completion.MAIN_EFFECTS;
    private SweepPlan plan;

    private Sweep(Path scenarioFile) {
        this.scenarioFile = scenarioFile;
    }

    public static Sweep of(Path scenarioFile) {
        return new Sweep(scenarioFile);
    }

    /** Overrides a knob of the base scenario, {@code PATH=VALUE} as for {@code --set}. */
    public Sweep set(String pathEqualsValue) {
        sets.add(pathEqualsValue);
        return changed();
    }

    /** Varies a knob, {@code PATH=SPEC} as for {@code --vary}. */
    public Sweep vary(String pathEqualsSpec) {
        vary.add(pathEqualsSpec);
        return changed();
    }

    /** Latin-hypercube sampling with {@code n} runs (the default is a grid). */
    public Sweep lhs(int n) {
        this.sampler = Sampler.LHS;
        this.n = n;
        return changed();
    }

    /** The sampler and, for LHS, its number of runs (null for a grid), as the command line takes them. */
    public Sweep sample(Sampler sampler, Integer n) {
        this.sampler = sampler;
        this.n = n;
        return changed();
    }

    /**
     * Another analysis than main effects, on a design of unit-cube points: what the
     * {@code sensitivity} command runs (Morris or Sobol), through the same journal, resume and executors.
     */
    public Sweep analysis(Sampler sampler, int n, UnitPoints unit, Completion completion) {
        this.sampler = sampler;
        this.n = n;
        this.unit = unit;
        this.completion = completion;
        return changed();
    }

    public Sweep replicates(int replicates) {
        this.replicates = replicates;
        return changed();
    }

    public Sweep days(int days) {
        this.days = days;
        return changed();
    }

    public Sweep seed(long seed) {
        this.seed = seed;
        return changed();
    }

    /** Also write every task's daily rows to {@code daily.csv.gz}. */
    public Sweep daily(boolean daily) {
        this.daily = daily;
        return changed();
    }

    /** Continue the interrupted sweep in the output folder (or accept it already complete). */
    public Sweep resume(boolean resume) {
        this.resume = resume;
        return this;
    }

    /** Threads of the default {@link LocalExecutor} (default: all cores). Results do not depend on it. */
    public Sweep threads(int threads) {
        this.threads = threads;
        return this;
    }

    /** Runs tasks elsewhere than on local threads (a cluster). */
    public Sweep executor(Executor executor) {
        this.executor = executor;
        return this;
    }

    public Sweep progress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Checks the scenario, every {@code --vary} and every design point; writes nothing. */
    public SweepPlan plan() throws ScenarioException, SweepException {
        if (plan == null) plan = SweepPlan.create(scenarioFile, sets, days, replicates, seed, vary, sampler, n, daily, unit);
        return plan;
    }

    /**
     * Runs the sweep into {@code out} (which must not exist, unless resuming).
     *
     * @throws InterruptedException if interrupted; the journal keeps what finished, for a resume
     */
    public SweepOutcome run(Path out) throws ScenarioException, SweepException, IOException, InterruptedException {
        if (threads < 1) throw new SweepException("--threads must be >= 1, got " + threads);
        SweepPlan checked = plan();
        Executor runOn = executor != null ? executor : new LocalExecutor(threads);
        return SweepRunner.run(checked, out, resume, runOn, threads, progress, completion);
    }

    /** {@code <resultsRoot>/<scenario name>-sweep-<yyyyMMdd-HHmmss>} (UTC), the command's default folder. */
    public static Path defaultOut(Path resultsRoot, SweepPlan plan, Instant start) {
        return resultsRoot.resolve(ResultsWriter.folderName(plan.base().scenario().name() + "-sweep", start));
    }

    private Sweep changed() {
        plan = null;
        return this;
    }
}
