package communitysim.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kaplan–Meier on group lifetimes against a hand-worked example. */
class GroupLivesTest {
    /**
     * Five groups: died at 10, 20, 20 days; one still open after 15 days (censored), one after 30.
     * At 10: 5 at risk, 1 dies, S = 4/5. The censored one leaves at 15. At 20: 3 at risk, 2 die,
     * S = 4/5 * 1/3 = 4/15. The last is censored at 30: the curve never reaches 0.
     */
    @Test
    void survivalCountsCensoredGroupsOnlyWhileSeen() {
        GroupLives lives = new GroupLives(new int[] {0, 5, 10, 15, 0}, new int[] {10, 25, 30, -1, -1},
                new int[] {3, 3, 3, 3, 3}, new int[] {-1, -1, -1, -1, -1}, 30);
        assertEquals(15, lives.lifetime(3));
        assertEquals(GroupLives.Cause.open, lives.cause(3));
        double[][] curve = GroupLives.survival(List.of(lives));
        assertArrayEquals(new double[] {10, 20}, curve[0]);
        assertArrayEquals(new double[] {0.8, 4.0 / 15}, curve[1], 1e-12);
        assertEquals(20, GroupLives.lifetimeQuantile(List.of(lives), 0.5));
        assertEquals(10, GroupLives.lifetimeQuantile(List.of(lives), 0.2));
        assertTrue(Double.isNaN(GroupLives.lifetimeQuantile(List.of(lives), 0.9)), "never reached");
    }

    @Test
    void noGroupsNoCurve() {
        assertEquals(0, GroupLives.survival(List.of(GroupLives.none(10)))[0].length);
        assertTrue(Double.isNaN(GroupLives.lifetimeQuantile(List.of(GroupLives.none(10)), 0.5)));
    }
}
