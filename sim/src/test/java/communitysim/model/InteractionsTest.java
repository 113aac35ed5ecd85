package communitysim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InteractionsTest {
    /** The advantage's table gives log1p's own values, for whole counts in it and past it and for any other number. */
    @Test
    void theStandingsLogarithmIsLog1pItself() {
        for (int k = 0; k < 20_000; k++) {
            assertEquals(Math.log1p(k), Interactions.log1pOfCount(k), 0.0, "count " + k);
            float between = k + 0.5f;
            assertEquals(Math.log1p(between), Interactions.log1pOfCount(between), 0.0, "standing " + between);
        }
        for (float big : new float[] {1 << 24, Float.MAX_VALUE, 1e-30f}) {
            assertEquals(Math.log1p(big), Interactions.log1pOfCount(big), 0.0, "standing " + big);
        }
    }
}
