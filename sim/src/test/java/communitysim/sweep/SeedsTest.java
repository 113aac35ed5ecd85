package communitysim.sweep;

import communitysim.model.Streams;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedsTest {

    @Test
    void followsTheDocumentedRule() {
        assertEquals(Streams.derive(7, 3, 2, 0x5eed) >>> 11, Seeds.of(7, 3, 2));
    }

    @Test
    void seedsAreDistinctValidScenarioSeeds() {
        Set<Long> seen = new HashSet<>();
        for (int run = 0; run < 300; run++) {
            for (int rep = 0; rep < 10; rep++) {
                long s = Seeds.of(1, run, rep);
                // A scenario seed is at most 2^53 - 1: any task can be replayed with `run --seed`.
                assertTrue(s >= 0 && s < 1L << 53, "seed out of the scenario's range: " + s);
                assertTrue(seen.add(s), "two tasks share seed " + s);
            }
        }
        assertTrue(Seeds.of(1, 0, 0) != Seeds.of(2, 0, 0), "the base seed does not matter");
    }
}
