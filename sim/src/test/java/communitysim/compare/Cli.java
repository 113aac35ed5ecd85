package communitysim.compare;

import communitysim.cli.CliRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The compare tests' way into the CLI ({@link CliRunner}), and small scenario files for it. */
final class Cli {
    private Cli() {}

    static CliRunner run(String... args) {
        return CliRunner.run(args);
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
