package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.metrics.SummaryStats;

import java.util.List;

/** Every metric's {@link SummaryStats} across replicates, for each {@link Scope}. */
public final class RunSummary {

    private final int replicates;
    private final SummaryStats[][] stats; // [metric ordinal][scope ordinal]

    private RunSummary(int replicates, SummaryStats[][] stats) {
        this.replicates = replicates;
        this.stats = stats;
    }

    public static RunSummary of(List<ReplicateResult> replicates) {
        Metric[] metrics = Metric.values();
        Scope[] scopes = Scope.values();
        SummaryStats[][] stats = new SummaryStats[metrics.length][scopes.length];
        double[] sample = new double[replicates.size()];
        for (Metric metric : metrics) {
            for (Scope scope : scopes) {
                for (int i = 0; i < sample.length; i++) sample[i] = scope.value(replicates.get(i), metric);
                stats[metric.ordinal()][scope.ordinal()] = SummaryStats.of(sample);
            }
        }
        return new RunSummary(replicates.size(), stats);
    }

    public int replicates() {
        return replicates;
    }

    public SummaryStats get(Metric metric, Scope scope) {
        return stats[metric.ordinal()][scope.ordinal()];
    }
}
