package communitysim.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The golden set: every shipped scenario, 2 replicates of 150 days, and the SHA-256 of the files a
 * run writes that hold its numbers ({@code daily.csv}, {@code groups.csv}, {@code retention.csv}),
 * against {@code src/test/resources/golden/runs.txt}. A refactoring or a speed-up must leave them
 * byte-identical. A change that means to change behaviour (a new mechanism, a changed stream)
 * rewrites the file with {@code mvn -B verify -Dtest=GoldenRunsTest -Dgolden.update=true} and says
 * so in the changelog and the commit.
 */
@Tag("slow")
class GoldenRunsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/runs.txt");
    private static final String[] FILES = {"daily.csv", "groups.csv", "retention.csv"};

    @Test
    void shippedScenariosGiveTheGoldenBytes(@TempDir Path dir) throws Exception {
        List<Path> scenarios;
        try (Stream<Path> files = Files.walk(Path.of("..", "scenarios"))) {
            // recipes/ holds calibration recipes, not scenarios
            scenarios = files.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(Path.of("..", "scenarios", "recipes"))).sorted().toList();
        }
        StringBuilder actual = new StringBuilder("# scenario file sha256 (2 replicates, 150 days); see GoldenRunsTest\n");
        int i = 0;
        for (Path scenario : scenarios) {
            Path out = dir.resolve("run" + i++);
            CliRunner r = CliRunner.run("run", scenario.toString(), "--quiet", "--reps", "2", "--days", "150", "--out", out.toString());
            assertEquals(0, r.exitCode(), scenario + ": " + r.err());
            String name = Path.of("..", "scenarios").relativize(scenario).toString().replace('\\', '/');
            for (String f : FILES) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out.resolve(f)));
                actual.append(name).append(' ').append(f).append(' ').append(HexFormat.of().formatHex(hash)).append('\n');
            }
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = new ArrayList<>(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
        assertEquals(String.join("\n", expected), actual.toString().strip(),
                "outputs changed; if that is meant, rerun with -Dgolden.update=true and say why in the changelog");
    }
}
