package communitysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnobReferenceTest {

    @TempDir
    Path dir;

    @Test
    void hasARowForEveryKnobInTheSchema() {
        String md = KnobReference.markdown();
        List<String> knobs = new ArrayList<>();
        leaves(ScenarioSchema.root(), "", knobs);
        assertTrue(knobs.size() > 80, "walked the whole schema: " + knobs.size());
        for (String knob : knobs) assertTrue(md.contains("| `" + knob + "` |"), "no row for " + knob);
    }

    private static void leaves(JsonNode schema, String prefix, List<String> out) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String path = prefix + property.getKey();
            JsonNode sub = property.getValue();
            switch (sub.path("type").asText()) {
                case "object" -> leaves(sub, path + ".", out);
                case "array" -> leaves(sub.path("items"), path + "[].", out);
                default -> out.add(path);
            }
        }
    }

    @Test
    void showsTypeDefaultRangeAndDescription() {
        String md = KnobReference.markdown();
        assertRow(md, "interaction.probability", "| number | `%s` | [0, 1] | Daily probability that two linked");
        assertRow(md, "prospects.fitAlpha", "| number | `%s` | (0, 1000] |");
        assertRow(md, "recruitment.external.rate", "| number | `%s` | [0, 10000000] |");
        assertTrue(md.contains("| `recruitment.external.steps[].fromDay` | integer, required | `0` | [0, 36500] |"), md);
        assertTrue(md.contains("| `recruitment.external.steps` | list | `[]` | at most 10000 items |"));
        assertRow(md, "network.mixing", "| string | `%s` | `graph`, `complete` |");
        assertTrue(md.contains("| `description` | string | `\"\"` | at most 10000 characters |"));
        assertTrue(md.contains("\n## `roles`\n"), "a section per top-level object, under the page title");
    }

    /** A row whose default ({@code %s}) is read from the schema, since defaults get tuned. */
    private static void assertRow(String md, String knob, String rest) {
        JsonNode value = TestFiles.schemaDefault(knob);
        String row = "| `" + knob + "` " + rest.formatted(value.isNumber() ? SchemaCheck.number(value) : value.asText());
        assertTrue(md.contains(row), "no row " + row);
    }

    @Test
    void writeReplacesOnlyTheMarkedSection() throws IOException {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# title\n\nintro\n" + KnobReference.START + "\nold stuff\n" + KnobReference.END + "\n\n## after\n");
        KnobReference.main(new String[] {readme.toString()});
        String text = Files.readString(readme);
        assertEquals("# title\n\nintro\n" + KnobReference.START + "\n" + KnobReference.markdown() + KnobReference.END + "\n\n## after\n", text);
        assertEquals(KnobReference.markdown(), KnobReference.section(text).orElseThrow());
    }

    @Test
    void writeCreatesAMissingFile() throws IOException {
        Path readme = dir.resolve("NEW.md");
        KnobReference.write(readme);
        assertEquals(KnobReference.markdown(), KnobReference.section(Files.readString(readme)).orElseThrow());
    }

    @Test
    void writeRefusesAFileWithoutMarkers() throws IOException {
        Path readme = Files.writeString(dir.resolve("R.md"), "# no markers\n");
        assertThrows(IllegalArgumentException.class, () -> KnobReference.write(readme));
        assertEquals("# no markers\n", Files.readString(readme));
    }
}
