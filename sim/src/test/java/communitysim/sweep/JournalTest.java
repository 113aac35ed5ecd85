package communitysim.sweep;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JournalTest {
    private static RunsTable table;

    @BeforeAll
    static void plan() throws Exception {
        SweepPlan plan = Sweep.of(Path.of(Cli.BASELINE)).vary("activation.base=-4,-3").vary("network.mixing=graph,complete")
                .replicates(2).plan();
        table = plan.table();
    }

    private static String row(int run, int rep) {
        double[] finals = new double[FinalMetrics.COLUMNS.size()];
        for (int i = 0; i < finals.length; i++) finals[i] = run * 100 + rep + i / 8.0;
        return table.line(new TaskResult(run, rep, Seeds.of(1, run, rep), finals, null));
    }

    @Test
    void keepsOneWellFormedRowPerTaskSortedAndDropsTheRest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.csv");
        Journal.create(file, table);
        String good21 = row(2, 1);
        String good00 = row(0, 0);
        String good30 = row(3, 0);
        String wrongSeed = good30.replaceFirst("^3,0,\\d+,", "3,0,12345,");
        String shortRow = good00.substring(0, good00.lastIndexOf(',')) + "\n";
        String badNumber = row(1, 1).replace(",101.125,", ",101.12x,");
        String outOfRange = row(1, 0).replaceFirst("^1,0,", "9,0,");
        String torn = row(1, 1).substring(0, 40);
        try (Journal.Appender a = new Journal.Appender(file)) {
            for (String r : List.of(good21, wrongSeed, good00, shortRow, badNumber, good00, outOfRange, good30, torn)) {
                a.append(r);
            }
        }
        BitSet held = Journal.compact(file, table);
        assertEquals("{0, 5, 6}", held.toString());
        assertEquals(table.header() + good00 + good21 + good30, Files.readString(file, StandardCharsets.UTF_8));

        // Appending after a compaction continues cleanly (the torn tail is gone), and compaction is idempotent.
        try (Journal.Appender a = new Journal.Appender(file)) {
            a.append(row(1, 1));
        }
        assertEquals("{0, 3, 5, 6}", Journal.compact(file, table).toString());
        assertEquals(table.header() + good00 + row(1, 1) + good21 + good30, Files.readString(file));
    }

    @Test
    void refusesAFileWithAnotherHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "run,replicate,seed,other\n");
        assertThrows(SweepException.class, () -> Journal.compact(file, table));
    }
}
