package communitysim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input to calibrate, backtest and forecast: exit 2 with one message naming the file and line or
 * the flag, before any simulation, and nothing written.
 */
class CalibrateInputTest {
    @TempDir
    Path dir;

    private static final String GOOD = "date,new_contributors,contributors_30d,contributions,note\n"
            + "2020-01-01,1,1,2,\n2020-01-02,0,1,0,\"a, quoted note\"\n2020-01-03,2,3,4,\n";

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Path scenario() throws IOException {
        return file("s.yaml", "name: s\npool: {size: 1000}\ninitial: {members: 5}\n");
    }

    private CliRunner calibrate(Path observed, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("calibrate", scenario().toString(), "--observed", observed.toString(),
                "--out", dir.resolve("out").toString(), "--quiet"));
        args.addAll(List.of(extra));
        if (!args.contains("--period")) args.addAll(List.of("--period", "day"));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private void bad(CliRunner r, String... expected) throws IOException {
        assertEquals(2, r.exitCode(), r.err());
        for (String e : expected) assertTrue(r.err().contains(e), "expected '" + e + "' in: " + r.err());
        assertTrue(r.err().lines().count() <= 2, "one plain message: " + r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("out")), "nothing written");
        }
    }

    private static final String[] FIT = {"--fit", "recruitment.external.rate=0.0001:0.01:log", "--target", "new_contributors"};

    private String[] fit(String... more) {
        List<String> a = new ArrayList<>(List.of(FIT));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void missingEmptyOrGarbledObservedFiles() throws IOException {
        bad(calibrate(dir.resolve("nope.csv"), fit()), "nope.csv", "no such file");
        bad(calibrate(file("empty.csv", ""), fit()), "empty.csv", "empty");
        bad(calibrate(file("header.csv", "date,new_contributors\n"), fit()), "header.csv", "no rows");
        bad(calibrate(file("nodate.csv", "when,new_contributors\nx,1\n"), fit()), "nodate.csv:1", "no date or day column");
        bad(calibrate(file("garbled.csv", "date,new_contributors\n2020-01-01,1\n2020-01-02,one\n"), fit()), "garbled.csv:3 new_contributors", "not a number");
        bad(calibrate(file("baddate.csv", "date,new_contributors\n2020-01-01,1\n2020-13-02,1\n"), fit()), "baddate.csv:3 date", "ISO date");
    }

    @Test
    void datesOutOfOrderOrDuplicated() throws IOException {
        bad(calibrate(file("order.csv", "date,new_contributors\n2020-01-02,1\n2020-01-01,1\n"), fit()), "order.csv:3 date", "out of order");
        bad(calibrate(file("dup.csv", "date,new_contributors\n2020-01-01,1\n2020-01-01,1\n"), fit()), "dup.csv:3 date", "duplicate");
    }

    @Test
    void unknownColumnOrMetric() throws IOException {
        Path good = file("good.csv", GOOD);
        bad(calibrate(good, "--fit", "churn.base=0.01:0.1", "--target", "stars"), "--target stars", "no metric named stars");
        bad(calibrate(good, "--fit", "churn.base=0.01:0.1", "--target", "stars=content"), "good.csv:1", "no column stars");
        bad(calibrate(good, "--fit", "churn.base=0.01:0.1", "--target", "contributions"), "--target contributions", "no metric named contributions");
        bad(calibrate(good, "--fit", "churn.base=0.01:0.1", "--target", "new_contributors=likes"), "--target new_contributors=likes", "no metric named likes");
        bad(calibrate(good, "--fit", "churn.base=0.01:0.1", "--target", "note=content"), "good.csv:3 note", "not a number");
    }

    @Test
    void windowOutsideTheData() throws IOException {
        Path good = file("good.csv", GOOD);
        bad(calibrate(good, fit("--from", "2021-01-01")), "--from", "holds no row");
        bad(calibrate(good, fit("--until", "2019-01-01")), "--from/--until", "holds no row");
        bad(calibrate(good, fit("--from", "2020-01-03", "--until", "2020-01-02")), "--until 2020-01-02", "before --from");
        bad(calibrate(good, fit("--from", "yesterday")), "--from yesterday", "ISO date");
        bad(calibrate(good, fit("--period", "month")), "--period month", "no whole month");
    }

    @Test
    void badFitSpecs() throws IOException {
        Path good = file("good.csv", GOOD);
        bad(calibrate(good, "--fit", "churn.bse=0.01:0.1", "--target", "new_contributors"), "--fit churn.bse=0.01:0.1", "no knob churn.bse");
        bad(calibrate(good, "--fit", "network.mixing=0:1", "--target", "new_contributors"), "--fit network.mixing=0:1", "not a number knob");
        bad(calibrate(good, "--fit", "churn.base=0.1:0.01", "--target", "new_contributors"), "--fit churn.base=0.1:0.01", "lo must be < hi");
        bad(calibrate(good, "--fit", "churn.base=0.1:0.1", "--target", "new_contributors"), "lo must be < hi");
        bad(calibrate(good, "--fit", "churn.base=a:b", "--target", "new_contributors"), "--fit churn.base=a:b", "numbers");
        bad(calibrate(good, "--fit", "churn.base=0:0.1:log", "--target", "new_contributors"), "log prior needs lo > 0");
        bad(calibrate(good, "--fit", "churn.base=-1:0.1", "--target", "new_contributors"), "--fit churn.base=-1:0.1", "not a valid value");
        bad(calibrate(good, "--fit", "churn.base=0.01:0.1", "--fit", "churn.base=0.02:0.2", "--target", "new_contributors"), "fitted twice");
    }

    @Test
    void budgetTooSmallForOneGeneration() throws IOException {
        bad(calibrate(file("good.csv", GOOD), fit("--particles", "50", "--budget", "20")), "--budget 20", "one generation");
    }

    @Test
    void unknownDistanceBeforeAnyFolder() throws IOException {
        bad(calibrate(file("good.csv", GOOD), fit("--distance", "nearest")), "--distance nearest", "periods or projected");
    }

    @Test
    void backtestAndForecastFlags() throws IOException {
        Path good = file("good.csv", GOOD);
        List<String> args = new ArrayList<>(List.of("backtest", scenario().toString(), "--observed", good.toString(), "--period", "day",
                "--horizon", "30", "--origin", "2020-01-02", "--out", dir.resolve("out").toString()));
        args.addAll(List.of(FIT));
        bad(CliRunner.run(args.toArray(String[]::new)), "--origin 2020-01-02 --horizon 30", "past the history's last day");
        bad(CliRunner.run("forecast", dir.resolve("nothing").toString()), "not a calibration folder");
    }
}
