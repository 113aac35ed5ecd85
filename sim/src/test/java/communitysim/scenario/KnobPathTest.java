package communitysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KnobPathTest {

    @Test
    void parsesKeysAndIndexes() {
        KnobPath path = KnobPath.parse("recruitment.external.steps[0].rate");
        assertEquals(List.of("recruitment", "external", "steps", 0, "rate"), path.segments());
        assertEquals("recruitment.external.steps[0].rate", path.toString());
        assertEquals("recruitment.external.steps[0]", path.parent().toString());
    }

    @Test
    void buildsTheSameTextItParses() {
        KnobPath built = KnobPath.ROOT.key("roles").key("creator").key("content");
        assertEquals(KnobPath.parse("roles.creator.content"), built);
        assertEquals("a[1][2].b", KnobPath.ROOT.key("a").index(1).index(2).key("b").toString());
    }

    @Test
    void knowsItsAncestors() {
        KnobPath step = KnobPath.parse("recruitment.external.steps[1]");
        assertTrue(KnobPath.parse("recruitment.external.steps[1].rate").startsWith(step));
        assertTrue(step.startsWith(step));
        assertFalse(KnobPath.parse("recruitment.external.steps[10]").startsWith(step));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "a.", ".a", "a..b", "a[", "a[x]", "a[-1]", "[0]", "a b", "a.b[0]c", "a[99999999999]"})
    void rejectsWhatIsNotAPath(String text) {
        assertThrows(IllegalArgumentException.class, () -> KnobPath.parse(text));
    }
}
