package communitysim.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatNeedsQuotingAndEndsLinesWithNewline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        try (CsvWriter csv = new CsvWriter(file, "a", "b", "c")) {
            csv.text("plain").text("x,y").text("say \"hi\"");
            csv.endRow();
            csv.number(3.0).number(0.5).number(Double.NaN);
            csv.endRow();
        }
        assertEquals("a,b,c\nplain,\"x,y\",\"say \"\"hi\"\"\"\n3,0.5,\n", Files.readString(file));
    }
}
