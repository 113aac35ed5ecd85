package communitysim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code backtest} says on stderr which origin it is at, how far its calibration is and how long is left; {@code --quiet} says nothing. */
class BacktestProgressTest {
    @TempDir
    Path dir;

    private CliRunner backtest(String out, boolean quiet) throws Exception {
        StringBuilder csv = new StringBuilder("day,new_contributors\n");
        for (int d = 1; d <= 120; d++) csv.append(d).append(',').append(d % 3).append('\n');
        Path observed = Files.writeString(dir.resolve("obs.csv"), csv);
        Path scenario = Files.writeString(dir.resolve("s.yaml"), "name: s\npool: {size: 2000}\ninitial: {members: 20}\n");
        List<String> args = new ArrayList<>(List.of("backtest", scenario.toString(), "--observed", observed.toString(), "--fit",
                "recruitment.external.rate=0.0001:0.01:log", "--target", "new_contributors", "--period", "week", "--origin", "71",
                "--origin", "85", "--horizon", "28", "--particles", "10", "--budget", "20", "--draws", "5", "--threads", "1",
                "--out", dir.resolve(out).toString()));
        if (quiet) args.add("--quiet");
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void progressNamesTheOriginTheGenerationsAndTheTimeLeft() throws Exception {
        CliRunner r = backtest("a", false);
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals("origin 71 (1/2): calibrating on the history before it, then forecasting 28 days", lines.get(0));
        assertTrue(lines.get(1).startsWith("origin 71 (1/2), generation 0: tolerance (prior)"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("origin 85 (2/2), generation ") && l.contains("simulations ")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches("origin 71 \\(1/2\\): done, 1 of 2 origins in \\d+ s; at most \\d+ (s|min) left")), r.err());
        assertTrue(lines.get(lines.size() - 1).matches("origin 85 \\(2/2\\): done, 2 of 2 origins in \\d+ s"), r.err());
        CliRunner quiet = backtest("b", true);
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.err());
    }

    @Test
    void durationsReadAsAPersonSaysThem() {
        assertEquals("0 s", GenerationProgress.duration(0.2));
        assertEquals("59 s", GenerationProgress.duration(59.4));
        assertEquals("1 min", GenerationProgress.duration(59.6));
        assertEquals("12 min", GenerationProgress.duration(12 * 60 + 10));
        assertEquals("2 h 05 min", GenerationProgress.duration(2 * 3600 + 5 * 60));
    }
}
