package communitysim.output;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pretty JSON files with {@code \n} line ends on every platform, and numbers as in the CSV files. */
public final class Json {

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(INDENTER)
            .withArrayIndenter(INDENTER));

    private Json() {}

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Puts {@code v} written exactly as {@link Numbers#format} does ({@code 3}, not {@code 3.0}), so
     * JSON and CSV agree; JSON has no NaN or infinity, so those become {@code null}. The node then
     * holds raw text: fine for writing, but {@code asDouble()} on the in-memory tree does not see it.
     */
    public static void putNumber(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) node.putRawValue(field, new RawValue(Numbers.format(v)));
        else node.putNull(field);
    }

    public static void write(Path file, JsonNode tree) throws IOException {
        Files.writeString(file, WRITER.writeValueAsString(tree) + "\n", StandardCharsets.UTF_8);
    }
}
