package communitysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's knob reference must be the one the schema generates. */
class ReadmeKnobsTest {

    /** Maven runs the tests in the module directory, sim/. */
    private static final Path README = Path.of("..", "README.md");

    @Test
    void readmeKnobReferenceIsCurrent() throws IOException {
        String section = KnobReference.section(Files.readString(README).replace("\r\n", "\n")).orElse("");
        assertEquals(KnobReference.markdown(), section, "README knob reference is stale: run ./communitysim knobs --write README.md");
    }
}
