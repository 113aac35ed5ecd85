package communitysim.cli;

import communitysim.scenario.ScenarioException;

import java.io.PrintWriter;

/** How every command reports a broken scenario: each problem on its own line, no stack trace. */
final class ScenarioInput {
    private ScenarioInput() {}

    static int report(ScenarioException e, PrintWriter err) {
        e.problems().forEach(p -> err.println(p));
        err.flush();
        return Main.BAD_INPUT;
    }
}
