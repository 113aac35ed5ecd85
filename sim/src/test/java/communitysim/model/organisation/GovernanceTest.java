package communitysim.model.organisation;

import communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Governance settled by hand: two groups of 100 active members, needs 0.2 each. */
class GovernanceTest {
    static Governance governance(double ratio, double central, double connectorCapacity) {
        return new Governance(new Scenario.Governance(ratio, List.of(), 0.2, central, 5, 0.8, 0.0, 1, connectorCapacity,
                0.5, 0.05, 1));
    }

    @Test
    void centralSaturationAndNodeCompetence() {
        // 40 needs; r = 0.5: central 20 of capacity 10 (half met); nodes 10 per group, capacity 2 leaders * 5 = 10, competence 0.8
        Governance g = governance(0.5, 10, 1000);
        g.settle(1, new int[] {100, 100}, new int[] {2, 2}, 2, 2);
        assertEquals(0.5 * 0.5 + 0.5 * 0.2, g.unmetShare(0), 1e-12);
        assertEquals(40 * 0.35, g.unmetNeeds(), 1e-9);
        assertEquals(2.0, g.centralLoad(), 1e-12);
        // A = r s_c + (1 - r) s_n / (1 + 0.5 (2 - 1))
        assertEquals(0.5 * 0.5 + 0.5 * 0.8 / 1.5, g.coherence(), 1e-12);
    }

    @Test
    void anOverloadedConnectorDegradesNodeHandling() {
        // r = 0: connector load 1 * 2 groups = 2 against capacity 1: node handling halves
        Governance g = governance(0, 1000, 1);
        g.settle(1, new int[] {100, 100}, new int[] {10, 10}, 2, 2);
        assertEquals(1 - 0.8 * 0.5, g.unmetShare(1), 1e-12);
    }

    @Test
    void theRatioFollowsItsSchedule() {
        Governance g = new Governance(new Scenario.Governance(0.7, List.of(new Scenario.RatioStep(10, 0.5), new Scenario.RatioStep(20, 0.3)),
                0.2, 10, 5, 1, 0, 1, 1000, 0, 0, 0));
        g.settle(9, new int[] {1}, new int[] {1}, 1, 1);
        assertEquals(0.7, g.ratio());
        g.settle(15, new int[] {1}, new int[] {1}, 1, 1);
        assertEquals(0.5, g.ratio());
        g.settle(25, new int[] {1}, new int[] {1}, 1, 1);
        assertEquals(0.3, g.ratio());
    }
}
