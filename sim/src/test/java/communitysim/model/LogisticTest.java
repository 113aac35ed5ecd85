package communitysim.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** The table's shortcut decides every draw exactly as the expression it replaces. */
class LogisticTest {
    @Test
    void decidesAsTheExactExpressionEverywhere() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 5_000_000; i++) {
            double x = random.nextDouble(-20, 20);
            // draws right at the boundary, where rounding could tip the exact expression
            double u = i % 2 == 0 ? random.nextDouble() : Math.nextUp(1 / (1 + Math.exp(-x))) - (i % 4 == 1 ? Math.ulp(1.0) : 0);
            if (u >= 1 || u < 0) continue;
            if ((u * (1 + Math.exp(-x)) < 1 ? 1 : 0) != Logistic.bit(u, x)) fail("u " + u + ", x " + x);
        }
        for (double x : new double[] {-16, -15.9375, 0, 15.9375, Math.nextDown(16.0), 16, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) {
            for (double u : new double[] {0, 1e-300, 0.25, 0.5, Math.nextDown(1.0)}) {
                assertEquals(u * (1 + Math.exp(-x)) < 1 ? 1 : 0, Logistic.bit(u, x), "u " + u + ", x " + x);
            }
        }
        // draws on a cell's edges and their neighbours, where the sign test meets the comparison it replaces
        for (int cell = 0; cell < Logistic.CELLS; cell++) {
            double lo = Logistic.LOW + cell * Logistic.STEP;
            for (double edge : Logistic.edges(cell)) {
                for (double u : new double[] {Math.nextDown(edge), edge, Math.nextUp(edge)}) {
                    if (u >= 1) continue;
                    for (double x : new double[] {lo, lo + Logistic.STEP / 2, Math.nextDown(lo + Logistic.STEP)}) {
                        assertEquals(u * (1 + Math.exp(-x)) < 1 ? 1 : 0, Logistic.bit(u, x), "u " + u + ", x " + x);
                    }
                }
            }
        }
    }
}
