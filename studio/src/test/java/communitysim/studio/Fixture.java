package communitysim.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scenario folder and a results root in a temporary folder, with a studio serving them. */
final class Fixture implements AutoCloseable {
    /** A community of a few thousand over a year: seconds to run, enough to see a band form and a network grow. */
    static final String DEMO = """
            name: studio-demo
            description: A small community for the studio's tests and screenshots.
            days: 365
            replicates: 4
            seed: 7
            pool:
              size: 20000
            initial:
              members: 120
            recruitment:
              external:
                rate: 0.001
              referral:
                rate: 0.05
            network:
              mixing: graph
              edgesPerJoin: 4
            leaders:
              seedCount: 6
            groups:
              enabled: true
            """;

    /** Tiny: a fraction of a second. */
    static final String TINY = """
            name: tiny
            days: 30
            replicates: 3
            seed: 3
            pool:
              size: 3000
            initial:
              members: 60
            """;

    final Path dir;
    final Path scenarios;
    final Path results;
    final StudioServer server;

    Fixture() throws Exception {
        dir = Files.createTempDirectory("studio-test");
        scenarios = Files.createDirectories(dir.resolve("scenarios"));
        results = dir.resolve("results");
        Files.writeString(scenarios.resolve("studio-demo.yaml"), DEMO);
        Files.writeString(scenarios.resolve("tiny.yaml"), TINY);
        Files.writeString(scenarios.resolve("tiny-more-churn.yaml"), TINY.replace("name: tiny", "name: tiny-more-churn") + "churn:\n  base: 0.02\n");
        server = StudioServer.start(new StudioConfig("127.0.0.1", 0, results, scenarios));
    }

    String url(String path) {
        return server.url() + path.replaceFirst("^/", "");
    }

    @Override
    public void close() throws IOException {
        server.stop();
    }
}
