package communitysim.compare;

import communitysim.metrics.ReplicateResult;
import communitysim.metrics.SummaryStats;
import communitysim.output.Scope;

import java.util.ArrayList;
import java.util.List;

/**
 * Every headline metric × scope × scenario of a comparison, with paired tests against the first scenario
 * and Holm's adjustment across all of the report's tests.
 *
 * @param rows       in the order metric, scope, scenario
 * @param holmFamily how many tests Holm's adjustment covered (rows whose differences are all zero are no test)
 */
public record ComparisonTable(List<ComparisonRow> rows, int holmFamily) {

    public ComparisonTable {
        rows = List.copyOf(rows);
    }

    public static ComparisonTable of(Comparison comparison) {
        List<PolicyRun> runs = comparison.runs();
        checkPairedBySeed(runs);
        List<ComparisonRow> unadjusted = new ArrayList<>();
        for (HeadlineMetric metric : HeadlineMetric.ALL) {
            for (Scope scope : Scope.values()) {
                double[] first = values(runs.get(0), metric, scope);
                for (int s = 0; s < runs.size(); s++) {
                    double[] values = s == 0 ? first : values(runs.get(s), metric, scope);
                    PairedResult paired = s == 0 ? null : PairedTest.compare(first, values);
                    unadjusted.add(new ComparisonRow(metric, scope, s, runs.get(s).label(), SummaryStats.of(values),
                            paired, Double.NaN, null));
                }
            }
        }
        double[] p = unadjusted.stream()
                .mapToDouble(r -> r.isReference() || r.paired().test() == TestKind.IDENTICAL ? Double.NaN : r.paired().pValue())
                .toArray();
        double[] holm = Holm.adjust(p);
        List<ComparisonRow> rows = new ArrayList<>();
        int family = 0;
        for (int i = 0; i < unadjusted.size(); i++) {
            ComparisonRow r = unadjusted.get(i);
            if (r.isReference()) {
                rows.add(r);
                continue;
            }
            boolean tested = !Double.isNaN(holm[i]);
            if (tested) family++;
            // An identical row was no test; its p of 1 needs no adjustment.
            double pHolm = tested ? holm[i] : r.paired().pValue();
            rows.add(new ComparisonRow(r.metric(), r.scope(), r.scenario(), r.label(), r.stats(), r.paired(), pHolm,
                    Verdict.of(r.paired(), pHolm)));
        }
        return new ComparisonTable(rows, family);
    }

    private static void checkPairedBySeed(List<PolicyRun> runs) {
        List<ReplicateResult> first = runs.get(0).result().replicates();
        for (PolicyRun run : runs) {
            List<ReplicateResult> reps = run.result().replicates();
            if (reps.size() != first.size()) {
                throw new IllegalStateException(run.label() + " has " + reps.size() + " replicates, the first scenario "
                        + first.size());
            }
            for (int i = 0; i < reps.size(); i++) {
                if (reps.get(i).seed() != first.get(i).seed()) {
                    throw new IllegalStateException("replicate " + i + " of " + run.label()
                            + " is not paired by seed with the first scenario's");
                }
            }
        }
    }

    /** Replicate i's value (seed baseSeed + i): runs keep replicates in order, so index i pairs with index i. */
    static double[] values(PolicyRun run, HeadlineMetric metric, Scope scope) {
        List<ReplicateResult> replicates = run.result().replicates();
        double[] v = new double[replicates.size()];
        for (int i = 0; i < v.length; i++) v[i] = scope.value(replicates.get(i), metric.metric());
        return v;
    }
}
