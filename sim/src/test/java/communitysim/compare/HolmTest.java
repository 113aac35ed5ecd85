package communitysim.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolmTest {

    @Test
    void matchesRsPAdjust() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") gives 0.03 0.06 0.06 0.02
        // (sorted: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, max(0.04*1, 0.06) = 0.06).
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
    }

    @Test
    void capsAtOneAndKeepsTheOrderOfTheRawPValues() {
        double[] p = {0.5, 0.001, 0.2, 0.04, 0.9};
        double[] adj = Holm.adjust(p);
        // sorted: 0.001*5 = 0.005, 0.04*4 = 0.16, 0.2*3 = 0.6, 0.5*2 = 1, then capped
        assertArrayEquals(new double[] {1, 0.005, 0.6, 0.16, 1}, adj, 1e-12);
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (p[i] < p[j]) assertTrue(adj[i] <= adj[j]);
            }
        }
    }

    @Test
    void nanIsNoTestAndShrinksTheFamily() {
        double[] adj = Holm.adjust(new double[] {0.01, Double.NaN, 0.02});
        assertEquals(0.02, adj[0], 1e-12);
        assertTrue(Double.isNaN(adj[1]));
        assertEquals(0.02, adj[2], 1e-12);
    }

    @Test
    void equalPValuesGetEqualAdjustments() {
        assertArrayEquals(new double[] {0.03, 0.03, 0.03}, Holm.adjust(new double[] {0.01, 0.01, 0.01}), 1e-12);
    }

    @Test
    void levelsAgreeWithAdjustedPValues() {
        // Holm rejects a test exactly when its raw p is below the level its interval is drawn at.
        java.util.Random random = new java.util.Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            double[] p = new double[1 + random.nextInt(60)];
            for (int i = 0; i < p.length; i++) {
                p[i] = random.nextInt(10) == 0 ? Double.NaN : Math.pow(random.nextDouble(), 1 + random.nextInt(6));
            }
            double[] adjusted = Holm.adjust(p);
            double[] levels = Holm.levels(p, 0.05);
            for (int i = 0; i < p.length; i++) {
                if (Double.isNaN(p[i])) {
                    assertTrue(Double.isNaN(levels[i]));
                    continue;
                }
                assertTrue(levels[i] <= 0.05, "level " + levels[i]);
                assertEquals(adjusted[i] < 0.05, p[i] < levels[i], "p " + p[i] + " adjusted " + adjusted[i] + " level " + levels[i]);
            }
        }
    }
}
