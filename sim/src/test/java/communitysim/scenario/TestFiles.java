package communitysim.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Helpers for writing scenario files and collecting the problems they cause. */
final class TestFiles {

    static final Path VALID = Path.of("src/test/resources/valid");
    static final Path BROKEN = Path.of("src/test/resources/broken");

    private TestFiles() {}

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of a file that must fail to load, as the user sees it. */
    static List<String> problems(Path file, String... sets) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of(sets)));
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** The schema's default for a knob; tests read it rather than repeat it, as defaults get tuned. */
    static JsonNode schemaDefault(String knob) {
        return ScenarioSchema.at(KnobPath.parse(knob)).orElseThrow().get("default");
    }

    /** The problems of a file given as text. */
    static List<String> problemsOfText(Path dir, String name, String text) {
        return problems(write(dir, name, text));
    }
}
