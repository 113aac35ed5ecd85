package communitysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/knobs.md must hold the knob reference the schema generates, and be the only copy. */
class KnobsDocTest {

    /** Maven runs the tests in the module directory, sim/. */
    private static final Path ROOT = Path.of("..");
    private static final Path KNOBS = ROOT.resolve("docs/knobs.md");

    @Test
    void knobReferenceIsCurrent() throws IOException {
        String text = Files.readString(KNOBS).replace("\r\n", "\n");
        assertTrue(KnobReference.section(text).isPresent(), KNOBS + " lacks the lines " + KnobReference.START + " and " + KnobReference.END);
        assertEquals(KnobReference.markdown(), KnobReference.section(text).orElseThrow(),
                "docs/knobs.md is stale: run ./communitysim knobs --write docs/knobs.md");
    }

    @Test
    void theReadmeLinksTheReferenceInsteadOfCopyingIt() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertFalse(readme.contains(KnobReference.START), "a second, unguarded copy of the knob reference in README.md");
        assertTrue(readme.contains("(docs/knobs.md)"), "README.md links docs/knobs.md");
    }
}
