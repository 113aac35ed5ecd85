package communitysim.scenario;

import static communitysim.scenario.TestFiles.VALID;
import static communitysim.scenario.TestFiles.problems;
import static communitysim.scenario.TestFiles.schemaDefault;
import static communitysim.scenario.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {

    private static final Path MINIMAL = VALID.resolve("minimal.yaml");

    @TempDir
    Path dir;

    private static Scenario load(Path file, String... sets) throws ScenarioException {
        return ScenarioLoader.load(file, List.of(sets)).scenario();
    }

    @Test
    void setsScalarsOfEveryKind() throws Exception {
        Scenario s = load(MINIMAL, "activation.base=-2", "network.mixing=graph", "churn.enabled=false",
                "name=other", "seed=9007199254740991", "description=''");
        assertEquals(-2, s.activation().base());
        assertEquals(Scenario.Mixing.graph, s.network().mixing());
        assertEquals(false, s.churn().enabled());
        assertEquals("other", s.name());
        assertEquals(9007199254740991L, s.seed());
        assertEquals("", s.description());
    }

    @Test
    void setsListItemsAndWholeLists() throws Exception {
        Scenario s = load(MINIMAL, "recruitment.external.steps[0].rate=0.002", "recruitment.external.steps[1]={fromDay: 60, rate: 0}",
                "recruitment.external.campaigns=[{startDay: 5, extraRate: 0.01}]");
        assertEquals(List.of(new Scenario.Step(30, 0.002), new Scenario.Step(60, 0)), s.recruitment().external().steps());
        assertEquals(List.of(new Scenario.Campaign(5, 7, 0.01)), s.recruitment().external().campaigns()); // days defaulted
    }

    @Test
    void createsSectionsTheFileLeavesOut() throws Exception {
        Scenario s = load(write(dir, "bare.yaml", "{}"), "stages.firm=0.6", "recruitment.external.steps[0]={fromDay: 1, rate: 1}");
        assertEquals(0.6, s.stages().firm());
        assertEquals(schemaDefault("stages.positive").asDouble(), s.stages().positive());
        assertEquals(1, s.recruitment().external().steps().size());
    }

    @Test
    void aMappingValueReplacesTheMappingAndTheRestIsDefaulted() throws Exception {
        Scenario s = load(write(dir, "a.yaml", "activation: {base: -1, fit: 5}"), "activation={base: -4}");
        assertEquals(-4, s.activation().base());
        assertEquals(schemaDefault("activation.fit").asDouble(), s.activation().fit());
    }

    @Test
    void theLastOverrideOfAPathWins() throws Exception {
        assertEquals(20, load(MINIMAL, "days=10", "days=20").days());
    }

    @Test
    void anOverrideCanFixABrokenFileValue() throws Exception {
        assertEquals(100, load(TestFiles.BROKEN.resolve("integer-above-maximum.yaml"), "days=100").days());
    }

    @Test
    void overridesAreValidatedLikeFileContent() {
        assertEquals(List.of("--set interaction.probability: must be <= 1, got 1.5"), problems(MINIMAL, "interaction.probability=1.5"));
        assertEquals(List.of("--set activation.base: must be a number, got \"abc\""), problems(MINIMAL, "activation.base=abc"));
        assertEquals(List.of("--set activation.base: must be a finite number, got .nan"), problems(MINIMAL, "activation.base=.nan"));
        assertEquals(List.of("--set recruitment.external.campaigns[0].extraRate: is required"),
                problems(MINIMAL, "recruitment.external.campaigns[0].startDay=3"));
        assertEquals(List.of("--set stages.firm: must be >= stages.positive (0.6), got 0.5"),
                problems(MINIMAL, "stages.positive=0.6", "stages.firm=0.5"));
    }

    @Test
    void badOverridesNameTheirPath() {
        assertEquals(List.of("--set activation.bse: unknown field 'bse' (did you mean 'base'?)"), problems(MINIMAL, "activation.bse=1"));
        assertEquals(List.of("--set nonsense: expected PATH=VALUE, e.g. activation.base=-2"), problems(MINIMAL, "nonsense"));
        assertEquals(List.of("--set days: needs a value after '=' (write '' for an empty string)"), problems(MINIMAL, "days="));
        assertEquals(List.of("--set activation[0]: activation is not a list"), problems(MINIMAL, "activation[0]=1"));
        assertEquals(List.of("--set recruitment.external.steps[5].rate: index 5 is out of range: "
                        + "recruitment.external.steps has 1 items (use [1] to append one)"),
                problems(MINIMAL, "recruitment.external.steps[5].rate=1"));
        assertTrue(problems(MINIMAL, "a..b=1").get(0).startsWith("--set a..b: is not a knob path"));
        assertTrue(problems(MINIMAL, "days=[1, 2").get(0).startsWith("--set days: cannot read the value: YAML syntax error"));
    }

    @Test
    void everyBadOverrideIsReportedWithTheFileProblems() {
        List<String> problems = problems(TestFiles.BROKEN.resolve("negative-rate.yaml"), "days=0", "churn.bse=1");
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("negative-rate.yaml:4 recruitment.referral.rate: must be >= 0, got -0.004"));
    }

    @Test
    void withOverridesChangesOnlyWhatItSets() throws Exception {
        LoadedScenario base = ScenarioLoader.load(MINIMAL, List.of("seed=5"));
        LoadedScenario point = ScenarioLoader.withOverrides(base, List.of("days=200", "activation.fit=2"));
        assertEquals(200, point.scenario().days());
        assertEquals(2, point.scenario().activation().fit());
        assertEquals(5, point.scenario().seed());
        assertEquals(base.scenario().recruitment(), point.scenario().recruitment());
        assertEquals(base.source(), point.source());
        assertEquals(90, base.scenario().days(), "the base is untouched");
        assertEquals(90, base.resolved().get("days").asInt(), "the base tree is untouched");
    }

    @Test
    void withOverridesRevalidates() throws Exception {
        LoadedScenario base = ScenarioLoader.load(MINIMAL, List.of());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.withOverrides(base, List.of("pool.size=1000", "initial.members=2000")));
        assertEquals("--set initial.members: must be <= pool.size (1000), got 2000", e.problems().get(0).toString());
    }
}
