package communitysim.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every broken scenario, typed as a user would: {@code validate} and {@code run} exit 2, name the
 * file, print no stack trace, and leave no results folder behind.
 */
class BrokenScenarioCliTest {
    static Stream<Path> brokenFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/broken"))) {
            s.sorted().forEach(files::add);
        }
        files.add(Path.of("src/test/resources/broken/does-not-exist.yaml"));
        files.add(Path.of("src/test/resources"));
        return files.stream();
    }

    @org.junit.jupiter.api.Test
    void theSuiteHoldsAtLeastTwentyBrokenFiles() throws IOException {
        assertTrue(brokenFiles().count() >= 22, "fewer broken files than the suite promises");
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void validateAndRunRejectIt(Path file, @TempDir Path tmp) throws IOException {
        CliRunner v = CliRunner.run("validate", file.toString());
        assertRejected(v, file);

        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", file.toString(), "--quiet", "--out", out.toString());
        assertRejected(r, file);
        assertFalse(Files.exists(out), "a results folder was written");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count(), "something was left in the output's parent");
        }
    }

    private static void assertRejected(CliRunner r, Path file) {
        assertEquals(2, r.exitCode(), "exit code; stderr was: " + r.err());
        assertTrue(r.err().contains(file.getFileName().toString()), "stderr does not name the file: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "stack trace or exception name: " + r.err());
    }
}
