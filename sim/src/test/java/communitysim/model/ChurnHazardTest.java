package communitysim.model;

import communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The churn pass decides a thinning draw with {@link ChurnHazard#leaves}, which brackets
 * {@code 1 - exp(-x)} to skip {@code expm1}: it must decide every draw as the probability it
 * stands for, at random thresholds and at those right on the brackets' edges and the probability.
 */
class ChurnHazardTest {
    @Test
    void decidesEveryDrawAsTheProbabilityDoes() throws Exception {
        // hazards from about 1e-7 (keen members, strong protection) to over 2 (no protection, needs unmet)
        for (String[] knobs : new String[][] {{"churn.base=0.9", "churn.engagement=3.0"}, {"churn.base=0.05", "churn.engagement=12.0"},
                {"churn.base=0.9", "churn.engagement=0", "churn.belonging=0", "churn.fit=0"}}) {
            Scenario scenario = TestCommunities.closed(knobs[0], knobs[1], knobs.length > 2 ? knobs[2] : "churn.belonging=2.0",
                    knobs.length > 3 ? knobs[3] : "churn.fit=1.0", "governance.unmetChurn=1.5", "churn.feeFactor=0.6");
            ChurnHazard hazard = new ChurnHazard(scenario);
            Members m = new Members(64, Members.Columns.ALL);
            SplittableRandom random = new SplittableRandom(17);
            for (int i = 0; i < 64; i++) m.add(0, 0.5f, 0.3f, (float) random.nextDouble(), 1f, i % 2 == 0, false);
            int decided = 0, left = 0;
            for (int i = 0; i < 400_000; i++) {
                int id = random.nextInt(64);
                double e = random.nextDouble(), b = random.nextDouble(), unmet = i % 3 == 0 ? 0 : random.nextDouble();
                double p = hazard.leaveProbability(m, id, e, b, unmet);
                double x = -Math.log1p(-p); // about the hazard behind p: thresholds near both brackets
                double t = switch (i % 6) {
                    case 0 -> random.nextDouble() * hazard.bound();
                    case 1 -> p;
                    case 2 -> Math.nextDown(p);
                    case 3 -> Math.nextUp(p);
                    case 4 -> (x - 0.5 * x * x) * (1 - 1e-12) * (1 + (random.nextDouble() - 0.5) * 1e-11);
                    default -> x * (1 + (random.nextDouble() - 0.5) * 1e-14);
                };
                boolean expected = t < p;
                if (hazard.leaves(t, m, id, e, b, unmet) != expected) {
                    fail("threshold " + t + ", probability " + p + ": leaves says " + !expected);
                }
                decided++;
                if (expected) left++;
            }
            assertEquals(400_000, decided);
            assertTrue(left > 50_000 && left < 350_000, "both outcomes tried: " + left + " left");
        }
    }
}
