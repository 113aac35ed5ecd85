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

    /**
     * A hub with 20 links (three blocks, the last part-filled), a path, and a leaver: every member
     * stands among the pool's link ends once per link, before a compaction (leaver and links to it
     * included) and after (dropped); the draw follows the degrees, both times.
     */
    @Test
    void theLinkEndsOfThePoolAreTheDegreesAndTheDrawFollowsThem() {
        Members members = new Members(64, Members.Columns.ALL);
        for (int i = 0; i < 40; i++) members.add(0, 0.5f, 0.3f, 0.5f, 1f, false, false);
        SocialGraph g = new SocialGraph();
        g.ensureMembers(40);
        for (int j = 1; j <= 20; j++) g.link(0, j, 150);
        for (int j = 21; j < 30; j++) g.link(j, j + 1, 150);
        g.link(30, 0, 150);
        assertDrawFollowsDegrees(g, 40);
        members.markGone(30);
        g.departed(30, members, false);
        assertDrawFollowsDegrees(g, 40);
        g.compact(members);
        assertEquals(0, g.degree(30));
        assertEquals(20, g.degree(0));
        assertEquals(20 + 8, g.edges());
        assertDrawFollowsDegrees(g, 40);
    }

    /**
     * A graph of 100,000 members spans four parts of a compaction. Run in parts on two threads, the
     * last part first, it must leave the very pool, chains and counts that running the parts in
     * turn leaves: each part writes only its own stretch, at the offset the counts gave it.
     */
    @Test
    void compactingInPartsOnTwoThreadsLeavesThePoolThatOneThreadLeaves() throws Exception {
        int n = 100_000;
        assertTrue(n > 3 * SocialGraph.COMPACT_PART, "the graph must span several parts");
        Members[] members = new Members[2];
        SocialGraph[] graphs = new SocialGraph[2];
        for (int copy = 0; copy < 2; copy++) {
            MersenneTwisterFast random = new MersenneTwisterFast(5);
            Members m = members[copy] = new Members(n, Members.Columns.ALL);
            SocialGraph g = graphs[copy] = new SocialGraph();
            g.ensureMembers(n);
            for (int i = 0; i < n; i++) m.add(0, 0.5f, 0.3f, 0.5f, 1f, false, false);
            for (int e = 0; e < 3 * n; e++) {
                // a hub among them, so that some chains run over many blocks
                int a = random.nextInt(n), b = random.nextBoolean(0.02) ? 17 : random.nextInt(n);
                g.link(a, b, 5000);
            }
            for (int i = 0; i < n; i++) {
                if (random.nextBoolean(0.3)) {
                    m.markGone(i);
                    g.departed(i, m, false);
                }
            }
        }
        graphs[0].compact(members[0]);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            graphs[1].compact(members[1], (parts, part) -> {
                java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
                for (int p = parts - 1; p >= 0; p--) {
                    int q = p;
                    done.add(two.submit(() -> part.accept(q)));
                }
                for (java.util.concurrent.Future<?> f : done) {
                    try {
                        f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        } finally {
            two.shutdown();
        }
        SocialGraph one = graphs[0], parted = graphs[1];
        assertTrue(one.edges() > n, "the links survived: " + one.edges());
        assertEquals(one.edges(), parted.edges());
        assertTrue(java.util.Arrays.equals(one.pool(), parted.pool()), "the pools differ");
        for (int id = 0; id < n; id++) {
            assertEquals(one.head(id), parted.head(id), "head of " + id);
            assertEquals(one.degree(id), parted.degree(id), "degree of " + id);
            assertEquals(one.liveDegree(id), parted.liveDegree(id), "live degree of " + id);
            if (members[0].isAlive(id)) assertEquals(one.liveDegree(id), one.degree(id), "links of " + id + " to leavers kept");
            else assertEquals(0, one.degree(id), "leaver " + id + " kept links");
        }
    }

    private static void assertDrawFollowsDegrees(SocialGraph g, int n) {
        int[] ends = new int[n];
        for (int k = 0; k < 2 * g.edges(); k++) ends[g.linkEnd(k)]++;
        for (int id = 0; id < n; id++) assertEquals(g.degree(id), ends[id], "link ends of " + id);
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        int draws = 200_000;
        int[] drawn = new int[n];
        for (int i = 0; i < draws; i++) drawn[g.degreeProportional(random)]++;
        for (int id = 0; id < n; id++) {
            double p = g.degree(id) / (2.0 * g.edges());
            assertEquals(p * draws, drawn[id], 5 * Math.sqrt(draws * p * (1 - p)) + 1e-9, "draws of " + id);
        }
    }
}
