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

    /**
     * The replicates with which an exact signed-rank test could pass Holm's correction over this family
     * even as its strongest test: 2 / 2^n &lt; alpha / family.
     */
    public int replicatesForRankTests() {
        return (int) Math.floor(Math.log(2.0 * Math.max(1, holmFamily) / Verdict.ALPHA) / Math.log(2)) + 1;
    }

    /** Rows that got no verdict because no outcome of this many replicates could have been significant. */
    public List<ComparisonRow> tooFew() {
        return rows.stream().filter(r -> r.verdict() == Verdict.TOO_FEW).toList();
    }

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
                            paired, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null));
                }
            }
        }
        return adjust(unadjusted);
    }

    /** Holm's adjustment, adjusted intervals and verdicts for rows that have only their paired results. */
    static ComparisonTable adjust(List<ComparisonRow> unadjusted) {
        double[] p = unadjusted.stream()
                .mapToDouble(r -> r.isReference() || r.paired().test() == TestKind.IDENTICAL ? Double.NaN : r.paired().pValue())
                .toArray();
        double[] holm = Holm.adjust(p);
        double[] levels = Holm.levels(p, Verdict.ALPHA);
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
            double[] adjusted = tested ? r.paired().interval(levels[i]) : new double[] {0, 0};
            boolean reachable = !tested || reachable(p, i, r.paired().smallestP());
            rows.add(new ComparisonRow(r.metric(), r.scope(), r.scenario(), r.label(), r.stats(), r.paired(), pHolm,
                    levels[i], adjusted[0], adjusted[1], Verdict.of(r.metric().valence(), r.paired(), pHolm, adjusted,
                    reachable)));
        }
        return new ComparisonTable(rows, family);
    }

    /**
     * Whether test i could pass Holm's correction had its pairs given the most extreme outcome they can:
     * its smallest possible p in place of its own, the other tests as they are. Holm's adjusted p never
     * falls when a raw p rises, so if this fails, no outcome of these replicates passes.
     */
    private static boolean reachable(double[] p, int i, double smallestP) {
        if (smallestP == 0) return true;
        double[] best = p.clone();
        best[i] = smallestP;
        return Holm.adjust(best)[i] < Verdict.ALPHA;
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
        for (int i = 0; i < v.length; i++) v[i] = metric.value(replicates.get(i), scope);
        return v;
    }
}
