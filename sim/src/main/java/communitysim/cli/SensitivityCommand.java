package communitysim.cli;

import communitysim.output.SensitivityFolder;
import communitysim.sensitivity.Method;
import communitysim.sweep.Design;
import communitysim.sweep.FinalMetrics;
import communitysim.sweep.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Global sensitivity analysis of a scenario's numeric knobs: Morris screening (mu*, sigma) or Sobol"
                + " first- and total-order indices, with bootstrap intervals. Writes indices.csv, design.csv, runs.csv,"
                + " charts, report.html and manifest.json. Resumable; see docs/sensitivity.md.",
                "Example: sensitivity scenarios/baseline.yaml --vary activation.base=-4.5:-3.5 --vary churn.base=0.02:0.08"
                        + " --method sobol --n 64 --reps 2"})
final class SensitivityCommand implements Callable<Integer> {
    static final int DEFAULT_MORRIS_N = 10;
    static final int DEFAULT_SOBOL_N = 64;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (.yaml, .yml or .json).")
    Path scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=lo:hi", required = true,
            description = "A numeric knob and its range (repeatable); values are drawn inside [lo, hi], integer knobs rounded.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--method", paramLabel = "morris|sobol", required = true,
            description = "morris: elementary effects on --n trajectories (screening, cheap). sobol: variance shares on a Saltelli design of --n base samples.")
    String method;

    @Option(names = "--n", paramLabel = "N", description = "Morris trajectories (default " + DEFAULT_MORRIS_N + ", at least 2) or Sobol"
            + " base samples (default " + DEFAULT_SOBOL_N + ", at least 8). Runs: N(k+1) for Morris, N(k+2) for Sobol, k knobs.")
    Integer n;

    @Option(names = "--reps", paramLabel = "R", description = "Replicates per design point, averaged (default: the scenario's `replicates`);"
            + " with 2 or more the replicate noise is estimated and reported.")
    Integer reps;

    @Option(names = "--metric", paramLabel = "M", description = "A runs.csv metric (repeatable): a daily column on the final day"
            + " (members, dau, ...) or a horizon mean (joins_mean, ...). Default: members, dau, active_ratio, joins_mean, churned_mean.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", description = "Base seed of the task seeds, the Morris trajectories and the bootstrap (default: the scenario's `seed`).")
    Long seed;

    @Mixin
    SweepOptions run = new SweepOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Method chosen = Method.of(method);
        Optional<String> refused = chosen == null
                ? Optional.of("--method " + method + ": expected morris or sobol")
                : nProblem(chosen).or(this::metricProblem).or(run::problem);
        if (refused.isPresent()) {
            err.println(refused.get());
            return Main.BAD_INPUT;
        }
        int size = n != null ? n : chosen == Method.MORRIS ? DEFAULT_MORRIS_N : DEFAULT_SOBOL_N;
        Sweep sweep = SensitivityFolder.configure(Sweep.of(scenarioFile), chosen, size,
                metrics.isEmpty() ? FinalMetrics.HEADLINE : metrics);
        run.apply(sweep, vary, reps, seed);
        return run.run(sweep, "sensitivity", err, spec.commandLine().getOut(), plan -> {
            for (String path : plan.rounded()) {
                err.println("note: " + path + " is an integer knob; its sampled values are rounded to whole numbers");
            }
        });
    }

    private Optional<String> nProblem(Method m) {
        if (n == null) return Optional.empty();
        if (n < m.minN) return Optional.of("--n " + n + ": " + m.label() + " needs at least " + m.minN + " " + m.counts + " (" + m.why + ")");
        long runs = m.runs(n, vary.size());
        if (runs > Design.MAX_RUNS) {
            return Optional.of("--n " + n + ": " + runs + " design points for " + vary.size() + " knobs, more than " + Design.MAX_RUNS);
        }
        return Optional.empty();
    }

    private Optional<String> metricProblem() {
        for (String m : metrics) {
            if (!FinalMetrics.COLUMNS.contains(m)) {
                return Optional.of("--metric " + m + ": not a metric of runs.csv; one of " + String.join(", ", FinalMetrics.COLUMNS));
            }
        }
        if (metrics.stream().distinct().count() < metrics.size()) return Optional.of("--metric: a metric is named twice");
        return Optional.empty();
    }
}
