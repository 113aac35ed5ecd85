package communitysim.compare;

import communitysim.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CLI run in-process as a user types it, and small scenario files for it. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /**
     * A scenario small enough for tests (100 founders, 60 days) that differs from the others only in its
     * referral rate, the knob the comparisons are about.
     */
    static Path scenario(Path dir, String name, double referralRate, String description) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, """
                name: %s
                description: "%s"
                days: 60
                replicates: 10
                seed: 7
                initial:
                  members: 100
                recruitment:
                  referral:
                    rate: %s
                """.formatted(name, description, referralRate));
        return file;
    }
}
