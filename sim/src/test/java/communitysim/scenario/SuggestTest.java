package communitysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {

    private static final List<String> KNOBS = List.of("engagement", "belonging", "fit", "neighbours");

    @Test
    void countsASwapOfNeighbouringLettersAsOneEdit() {
        assertEquals(1, Suggest.distance("contnet", "content"));
        assertEquals(1, Suggest.distance("enagagement", "engagement"));
        assertEquals(1, Suggest.distance("ab", "ba"));
        assertEquals(3, Suggest.distance("kitten", "sitting"));
    }

    @Test
    void suggestsCloseMatchesOnly() {
        assertEquals(" (did you mean 'engagement'?)", Suggest.hint("engagment", KNOBS));
        assertEquals(" (did you mean 'neighbours'?)", Suggest.hint("Neighbors", KNOBS));
        assertEquals("", Suggest.hint("zzzzzz", KNOBS));
        assertEquals("", Suggest.hint("x".repeat(10_000), KNOBS));
    }
}
