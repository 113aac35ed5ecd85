package communitysim.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java API example of docs/sweeps.md compiles and runs: it is the code between the markers below. */
class ApiExampleTest {
    private static final Path DOC = Path.of("..", "docs", "sweeps.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "communitysim", "sweep", "ApiExampleTest.java");

    @Test
    void theDocumentedExampleRuns(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("baseline-activation");
        // docs:start
        SweepOutcome done = Sweep.of(Path.of("../scenarios/baseline.yaml"))
                .set("initial.members=100")          // --set, as for `run`
                .days(30)
                .vary("activation.base=-4.5:-3.5:0.5")
                .vary("network.mixing=graph,complete")
                .replicates(2)
                .seed(7)
                .run(out);                           // throws if out exists (add .resume(true) to continue one)
        System.out.println(done.runs() + " runs x " + done.replicates() + " replicates in " + done.runsCsv());
        // docs:end
        assertEquals(6, done.runs());
        assertEquals(1 + 12, Files.readAllLines(done.runsCsv()).size());
        assertTrue(Files.exists(done.mainEffectsCsv()));
    }

    @Test
    void theDocumentShowsExactlyThisCode() throws IOException {
        String source = Files.readString(SOURCE);
        String snippet = source.substring(source.indexOf("// docs:start\n") + "// docs:start\n".length(),
                source.indexOf("        // docs:end"));
        String asDocumented = snippet.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .map(l -> l.replace("\"../scenarios/", "\"scenarios/")).reduce("", (a, l) -> a + l + "\n");
        assertTrue(Files.readString(DOC).contains(asDocumented), "docs/sweeps.md no longer shows:\n" + asDocumented);
    }
}
