package communitysim.scenario;

import static communitysim.scenario.TestFiles.problems;
import static communitysim.scenario.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs too big, deep or odd to commit under broken/: each must fail fast with one clear problem. */
class HostileInputTest {

    private static final Duration FAST = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static List<String> quickly(Path file) {
        return assertTimeoutPreemptively(FAST, () -> problems(file));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String line = "# " + "x".repeat(1021) + "\n";
            for (int i = 0; i <= SourceFile.MAX_BYTES / line.length(); i++) out.write(line);
        }
        assertEquals(List.of(big + ": is too large (the limit is 10 MB)"), quickly(big));
    }

    /**
     * Reading stays linear: a file just under the size limit that is one long comment, string or
     * key reads in well under the bound (about half a second). SnakeYAML's own reader copied its
     * whole window per 1,024 characters read, so these took 16 s at 8 MB and over a minute at 9 MB.
     */
    @Test
    void aLongCommentStringOrKeyJustUnderTheSizeLimitReadsInLinearTime() throws IOException {
        int n = SourceFile.MAX_BYTES - 1000;
        Path comment = write(dir, "comment.yaml", "# " + "x".repeat(n) + "\ndays: 3\n");
        assertEquals(3, assertTimeoutPreemptively(FAST, () -> ScenarioLoader.load(comment, List.of())).scenario().days());
        Path string = write(dir, "string.yaml", "days: 3\nname: \"" + "y".repeat(n) + "\"\n");
        assertEquals(1, quickly(string).size(), "the name is too long, and said so");
        Path key = write(dir, "key.yaml", "days: 3\n" + "k".repeat(n) + ": 1\n");
        assertEquals(1, quickly(key).size(), "one problem with the key");
    }

    @Test
    void flowNestingAHundredThousandLevelsDeepIsRefused() {
        Path deep = write(dir, "deep.yaml", "pool: " + "[".repeat(100_000) + "]".repeat(100_000));
        assertEquals(List.of(deep + ":1: is nested too deeply (more than 20 levels)"), quickly(deep));
    }

    @Test
    void jsonNestingAHundredThousandLevelsDeepIsRefused() {
        Path deep = write(dir, "deep.json", "{\"pool\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_001));
        assertEquals(List.of(deep + ":1: is nested too deeply (more than 20 levels)"), quickly(deep));
    }

    @Test
    void blockNestingIsRefusedToo() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) text.append("  ".repeat(i)).append("a:\n");
        Path deep = write(dir, "block.yaml", text.toString());
        assertEquals(List.of(deep + ":21: is nested too deeply (more than 20 levels)"), quickly(deep));
    }

    @Test
    void aHugeListIsRefusedBeforeItFillsMemory() {
        Path list = write(dir, "list.yaml", "pool: [" + "0,".repeat(TreeReader.MAX_VALUES) + "0]\n");
        assertEquals(List.of(list + ":1: holds more than 200000 values; a scenario has a few hundred"), quickly(list));
    }

    @Test
    void aThousandUnknownKeysAreCappedToAReadableReport() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) text.append("junk").append(i).append(": 1\n");
        List<String> problems = quickly(write(dir, "junk.yaml", text.toString()));
        assertEquals(Problems.MAX_REPORTED + 1, problems.size());
        assertTrue(problems.get(0).contains(":1 junk0: unknown field 'junk0'"), problems.get(0));
        assertTrue(problems.get(Problems.MAX_REPORTED).endsWith(": 900 more problems not shown"));
    }

    @Test
    void anEnormousKeyIsShortenedInTheReport() {
        String key = "k".repeat(40_000);
        List<String> problems = quickly(write(dir, "key.json", "{\"" + key + "\": 1}")); // YAML caps plain keys at 1024 characters
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).length() < 500, problems.get(0).length() + " characters");
        assertTrue(problems.get(0).contains("unknown field 'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...'"), problems.get(0));
    }

    @Test
    void aKeyBeyondJacksonsLimitIsRefused() {
        Path file = write(dir, "key.json", "{\"" + "k".repeat(1_000_000) + "\": 1}");
        assertEquals(List.of(file + ": holds a key or value too long (or nesting too deep) to read"), quickly(file));
    }

    @Test
    void aMissingFileIsReported() {
        Path missing = dir.resolve("nope.yaml");
        assertEquals(List.of(missing + ": file not found"), problems(missing));
    }

    @Test
    void aDirectoryIsReported() {
        assertEquals(List.of(dir + ": is a directory, not a scenario file"), problems(dir));
    }

    @Test
    void anUnreadableFileIsReported() throws IOException {
        Path locked = write(dir, "locked.yaml", "days: 3\n");
        assumeTrue(locked.toFile().setReadable(false, false), "cannot change permissions here");
        assumeFalse(Files.isReadable(locked), "running as root: permissions do not apply");
        assertEquals(List.of(locked + ": cannot be read: permission denied"), problems(locked));
    }

    @Test
    void aDeviceIsNotReadForever() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertEquals(List.of("/dev/zero: is not a regular file"), quickly(zero));
    }
}
