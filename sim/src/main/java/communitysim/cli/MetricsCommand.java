package communitysim.cli;

import communitysim.output.MetricTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Print the table of every daily metric (column, label, unit, kind, valence, chart, headline, how it is computed), or rewrite it inside a Markdown file.")
final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--write", paramLabel = "FILE", description = "Rewrite the section between <!-- metrics:start --> and <!-- metrics:end --> of FILE.")
    Path write;

    @Option(names = "--csv", description = "Print the table as a results folder's metrics.csv instead.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        if (csv) {
            spec.commandLine().getOut().print(MetricTable.csv());
            spec.commandLine().getOut().flush();
        } else if (write == null) {
            spec.commandLine().getOut().print(MetricTable.markdown());
            spec.commandLine().getOut().flush();
        } else {
            try {
                MetricTable.writeMarkdown(write);
            } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
                spec.commandLine().getErr().println("metrics --write " + write + ": " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        return Main.OK;
    }
}
