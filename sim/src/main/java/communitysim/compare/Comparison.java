package communitysim.compare;

import java.time.Instant;
import java.util.List;

/** A finished comparison: every scenario's run, in the order given, the first being the reference. */
public record Comparison(ComparisonPlan plan, List<PolicyRun> runs, Instant start, Instant end) {

    public Comparison {
        runs = List.copyOf(runs);
    }

    public double wallSeconds() {
        return (end.toEpochMilli() - start.toEpochMilli()) / 1000.0;
    }
}
