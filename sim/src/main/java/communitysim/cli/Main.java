package communitysim.cli;

import communitysim.output.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code communitysim} command line. Exit codes: 0 success, 2 bad input or usage, 1 internal
 * error.
 */
@Command(name = "communitysim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based community growth simulator.",
        subcommands = {RunCommand.class, ValidateCommand.class, BenchCommand.class, KnobsCommand.class, MetricsCommand.class, GuiCommand.class, CompareCommand.class, SweepCommand.class, SensitivityCommand.class,
                CalibrateCommand.class, ForecastCommand.class, BacktestCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (for tests and embedding). */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("communitysim: internal error: " + ex);
            if (Boolean.getBoolean("communitysim.debug")) ex.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, validate, sweep, sensitivity, compare, calibrate, forecast, backtest, bench, knobs, gui)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"communitysim " + BuildInfo.version()};
        }
    }
}
