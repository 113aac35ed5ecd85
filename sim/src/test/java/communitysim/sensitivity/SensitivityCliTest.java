package communitysim.sensitivity;

import communitysim.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code sensitivity} command: bad input refused with the flag named and nothing written; thread counts. */
class SensitivityCliTest {
    static final String BASELINE = "../scenarios/baseline.yaml";
    /** 100 founders, 30 days: a few ms a replicate. */
    static final List<String> TINY = List.of("--set", "initial.members=100", "--days", "30", "--quiet");

    static CliRunner sensitivity(List<String> args) {
        List<String> all = new ArrayList<>(List.of("sensitivity", BASELINE));
        all.addAll(TINY);
        all.addAll(args);
        return CliRunner.run(all.toArray(String[]::new));
    }

    record Case(List<String> args, String mentions) {
        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    static Stream<Case> badInput() {
        List<String> ok = List.of("--vary", "activation.base=-4.5:-3.5");
        return Stream.of(
                new Case(with(ok, "--method", "fast"), "--method fast"),
                new Case(with(ok, "--method", "morris", "--n", "1"), "--n 1"),
                new Case(with(ok, "--method", "sobol", "--n", "7"), "--n 7"),
                new Case(with(ok, "--method", "sobol", "--n", "400000"), "--n 400000"),
                new Case(with(ok, "--method", "sobol", "--metric", "happiness"), "--metric happiness"),
                new Case(List.of("--method", "sobol", "--vary", "activation.base=-3.5:-4.5"), "--vary"),
                new Case(List.of("--method", "sobol", "--vary", "activation.base=-4:-4"), "--vary"),
                new Case(List.of("--method", "morris", "--vary", "activation.base=low:high"), "--vary"),
                new Case(List.of("--method", "morris", "--vary", "activation.base=-4.5,-3.5"), "--vary"),
                new Case(List.of("--method", "morris", "--vary", "network.mixing=0:1"), "--vary"),
                new Case(List.of("--method", "morris", "--vary", "activation.bse=0:1"), "--vary"),
                new Case(with(ok, "--method", "sobol", "--threads", "0"), "--threads"),
                new Case(with(ok, "--method", "sobol", "--engine", "nowhere"), "--engine"));
    }

    private static List<String> with(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void exitsTwoNamingTheFlagAndWritesNothing(Case c, @TempDir Path tmp) throws IOException {
        List<String> args = new ArrayList<>(c.args());
        args.addAll(List.of("--out", tmp.resolve("out").toString()));
        CliRunner r = sensitivity(args);
        assertEquals(2, r.exitCode(), "exit code; stderr was: " + r.err());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "expected one line, got: " + r.err());
        assertTrue(lines.get(0).contains(c.mentions()), "message does not name '" + c.mentions() + "': " + lines.get(0));
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "stack trace: " + r.err());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "something was written");
        }
    }

    static final List<String> FILES = List.of("indices.csv", "design.csv", "runs.csv", "report.html", "index.html");

    @Test
    void theFolderIsTheSameBytesWhateverTheThreads(@TempDir Path tmp) throws IOException {
        for (String method : List.of("morris", "sobol")) {
            List<String> args = List.of("--vary", "activation.base=-4.5:-3.5", "--vary", "churn.base=0.02:0.08",
                    "--method", method, "--n", method.equals("morris") ? "4" : "8", "--reps", "2", "--seed", "9");
            Path one = tmp.resolve(method + "-1");
            Path two = tmp.resolve(method + "-2");
            assertEquals(0, sensitivity(with(args, "--threads", "1", "--out", one.toString())).exitCode());
            CliRunner r = sensitivity(with(args, "--threads", "2", "--out", two.toString()));
            assertEquals(0, r.exitCode(), r.err());
            for (String f : FILES) assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), method + " " + f);
            List<String> header = Files.readAllLines(one.resolve("indices.csv"));
            assertEquals(method.equals("morris")
                    ? "metric,parameter,method,mu_star,mu_star_ci_low,mu_star_ci_high,sigma,mu,noise_share"
                    : "metric,parameter,method,S1,S1_ci_low,S1_ci_high,ST,ST_ci_low,ST_ci_high,noise_share", header.get(0));
            // The five headline metrics by default, two knobs each.
            assertEquals(1 + 5 * 2, header.size());
            assertTrue(Files.exists(one.resolve("charts/" + method + "_members.png")));
            // Runs: N(k+1) for Morris, N(k+2) for Sobol, each with its replicates.
            long designRows = Files.readAllLines(one.resolve("design.csv")).size() - 1;
            assertEquals(method.equals("morris") ? 4 * 3 : 8 * 4, designRows);
            assertEquals(2 * designRows, Files.readAllLines(one.resolve("runs.csv")).size() - 1);
        }
    }
}
