package communitysim.sweep;

import communitysim.cli.CliRunner;

import java.util.ArrayList;
import java.util.List;

/** The sweep tests' way into the CLI ({@link CliRunner}) and the small sweep they share. */
final class Cli {
    private Cli() {}

    /** Maven runs the tests in the module directory, sim/. */
    static final String BASELINE = "../scenarios/baseline.yaml";

    /** The small sweep the tests share: 100 founders, 30 days. */
    static final List<String> TINY = List.of("--set", "initial.members=100", "--days", "30", "--quiet");

    static CliRunner run(String... args) {
        return CliRunner.run(args);
    }

    /** {@code sweep BASELINE <TINY> <args>}. */
    static CliRunner sweep(String... args) {
        List<String> all = new ArrayList<>(List.of("sweep", BASELINE));
        all.addAll(TINY);
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }
}
