package communitysim.cli;

import communitysim.compare.Comparison;
import communitysim.compare.ComparisonPlan;
import communitysim.compare.ComparisonRow;
import communitysim.compare.ComparisonRunner;
import communitysim.compare.ComparisonTable;
import communitysim.compare.ComparisonWriter;
import communitysim.compare.Display;
import communitysim.compare.TestKind;
import communitysim.compare.Verdict;
import communitysim.output.Scope;
import communitysim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run two or more scenarios with the same seeds (common random numbers) and write a comparison "
                + "folder: comparison.csv (paired tests against the first scenario, Holm-corrected), daily.csv, "
                + "manifest.json and a self-contained report.html.",
                "The first scenario is the reference. --set applies to every scenario. One scenario with interventions is compared"
                        + " with itself without them (\"rewards from year 2\" against no change)."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (.yaml, .yml or .json); the first is the reference."
            + " A single file with interventions is compared with itself without them.")
    List<Path> scenarioFiles;

    @Option(names = "--reps", paramLabel = "R", description = "Replicates per scenario, at least 2 (default: the first scenario's `replicates`).")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", description = "Base seed; replicate i of every scenario uses S+i (default: the first scenario's `seed`).")
    Long seed;

    @Option(names = "--days", paramLabel = "D", description = "Horizon in days for every scenario (needed when the scenarios' `days` differ).")
    Integer days;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to create (default: results/compare-<yyyyMMdd-HHmmss>, UTC).")
    Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a knob in every scenario, e.g. --set churn.base=0.05 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // Every problem at once, and nothing written, so one attempt shows all there is to fix.
        List<String> problems = new ArrayList<>();
        Threads.problem(threads).ifPresent(problems::add);
        if (out != null) communitysim.output.AtomicDirectory.whyUnusable(out, "--out").ifPresent(problems::add);
        ComparisonPlan plan = null;
        ScenarioException invalid = null;
        try {
            plan = ComparisonPlan.load(scenarioFiles, sets, reps, seed, days);
        } catch (ScenarioException e) {
            invalid = e;
        }
        if (!problems.isEmpty() || invalid != null) {
            problems.forEach(err::println);
            if (invalid != null) return ScenarioInput.report(invalid, err);
            err.flush();
            return Main.BAD_INPUT;
        }
        int t = Threads.resolve(threads);
        long total = (long) plan.policies().size() * plan.replicates() * plan.days();
        Comparison comparison;
        try (ProgressReporter progress = new ProgressReporter("compare", total, quiet)) {
            comparison = ComparisonRunner.run(plan, t, progress);
        }
        ComparisonTable table = ComparisonTable.of(comparison);
        Path dir = out != null ? out : ComparisonWriter.defaultOutDir(Path.of("results"), comparison);
        ComparisonWriter.write(comparison, table, dir);
        printVerdicts(comparison, table, dir, spec.commandLine().getOut());
        return Main.OK;
    }

    /** The final-day verdicts of every metric that differs at all; the report has the rest. */
    private static void printVerdicts(Comparison comparison, ComparisonTable table, Path dir, PrintWriter out) {
        ComparisonPlan plan = comparison.plan();
        out.printf("results: %s (open report.html)%n", dir);
        out.printf("scenarios: %d, replicates: %d, days: %d, seeds: %d-%d, wall: %.1f s%n", plan.policies().size(),
                plan.replicates(), plan.days(), plan.baseSeed(), plan.baseSeed() + plan.replicates() - 1,
                comparison.wallSeconds());
        String reference = comparison.runs().get(0).label();
        for (ComparisonRow r : table.rows()) {
            if (r.isReference() || r.scope() != Scope.FINAL || r.paired().test() == TestKind.IDENTICAL) continue;
            // The interval is the Holm-adjusted one, at the confidence the verdict was decided at, so the two agree.
            // Display.p rounds down, so a p printed below 0.05 is below it, as the verdict says.
            out.printf("%s (day %d) %s vs %s: %+.4g [%s CI %.4g, %.4g, Holm-adjusted], p (Holm) %s: %s%n",
                    r.metric().column(), plan.days(), r.label(), reference, r.paired().meanDiff(),
                    Display.confidence(r.adjLevel()), r.adjCiLow(), r.adjCiHigh(), Display.p(r.pHolm()),
                    r.verdict().key);
        }
        if (!table.tooFew().isEmpty()) {
            out.printf("%d replicates cannot show significance at alpha=%s after Holm over %d tests for %d row(s) "
                            + "(a far-out seed needs the rank test); rerun with --reps %d%n", plan.replicates(),
                    Verdict.ALPHA, table.holmFamily(), table.tooFew().size(), table.replicatesForRankTests());
        }
        out.flush();
    }
}
