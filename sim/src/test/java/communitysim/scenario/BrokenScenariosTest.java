package communitysim.scenario;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under broken/ must be refused with problems that name the file and, where there is one,
 * the line and knob path, in words a person can act on. Each file says at its top what is wrong with it.
 */
class BrokenScenariosTest {

    /** File name → text that must appear in its problems, each as {@code name:line path: message} where known. */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            entry("wrong-type-string-for-number.yaml", List.of("wrong-type-string-for-number.yaml:3 activation.base: must be a number, got \"high\"")),
            entry("wrong-type-scalar-for-mapping.yaml", List.of("wrong-type-scalar-for-mapping.yaml:2 network: must be a mapping, got \"complete\"")),
            entry("wrong-type-boolean.yaml", List.of("wrong-type-boolean.yaml:3 churn.enabled: must be true or false, got \"sometimes\"")),
            entry("unknown-key-top.yaml", List.of("unknown-key-top.yaml:3 dayz: unknown field 'dayz' (did you mean 'days'?)")),
            entry("unknown-key-nested.yaml", List.of("unknown-key-nested.yaml:5 roles.creator.contnet: unknown field 'contnet' (did you mean 'content'?)")),
            entry("unknown-key-in-list.yaml", List.of(
                    "unknown-key-in-list.yaml:8 recruitment.external.steps[1].rat: unknown field 'rat' (did you mean 'rate'?)",
                    "unknown-key-in-list.yaml:7 recruitment.external.steps[1].rate: is required")),
            entry("duplicate-key.yaml", List.of("duplicate-key.yaml:4 days: duplicate key 'days' (first at line 2)")),
            entry("duplicate-key-nested.json", List.of("duplicate-key-nested.json:6 churn.base: duplicate key 'base' (first at line 4)")),
            entry("negative-rate.yaml", List.of("negative-rate.yaml:4 recruitment.referral.rate: must be >= 0, got -0.004")),
            entry("probability-above-one.yaml", List.of("probability-above-one.yaml:3 interaction.probability: must be <= 1, got 1.5")),
            entry("nan.yaml", List.of("nan.yaml:3 initial.engagement: must be a finite number, got .nan")),
            entry("infinity.yaml", List.of(
                    "infinity.yaml:3 pool.growthPerDay: must be a finite number, got .inf",
                    "infinity.yaml:5 activation.base: must be a finite number, got -.inf")),
            entry("nan-infinity.json", List.of(
                    "nan-infinity.json:3 churn.base: must be a finite number, got NaN",
                    "nan-infinity.json:4 admission.entryFee: must be a finite number, got Infinity")),
            entry("huge-float.json", List.of("huge-float.json:4 admission.feeScale: must be a finite number, got 1e400 (too large)")),
            entry("integer-beyond-long.yaml", List.of("integer-beyond-long.yaml:2 seed: must be <= 9007199254740991, got 123456789012345678901234567890")),
            entry("integer-above-maximum.yaml", List.of("integer-above-maximum.yaml:2 days: must be <= 36500, got 100000")),
            entry("integer-with-fraction.yaml", List.of("integer-with-fraction.yaml:3 network.edgesPerJoin: must be an integer, got 2.5")),
            entry("empty.yaml", List.of("empty.yaml: is empty; a scenario is a mapping of knobs")),
            entry("comments-only.yaml", List.of("comments-only.yaml: is empty")),
            entry("top-level-list.yaml", List.of("top-level-list.yaml:2: must be a mapping of knobs at the top level, got a list")),
            entry("top-level-scalar.yaml", List.of("top-level-scalar.yaml:2: must be a mapping of knobs at the top level, got 42")),
            entry("binary-junk.yaml", List.of("binary-junk.yaml: is not a text file (it is not valid UTF-8)")),
            entry("control-character.yaml", List.of("control-character.yaml:3: is not a text file (it holds control character U+0000)")),
            entry("binary-value.yaml", List.of("binary-value.yaml:2 description: holds a value of an unsupported kind")),
            entry("alias-bomb.yaml", List.of("alias-bomb.yaml:3 b[0]: uses the YAML alias *a; aliases are not supported")),
            entry("alias.yaml", List.of("alias.yaml:6 roles.participant.minEngagement: uses the YAML alias *low; aliases are not supported, write the value out")),
            entry("deep-nesting.yaml", List.of("deep-nesting.yaml:2: is nested too deeply (more than 20 levels)")),
            entry("syntax-error.yaml", List.of("syntax-error.yaml:4: YAML syntax error: the indentation does not line up")),
            entry("syntax-error.json", List.of("syntax-error.json:4: JSON syntax error: Unexpected character")),
            entry("stages-out-of-order.yaml", List.of("stages-out-of-order.yaml:4 stages.firm: must be >= stages.positive (0.6), got 0.5")),
            entry("roles-out-of-order.yaml", List.of(
                    "roles-out-of-order.yaml:6 roles.commenter.minEngagement: must be >= roles.collector.minEngagement (0.6), got 0.5")),
            entry("initial-exceeds-pool.yaml", List.of("initial-exceeds-pool.yaml:5 initial.members: must be <= pool.size (100), got 500")),
            entry("enum-typo.yaml", List.of(
                    "enum-typo.yaml:3 network.mixing: must be one of graph, complete, got \"complet\" (did you mean 'complete'?)")),
            entry("missing-required.yaml", List.of("missing-required.yaml:5 recruitment.external.campaigns[0].extraRate: is required")),
            entry("empty-section.yaml", List.of("empty-section.yaml:2 activation: has no value; give one, or remove the key to use the default")),
            entry("three-errors.yaml", List.of(
                    "three-errors.yaml:4 recruitment.referral.rate: must be >= 0, got -1",
                    "three-errors.yaml:6 network.triadicClosure: must be <= 1, got 2",
                    "three-errors.yaml:8 churn.enabld: unknown field 'enabld' (did you mean 'enabled'?)")),
            entry("name-pattern.yaml", List.of("name-pattern.yaml:2 name: must match the pattern")),
            entry("multiple-documents.yaml", List.of("multiple-documents.yaml:4: holds more than one document")));

    static Stream<String> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.BROKEN)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void everyBrokenFileHasExpectations() throws IOException {
        Set<String> files = brokenFiles().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EXPECTED.keySet()), files);
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void isRefusedWithClearProblems(String name) {
        Path file = TestFiles.BROKEN.resolve(name);
        ScenarioException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of())));
        List<String> problems = e.problems().stream().map(Problem::toString).toList();
        for (Problem problem : e.problems()) {
            assertEquals(file.toString(), problem.file(), "every problem names the file");
            assertTrue(problem.message().length() < 300 && !problem.message().contains("Exception")
                    && !problem.message().contains("\n"), "a plain one-line message: " + problem.message());
        }
        for (String expected : EXPECTED.getOrDefault(name, List.of())) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' among " + problems);
        }
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void saysWhatIsWrongWithIt(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(TestFiles.BROKEN.resolve(name));
        assumeTrue(bytes.length > 0, "an empty file cannot say anything");
        String head = new String(bytes, 0, Math.min(200, bytes.length), StandardCharsets.ISO_8859_1);
        assertTrue(head.contains("BROKEN"), name + " should start with a comment (or JSON description) saying BROKEN: what is wrong");
    }
}
