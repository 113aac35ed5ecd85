package communitysim.claims;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.run.RunResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static communitysim.claims.ClaimRuns.assertAbove;
import static communitysim.claims.ClaimRuns.assertLower;
import static communitysim.claims.ClaimRuns.mean;
import static communitysim.claims.ClaimRuns.run;
import static communitysim.claims.ClaimRuns.total;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claims of docs/model.md on their shipped scenarios in {@code scenarios/claims/}, 30 replicates
 * each, every direction by a statistical test at p &lt; 0.01 (claim 3 is
 * {@link CentralisationClaimTest}; claim 8 is {@link HalvingEmissionClaimTest}).
 */
@Tag("slow")
class SourceClaimsTest {
    @Test
    void claim1BehaviourMiningHoldsTheActiveShareAtAQuarterOrMore() throws Exception {
        RunResult mining = run("claims/01-behaviour-mining.yaml");
        RunResult none = run("claims/01-no-mining.yaml");
        assertAbove(mean(mining, Metric.ACTIVE_RATIO), 0.25, "active share with behaviour mining");
        assertLower(mean(none, Metric.ACTIVE_RATIO), mean(mining, Metric.ACTIVE_RATIO), "active share without against with mining");
    }

    @Test
    void claim2AGroupWithoutOperationsDiesInAboutThreeMonths() throws Exception {
        RunResult unoperated = run("claims/02-unoperated-groups.yaml");
        RunResult operated = run("claims/02-operated-groups.yaml");
        double[] firstDeath = new double[unoperated.replicates().size()];
        for (int i = 0; i < firstDeath.length; i++) {
            ReplicateResult r = unoperated.replicates().get(i);
            firstDeath[i] = Double.NaN;
            for (int d = 0; d < r.daily().length; d++) {
                if (r.daily()[d][Metric.SUBGROUP_DEATHS.ordinal()] > 0) {
                    firstDeath[i] = d + 1;
                    break;
                }
            }
            assertTrue(firstDeath[i] >= 60 && firstDeath[i] <= 120, "replicate " + i + ": first group died on day " + firstDeath[i]);
        }
        assertLower(total(operated, Metric.SUBGROUP_DEATHS), total(unoperated, Metric.SUBGROUP_DEATHS), "group deaths, operated against not");
    }

    @Test
    void claim4EliminationRaisesTheActiveShareAndShrinksTheBase() throws Exception {
        RunResult eliminating = run("claims/04-elimination.yaml");
        RunResult keeping = run("claims/04-no-elimination.yaml");
        assertLower(mean(keeping, Metric.ACTIVE_RATIO), mean(eliminating, Metric.ACTIVE_RATIO), "active share, keeping against eliminating");
        assertLower(mean(eliminating, Metric.MEMBERS), mean(keeping, Metric.MEMBERS), "members, eliminating against keeping");
    }

    @Test
    void claim5AnEntryFeeLowersJoinsAndChurn() throws Exception {
        RunResult fee = run("claims/05-entry-fee.yaml");
        RunResult free = run("claims/05-free-entry.yaml");
        assertLower(total(fee, Metric.JOINS), total(free, Metric.JOINS), "joins, fee against free");
        assertLower(churnRate(fee), churnRate(free), "churn per member-day, fee against free");
    }

    @Test
    void claim6AFewOpinionLeadersActivateAGroup() throws Exception {
        RunResult led = run("claims/06-opinion-leaders.yaml");
        RunResult leaderless = run("claims/06-no-opinion-leaders.yaml");
        assertLower(mean(leaderless, Metric.DAU), mean(led, Metric.DAU), "daily active members, without against with leaders");
    }

    @Test
    void claim7ASmallShareCreatesMostContent() throws Exception {
        RunResult run = run("claims/07-participation.yaml");
        assertAbove(ClaimRuns.finalDay(run, Metric.CONTENT_TOP10_SHARE), 0.5, "content share of the top 10% of members");
        assertAbove(ClaimRuns.finalDay(run, Metric.CONTENT_TOP1_SHARE), 0.1, "content share of the top 1% of members");
    }

    static double[] churnRate(RunResult run) {
        double[] churned = total(run, Metric.CHURNED);
        double[] members = total(run, Metric.MEMBERS);
        double[] rate = new double[churned.length];
        for (int i = 0; i < rate.length; i++) rate[i] = churned[i] / members[i];
        return rate;
    }
}
