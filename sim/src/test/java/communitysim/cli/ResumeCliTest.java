package communitysim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code --resume} from the command line: a folder left by an interrupted back-test (its command and
 * its simulations journal) is taken up by the same command and ends as the uninterrupted run did.
 * The recorded command is read back from text, where a long seed is an int: the check must still
 * see the same command.
 */
class ResumeCliTest {
    @TempDir
    Path dir;

    @Test
    void anInterruptedBacktestResumesFromItsJournal() throws Exception {
        StringBuilder csv = new StringBuilder("day,new_contributors\n");
        for (int d = 1; d <= 120; d++) csv.append(d).append(',').append(d % 3).append('\n');
        Path observed = Files.writeString(dir.resolve("obs.csv"), csv);
        Path scenario = Files.writeString(dir.resolve("s.yaml"), "name: s\npool: {size: 2000}\ninitial: {members: 20}\n");
        List<String> base = List.of("backtest", scenario.toString(), "--observed", observed.toString(), "--fit",
                "recruitment.external.rate=0.0001:0.01:log", "--target", "new_contributors", "--period", "week", "--origin", "85",
                "--horizon", "28", "--particles", "10", "--budget", "20", "--draws", "5", "--threads", "1", "--quiet");
        CliRunner straight = run(base, "--out", dir.resolve("a").toString());
        assertEquals(0, straight.exitCode(), straight.err());
        // an interruption after the calibration: the command and the journal are there, no result yet
        Path partial = Files.createDirectories(dir.resolve("b.partial"));
        Files.copy(dir.resolve("a/command.json"), partial.resolve("command.json"));
        Files.copy(dir.resolve("a/simulations-85.csv"), partial.resolve("simulations-85.csv"));
        CliRunner resumed = run(base, "--out", dir.resolve("b").toString(), "--resume");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertEquals(Files.readString(dir.resolve("a/backtest.csv")), Files.readString(dir.resolve("b/backtest.csv")));
    }

    private static CliRunner run(List<String> base, String... more) {
        List<String> args = new ArrayList<>(base);
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }
}
