package communitysim.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /** The problems of a file given as text. */
    static List<String> problems(Path dir, String name, String text, String... sets) {
        return problems(write(dir, name, text), sets);
    }
}
