package communitysim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.metrics.ReplicateResult;
import communitysim.run.RunResult;

import java.io.IOException;
import java.nio.file.Path;

/** {@code manifest.json}: what ran, with which seeds, on which build, and how fast. */
final class Manifest {

    static final String FILE = "manifest.json";

    private static final double NANOS_PER_SECOND = 1e9;

    private Manifest() {}

    static void write(RunResult result, Path dir) throws IOException {
        Json.write(dir.resolve(FILE), build(result));
    }

    static ObjectNode build(RunResult result) {
        ObjectNode root = BuildInfo.provenance();
        root.put("scenarioSource", result.scenarioSource());
        root.set("scenario", result.resolvedScenario());
        root.put("baseSeed", result.baseSeed());
        ArrayNode replicates = root.putArray("replicates");
        for (ReplicateResult r : result.replicates()) {
            ObjectNode rep = replicates.addObject();
            rep.put("replicate", r.replicate());
            rep.put("seed", r.seed());
            rep.put("memberDays", r.memberDays());
            Json.putNumber(rep, "wallSeconds", r.wallNanos() / NANOS_PER_SECOND);
        }
        root.put("threads", result.threads());
        root.put("start", result.start().toString());
        root.put("end", result.end().toString());
        double wallSeconds = result.wallSeconds();
        Json.putNumber(root, "wallSeconds", wallSeconds);
        root.put("memberDays", result.memberDays());
        // A run faster than the clock's millisecond has no meaningful rate: null rather than infinity.
        Json.putNumber(root, "memberDaysPerSecond", result.memberDays() / wallSeconds);
        return root;
    }
}
