package communitysim.sweep;

import communitysim.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** The CLI run in-process, as a user types it, keeping what it printed. */
record Cli(int exitCode, String out, String err) {

    /** Maven runs the tests in the module directory, sim/. */
    static final String BASELINE = "../scenarios/baseline.yaml";

    /** The small sweep the tests share: 100 founders, 30 days. */
    static final List<String> TINY = List.of("--set", "initial.members=100", "--days", "30", "--quiet");

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** {@code sweep BASELINE <TINY> <args>}. */
    static Cli sweep(String... args) {
        List<String> all = new ArrayList<>(List.of("sweep", BASELINE));
        all.addAll(TINY);
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }
}
