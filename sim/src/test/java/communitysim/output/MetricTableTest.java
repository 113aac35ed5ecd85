package communitysim.output;

import communitysim.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A results folder's {@code metrics.csv} and {@code docs/metrics.md} are the definitions in {@link Metric}. */
class MetricTableTest {

    /** Maven runs the tests in the module directory, sim/. */
    private static final Path DOC = Path.of("..", "docs", "metrics.md");

    @TempDir
    Path tmp;

    @Test
    void aResultsFolderCarriesTheDefinitions() throws IOException {
        Path out = tmp.resolve("run");
        ResultsWriter.write(FakeRuns.simple(2, 5), out);
        assertEquals(List.of(), disagreements(out));
    }

    @Test
    void aTableThatDisagreesIsCaught() throws IOException {
        Path out = tmp.resolve("run");
        ResultsWriter.write(FakeRuns.simple(2, 5), out);
        Path table = out.resolve(MetricTable.FILE);
        Files.writeString(table, Files.readString(table).replace(",lower_is_better,", ",higher_is_better,"));
        assertFalse(disagreements(out).isEmpty());
    }

    @Test
    void docsTableIsCurrent() throws IOException {
        String section = MetricTable.section(Files.readString(DOC).replace("\r\n", "\n")).orElse("");
        assertEquals(MetricTable.markdown(), section, "docs/metrics.md is stale: run ./communitysim metrics --write docs/metrics.md");
    }

    /** Where the folder's metrics.csv differs from the definitions or from its daily.csv's columns. */
    static List<String> disagreements(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(folder.resolve(MetricTable.FILE));
        if (!parse(lines.get(0)).equals(MetricTable.COLUMNS)) problems.add("header " + lines.get(0));
        Metric[] metrics = Metric.values();
        if (lines.size() - 1 != metrics.length) problems.add((lines.size() - 1) + " rows for " + metrics.length + " metrics");
        for (int i = 0; i < Math.min(metrics.length, lines.size() - 1); i++) {
            List<String> row = parse(lines.get(i + 1));
            if (!row.equals(MetricTable.row(metrics[i]))) problems.add(metrics[i] + ": " + row);
        }
        String header = Files.readAllLines(folder.resolve("daily.csv")).get(0);
        List<String> daily = Arrays.asList(header.split(",")).subList(3, header.split(",").length);
        List<String> columns = lines.stream().skip(1).map(l -> parse(l).get(0)).toList();
        if (!daily.equals(columns)) problems.add("daily.csv columns " + daily + " against " + columns);
        return problems;
    }

    /** One RFC 4180 line (no line breaks inside cells). */
    private static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { cells.add(cell.toString()); cell.setLength(0); }
            else cell.append(c);
        }
        cells.add(cell.toString());
        assertTrue(!quoted, "unterminated quote: " + line);
        return cells;
    }
}
