package communitysim.claims;

import communitysim.metrics.Metric;
import communitysim.run.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static communitysim.claims.ClaimRuns.assertLower;
import static communitysim.claims.ClaimRuns.mean;
import static communitysim.claims.ClaimRuns.run;

/**
 * Claim 8 of docs/model.md (source 000's 5-year budget): under a halving emission, rewards per active
 * member fall over time and the active share falls with them. The shipped pair
 * {@code rewards-halving.yaml} / {@code rewards-linear.yaml} differs only in the schedule; both run
 * with the same seeds (common random numbers), so replicate i of one is paired with replicate i of
 * the other and a paired t-test at p &lt; 0.01 decides each direction. "Unless operations make up for
 * it": {@code claims/08-halving-with-operations.yaml} adds daily content and events to the halving
 * scenario and keeps more members active in year 5.
 */
@Tag("slow")
class HalvingEmissionClaimTest {
    private static RunResult halving;
    private static RunResult linear;
    private static RunResult operated;

    @BeforeAll
    static void runTheScenarios() throws Exception {
        halving = run("rewards-halving.yaml");
        linear = run("rewards-linear.yaml");
        operated = run("claims/08-halving-with-operations.yaml");
    }

    @Test
    void rewardsPerActiveMemberFallUnderHalving() {
        assertLower(mean(halving, Metric.REWARD_PER_ACTIVE, 1461, 1825), mean(halving, Metric.REWARD_PER_ACTIVE, 1, 365),
                "halving: year-5 against year-1 rewards per active member");
    }

    @Test
    void theActiveShareFallsWithThem() {
        assertLower(mean(halving, Metric.ACTIVE_RATIO, 1461, 1825), mean(halving, Metric.ACTIVE_RATIO, 1, 365),
                "halving: year-5 against year-1 active share");
        assertLower(mean(halving, Metric.ACTIVE_RATIO, 1461, 1825), mean(linear, Metric.ACTIVE_RATIO, 1461, 1825),
                "year-5 active share: halving against linear");
    }

    @Test
    void operationsMakeUpForIt() {
        assertLower(mean(halving, Metric.ACTIVE_RATIO, 1461, 1825), mean(operated, Metric.ACTIVE_RATIO, 1461, 1825),
                "year-5 active share: halving alone against halving with operations");
    }
}
