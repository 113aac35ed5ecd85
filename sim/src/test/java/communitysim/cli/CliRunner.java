package communitysim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process, as a user types it, and keeps what it printed. */
public record CliRunner(int exitCode, String out, String err) {
    public static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRunner(code, out.toString(), err.toString());
    }
}
