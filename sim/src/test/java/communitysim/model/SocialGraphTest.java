package communitysim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SocialGraphTest {
    @Test
    void linksAreUndirectedUniqueAndSurviveManyBlocks() {
        SocialGraph g = new SocialGraph();
        g.ensureMembers(100);
        for (int j = 1; j < 40; j++) assertTrue(g.link(0, j, 150));
        assertFalse(g.link(0, 5, 150), "duplicate link accepted");
        assertFalse(g.link(3, 0, 150), "reverse duplicate accepted");
        assertFalse(g.link(7, 7, 150), "self-loop accepted");
        assertEquals(39, g.degree(0));
        assertEquals(1, g.degree(17));
        assertEquals(39, g.edges());
        int[][] buf = {new int[2]};
        int d = g.neighbours(0, buf);
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < d; k++) seen.add(buf[0][k]);
        assertEquals(39, seen.size());
        for (int j = 1; j < 40; j++) {
            assertTrue(seen.contains(j));
            assertTrue(g.linked(j, 0));
        }
    }

    @Test
    void maxDegreeIsRespected() {
        SocialGraph g = new SocialGraph();
        g.ensureMembers(20);
        for (int j = 1; j < 20; j++) g.link(0, j, 5);
        assertEquals(5, g.degree(0));
    }

    /**
     * A star of 10 leaves plus one separate edge: the hub holds 10 of 22 endpoints. Over K draws
     * the hub's count is binomial(K, 10/22); 5 standard errors bound it.
     */
    @Test
    void degreeProportionalDrawFavoursHubs() {
        SocialGraph g = new SocialGraph();
        g.ensureMembers(20);
        for (int j = 1; j <= 10; j++) g.link(0, j, 150);
        g.link(11, 12, 150);
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        int k = 100_000, hub = 0;
        for (int i = 0; i < k; i++) if (g.degreeProportional(random) == 0) hub++;
        double p = 10.0 / 22;
        assertEquals(p * k, hub, 5 * Math.sqrt(k * p * (1 - p)));
    }
}
