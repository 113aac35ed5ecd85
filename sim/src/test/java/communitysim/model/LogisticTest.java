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
            if ((u * (1 + Math.exp(-x)) < 1) != Logistic.draw(u, x)) fail("u " + u + ", x " + x);
        }
        for (double x : new double[] {-16, -15.9375, 0, 15.9375, Math.nextDown(16.0), 16, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) {
            for (double u : new double[] {0, 1e-300, 0.25, 0.5, Math.nextDown(1.0)}) {
                assertEquals(u * (1 + Math.exp(-x)) < 1, Logistic.draw(u, x), "u " + u + ", x " + x);
            }
        }
    }
}
