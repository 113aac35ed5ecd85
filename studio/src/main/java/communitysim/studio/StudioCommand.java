package communitysim.studio;

import communitysim.cli.Main;
import communitysim.output.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code communitysim studio}: serves the studio until Ctrl-C. The launcher hands it every argument after
 * {@code studio}. Exit codes as the core's: 0 success, 2 bad input or usage, 1 internal error.
 */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = StudioCommand.Version.class,
        description = {"Serve the studio: a local web app to edit a scenario, run it and watch it, see its network, "
                + "browse results and compare scenarios.",
                "Prints `studio: http://HOST:PORT/` first; Ctrl-C stops the server and any run in progress."})
public final class StudioCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "P", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--results", paramLabel = "DIR", description = "Results root: runs write here, the results page browses it (default: ${DEFAULT-VALUE}).")
    Path results = Path.of("results");

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Scenario folder: opened from and saved to (default: ${DEFAULT-VALUE}).")
    Path scenarios = Path.of("scenarios");

    @Option(names = "--open", description = "Open the studio in the desktop's browser.")
    boolean open;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new StudioCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("communitysim studio: internal error: " + ex);
            return Main.INTERNAL_ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("--port " + port + ": must be between 0 and 65535");
            return Main.BAD_INPUT;
        }
        StudioServer server;
        try {
            server = StudioServer.start(new StudioConfig(host, port, results, scenarios));
        } catch (StudioConfig.Unusable e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (java.net.BindException e) {
            err.println("--host " + host + " --port " + port + ": cannot listen there (" + e.getMessage() + "); try another --port");
            return Main.BAD_INPUT;
        }
        out.println("studio: " + server.url());
        out.println("results: " + server.config().resultsRoot() + ", scenarios: " + server.config().scenarioRoot());
        out.println("Ctrl-C stops the studio and any run in progress.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "studio-shutdown"));
        if (open) browse(server.url(), err);
        stopped.await();
        return Main.OK;
    }

    private static void browse(String url, PrintWriter err) {
        try {
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(URI.create(url));
                return;
            }
            new ProcessBuilder("xdg-open", url).inheritIO().start();
        } catch (Exception | Error e) {
            err.println("--open: cannot open a browser here (" + e.getMessage() + "); open " + url + " yourself");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"communitysim studio " + BuildInfo.version()};
        }
    }
}
