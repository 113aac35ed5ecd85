package communitysim.scenario;

import static communitysim.scenario.TestFiles.VALID;
import static communitysim.scenario.TestFiles.problems;
import static communitysim.scenario.TestFiles.problemsOfText;
import static communitysim.scenario.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

    private static JsonNode schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSchema() throws Exception {
        try (InputStream in = ScenarioLoaderTest.class.getResourceAsStream("/communitysim/scenario.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode schemaDefault(String pointer) {
        return schema.at(pointer + "/default");
    }

    @Test
    void anEmptyMappingIsTheAllDefaultsScenario() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(write(dir, "empty.yaml", "{}\n"), List.of());
        Scenario s = loaded.scenario();
        assertEquals(schemaDefault("/properties/days").asInt(), s.days());
        assertEquals(schemaDefault("/properties/seed").asLong(), s.seed());
        assertEquals(schemaDefault("/properties/activation/properties/base").asDouble(), s.activation().base());
        assertEquals(schemaDefault("/properties/network/properties/mixing").asText(), s.network().mixing().name());
        assertEquals(schemaDefault("/properties/recruitment/properties/external/properties/unit").asText(),
                s.recruitment().external().unit().name());
        assertEquals(schemaDefault("/properties/roles/properties/creator/properties/minEngagement").asDouble(),
                s.roles().creator().minEngagement());
        assertEquals(schemaDefault("/properties/churn/properties/enabled").asBoolean(), s.churn().enabled());
        assertTrue(s.recruitment().external().steps().isEmpty());
        assertEquals(dir.resolve("empty.yaml").toString(), loaded.source());
    }

    @Test
    void theResolvedTreeHoldsEveryDefault() throws Exception {
        JsonNode resolved = ScenarioLoader.load(write(dir, "empty.yaml", "{}"), List.of()).resolved();
        assertAllDefaults(schema, resolved, "");
    }

    private static void assertAllDefaults(JsonNode objectSchema, JsonNode value, String path) {
        for (Map.Entry<String, JsonNode> property : objectSchema.path("properties").properties()) {
            String knob = path + property.getKey();
            JsonNode knobSchema = property.getValue();
            JsonNode knobValue = value.get(property.getKey());
            if (knob.equals("startDate")) { // the one knob without a default: absent means "no calendar"
                assertNull(knobValue, "startDate appears though nobody set it");
                continue;
            }
            assertNotNull(knobValue, knob + " is missing from the resolved tree");
            if (knobSchema.path("type").asText().equals("object")) {
                assertAllDefaults(knobSchema, knobValue, knob + ".");
            } else {
                assertTrue(sameValue(knobSchema.get("default"), knobValue), knob + " is " + knobValue + ", not its default");
            }
        }
    }

    /** 2 and 2.0 are the same knob value. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0 : a.equals(b);
    }

    @Test
    void theResolvedTreeFollowsSchemaOrder() throws Exception {
        JsonNode resolved = ScenarioLoader.load(write(dir, "order.yaml", "metrics: {lorenzPoints: 11}\nname: x\n"), List.of()).resolved();
        List<String> keys = new ArrayList<>();
        resolved.fieldNames().forEachRemaining(keys::add);
        List<String> expected = new ArrayList<>(ScenarioSchema.propertyNames(schema));
        expected.remove("startDate"); // unset, so absent
        assertEquals(expected, keys);
    }

    @Test
    void minimalFileKeepsItsValuesAndDefaultsTheRest() throws Exception {
        Scenario s = ScenarioLoader.load(VALID.resolve("minimal.yaml"), List.of()).scenario();
        assertEquals("minimal", s.name());
        assertEquals(90, s.days());
        assertEquals(Scenario.Mixing.complete, s.network().mixing());
        assertEquals(List.of(new Scenario.Step(30, 0.001)), s.recruitment().external().steps());
        assertEquals(schemaDefault("/properties/network/properties/edgesPerJoin").asInt(), s.network().edgesPerJoin());
    }

    @Test
    void fullJsonBindsEveryKnob() throws Exception {
        Scenario s = ScenarioLoader.load(VALID.resolve("full.json"), List.of()).scenario();
        assertEquals("full-example", s.name());
        assertEquals(Scenario.RateUnit.perDay, s.recruitment().external().unit());
        assertEquals(List.of(new Scenario.Campaign(30, 14, 20)), s.recruitment().external().campaigns());
        assertEquals(5 + 20, s.recruitment().external().rateOn(35), 1e-12);
        assertEquals(8, s.recruitment().external().rateOn(100), 1e-12);
        assertFalse(s.network().linkReferrer());
        assertEquals(7, s.metrics().distributionEvery());
    }

    @Test
    void yamlAndJsonGiveTheSameScenario() throws Exception {
        JsonNode json = new ObjectMapper().readTree(VALID.resolve("full.json").toFile());
        Path yaml = write(dir, "full.yaml", new YAMLMapper().writeValueAsString(json));
        LoadedScenario fromJson = ScenarioLoader.load(VALID.resolve("full.json"), List.of());
        LoadedScenario fromYaml = ScenarioLoader.load(yaml, List.of());
        assertEquals(fromJson.scenario(), fromYaml.scenario());
        assertEquals(fromJson.resolved(), fromYaml.resolved());
    }

    @Test
    void aFileWithThreeErrorsYieldsThreeProblems() {
        assertEquals(3, problems(TestFiles.BROKEN.resolve("three-errors.yaml")).size());
    }

    @Test
    void aNestedErrorPointsAtItsLine() {
        String text = """
                name: lines
                recruitment:
                  external:
                    campaigns:
                      - startDay: 10
                        extraRate: 1
                      - startDay: 20
                        extraRate: -1
                """;
        assertEquals(List.of(dir.resolve("lines.yaml") + ":8 recruitment.external.campaigns[1].extraRate: must be >= 0, got -1"),
                problemsOfText(dir, "lines.yaml", text));
    }

    @Test
    void aProblemWithADefaultedFieldPointsAtItsParent() {
        String text = """
                days: 30

                stages:
                  positive: 0.99
                """;
        String firm = SchemaCheck.number(TestFiles.schemaDefault("stages.firm"));
        assertEquals(List.of(dir.resolve("stages.yaml") + ":3 stages.firm: must be >= stages.positive (0.99), got " + firm),
                problemsOfText(dir, "stages.yaml", text));
    }

    @Test
    void aJsonErrorPointsAtItsLineToo() {
        String text = "{\n  \"network\": {\n    \"maxDegree\": 0\n  }\n}\n";
        assertEquals(List.of(dir.resolve("x.json") + ":3 network.maxDegree: must be >= 1, got 0"), problemsOfText(dir, "x.json", text));
    }

    @Test
    void otherExtensionsAreReadAsYaml() throws Exception {
        assertEquals(12, ScenarioLoader.load(write(dir, "scenario.txt", "days: 12\n"), List.of()).scenario().days());
    }

    @Test
    void aKeyThatIsNothingLikeAKnobListsTheKnownOnes() {
        List<String> problems = problemsOfText(dir, "x.yaml", "stages:\n  zzzzzz: 1\n");
        assertEquals(List.of(dir.resolve("x.yaml") + ":2 stages.zzzzzz: unknown field 'zzzzzz' (known fields: positive, firm, elevated)"),
                problems);
    }
}
