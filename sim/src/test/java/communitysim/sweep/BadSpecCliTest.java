package communitysim.sweep;

import communitysim.cli.CliRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad {@code --vary} exits 2 with one line naming it, no stack trace, and writes nothing. */
class BadSpecCliTest {

    /** Arguments after {@code sweep SCENARIO}, and what the one-line message must contain. */
    record Case(List<String> args, String mentions) {
        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    static Stream<Case> badSpecs() {
        return Stream.of(
                new Case(List.of("--vary", "activation.bse=-5:-3:1"), "--vary activation.bse=-5:-3:1: unknown field 'bse'"),
                new Case(List.of("--vary", "nosuch.knob=1,2"), "--vary nosuch.knob=1,2:"),
                new Case(List.of("--vary", "activation..base=1,2"), "--vary activation..base=1,2:"),
                new Case(List.of("--vary", "activation.base=-3:-5:1"), "lo > hi"),
                new Case(List.of("--vary", "activation.base=-5:-3:0"), "step must be > 0"),
                new Case(List.of("--vary", "activation.base=-5:-3:-1"), "step must be > 0"),
                new Case(List.of("--sample", "lhs", "--n", "4", "--vary", "activation.base=-5:-5"), "the range is empty"),
                new Case(List.of("--vary", "activation.base="), "needs values"),
                new Case(List.of("--vary", "activation.base=1,,2"), "empty value"),
                new Case(List.of("--vary", "activation.base"), "expected PATH=SPEC"),
                new Case(List.of("--vary", "network.mixing=0:1:1"), "not a number"),
                new Case(List.of("--vary", "network.linkReferrer=0:1:1"), "not a number"),
                new Case(List.of("--vary", "network.mixing=graph,complet"), "must be one of graph, complete"),
                new Case(List.of("--vary", "activation.base=abc,1"), "must be a number"),
                new Case(List.of("--vary", "network.linkReferrer=true,3"), "must be true or false"),
                new Case(List.of("--vary", "network.edgesPerJoin=2.5,3"), "must be an integer"),
                new Case(List.of("--vary", "network.edgesPerJoin=1:4:0.5"), "whole numbers"),
                new Case(List.of("--vary", "activation.base=1000,1"), "must be <= 100"),
                new Case(List.of("--vary", "activation.base=0:200:50"), "must be <= 100"),
                new Case(List.of("--sample", "lhs", "--n", "5", "--vary", "churn.base=-1:1"), "must be >= 0"),
                new Case(List.of("--vary", "activation.base=1,1.0"), "twice"),
                new Case(List.of("--vary", "activation.base=0:1:1e-9"), "more than"),
                new Case(List.of("--vary", "activation=1,2"), "mapping"),
                new Case(List.of("--vary", "seed=1,2"), "cannot be varied"),
                new Case(List.of("--vary", "activation.base=1,2", "--vary", "activation.base=3"), "varied twice"),
                new Case(List.of("--sample", "lhs", "--vary", "activation.base=-5:-3"), "needs --n"),
                new Case(List.of("--sample", "lhs", "--n", "4", "--vary", "activation.base=-5,-3"), "takes lo:hi"),
                new Case(List.of("--sample", "lhs", "--n", "4", "--vary", "activation.base=-5:-3:1"), "no step"),
                new Case(List.of("--vary", "activation.base=-5:-3"), "lo:hi is for --sample lhs"),
                new Case(List.of("--n", "4", "--vary", "activation.base=-5,-3"), "--n is for --sample lhs"),
                new Case(List.of("--vary", "initial.members=10,20", "--vary", "pool.size=15,100"), "run 2"),
                new Case(List.of("--threads", "0", "--vary", "activation.base=-5,-3"), "--threads"),
                new Case(List.of("--resume", "--vary", "activation.base=-5,-3"), "--resume needs --out"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void exitsTwoWithOneClearLineAndWritesNothing(Case c, @TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(c.args());
        if (!args.contains("--resume")) args.addAll(List.of("--out", out.toString()));
        CliRunner r = Cli.sweep(args.toArray(String[]::new));
        assertEquals(2, r.exitCode(), "exit code; stderr was: " + r.err());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "expected one line, got: " + r.err());
        assertTrue(lines.get(0).contains(c.mentions()), "message does not say '" + c.mentions() + "': " + lines.get(0));
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "stack trace: " + r.err());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "something was written");
        }
    }
}
