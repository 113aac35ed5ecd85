package communitysim.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario the project ships loads cleanly, so a user's first `run` of any of them works.
 * {@code scenarios/recipes/} holds calibration recipes, not scenarios (RecipeTest loads those).
 */
class ShippedScenariosTest {
    static Stream<Path> shipped() throws IOException {
        return Files.walk(Path.of("..", "scenarios"))
                .filter(p -> !p.startsWith(Path.of("..", "scenarios", "recipes")))
                .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void loads(Path file) throws Exception {
        LoadedScenario s = ScenarioLoader.load(file, java.util.List.of());
        assertTrue(s.scenario().days() > 0, file.toString());
    }
}
