package communitysim.cli;

import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them; print every problem with file, line and field.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files.")
    List<Path> files;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a knob before checking (repeatable).")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = Main.OK;
        for (Path file : files) {
            try {
                ScenarioLoader.load(file, sets);
                out.println("ok: " + file);
            } catch (ScenarioException e) {
                status = ScenarioInput.report(e, err);
            }
        }
        out.flush();
        return status;
    }
}
