package communitysim.cli;

import communitysim.gui.CommunityModelWithUI;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the scenario in the MASON console (needs a display).")
final class GuiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenarioFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a knob (repeatable).")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        communitysim.scenario.LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(scenarioFile, sets);
        } catch (ScenarioException e) {
            return ScenarioInput.report(e, spec.commandLine().getErr());
        }
        if (GraphicsEnvironment.isHeadless()) {
            spec.commandLine().getErr().println("gui: no display (headless); use `run` here, or set DISPLAY");
            return Main.BAD_INPUT;
        }
        CommunityModelWithUI.open(loaded.scenario());
        // the console lives on the event thread and ends the JVM when it quits; returning here would exit at once
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }
}
