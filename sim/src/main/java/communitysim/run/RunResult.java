package communitysim.run;

import com.fasterxml.jackson.databind.JsonNode;
import communitysim.metrics.ReplicateResult;
import communitysim.scenario.Scenario;

import java.time.Instant;
import java.util.List;

/**
 * A finished run: the scenario as resolved (defaults filled) and every replicate, in replicate order.
 * Replicate i ran with seed {@code baseSeed + i}.
 */
public record RunResult(Scenario scenario, JsonNode resolvedScenario, String scenarioSource, long baseSeed,
                        List<ReplicateResult> replicates, int threads, Instant start, Instant end) {

    public double wallSeconds() {
        return (end.toEpochMilli() - start.toEpochMilli()) / 1000.0;
    }

    public long memberDays() {
        return replicates.stream().mapToLong(ReplicateResult::memberDays).sum();
    }
}
