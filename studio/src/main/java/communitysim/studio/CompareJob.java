package communitysim.studio;

import communitysim.compare.Comparison;
import communitysim.compare.ComparisonPlan;
import communitysim.compare.ComparisonRunner;
import communitysim.compare.ComparisonTable;
import communitysim.compare.ComparisonWriter;

import java.nio.file.Path;

/** A comparison as {@code communitysim compare} does it: same plan, runner and writer; the report opens in the page. */
final class CompareJob extends Job {
    private final ComparisonPlan plan;
    private final Path resultsRoot;
    private final int threads;

    CompareJob(int id, ComparisonPlan plan, String label, Path resultsRoot, int threads) {
        super(id, "compare", label, (long) plan.policies().size() * plan.replicates() * plan.days());
        this.plan = plan;
        this.resultsRoot = resultsRoot;
        this.threads = threads;
    }

    @Override
    void execute() throws Exception {
        Comparison comparison = ComparisonRunner.run(plan, threads, (daysDone, daysTotal) -> {
            checkStop();
            done = daysDone;
        });
        checkStop();
        ComparisonTable table = ComparisonTable.of(comparison);
        Path dir = writeFresh(ComparisonWriter.defaultOutDir(resultsRoot, comparison), d -> ComparisonWriter.write(comparison, table, d));
        folder = SafePaths.relative(resultsRoot, dir);
    }
}
