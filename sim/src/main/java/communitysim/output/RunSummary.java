package communitysim.output;

import communitysim.metrics.GroupLives;
import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.metrics.SummaryStats;

import java.util.List;

/** Every metric's {@link SummaryStats} across replicates, for each {@link Scope}. */
public final class RunSummary {

    private final int replicates;
    private final SummaryStats[][] stats; // [metric ordinal][scope ordinal]
    private final GroupLifetimes groupLifetimes;

    /**
     * Subgroup lifetimes pooled over replicates: how many groups opened and died, and the Kaplan–Meier
     * quartiles of their lifetimes in days (NaN where too few died to reach them), read off the
     * {@code survival} curve ({@link GroupLives#survival}), computed once for the summary and the chart.
     */
    public record GroupLifetimes(int groups, int died, double q1, double median, double q3, double[][] survival) {
        static GroupLifetimes of(List<ReplicateResult> replicates) {
            List<GroupLives> lives = replicates.stream().map(ReplicateResult::groups).toList();
            int groups = 0, died = 0;
            for (GroupLives l : lives) {
                groups += l.count();
                for (int g = 0; g < l.count(); g++) if (l.died(g)) died++;
            }
            double[][] curve = GroupLives.survival(lives);
            return new GroupLifetimes(groups, died, GroupLives.quantile(curve, 0.25), GroupLives.quantile(curve, 0.5),
                    GroupLives.quantile(curve, 0.75), curve);
        }
    }

    private RunSummary(int replicates, SummaryStats[][] stats, GroupLifetimes groupLifetimes) {
        this.replicates = replicates;
        this.stats = stats;
        this.groupLifetimes = groupLifetimes;
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
        return new RunSummary(replicates.size(), stats, GroupLifetimes.of(replicates));
    }

    public int replicates() {
        return replicates;
    }

    public GroupLifetimes groupLifetimes() {
        return groupLifetimes;
    }

    public SummaryStats get(Metric metric, Scope scope) {
        return stats[metric.ordinal()][scope.ordinal()];
    }
}
