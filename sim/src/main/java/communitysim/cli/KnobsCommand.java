package communitysim.cli;

import communitysim.scenario.KnobReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "knobs", mixinStandardHelpOptions = true,
        description = "Print the reference of every scenario knob (from the schema), or rewrite it inside a Markdown file.")
final class KnobsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--write", paramLabel = "FILE", description = "Rewrite the section between <!-- knobs:start --> and <!-- knobs:end --> of FILE.")
    Path write;

    @Override
    public Integer call() throws Exception {
        if (write == null) {
            spec.commandLine().getOut().print(KnobReference.markdown());
            spec.commandLine().getOut().flush();
        } else {
            try {
                KnobReference.write(write);
            } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
                spec.commandLine().getErr().println("knobs --write " + write + ": " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        return Main.OK;
    }
}
