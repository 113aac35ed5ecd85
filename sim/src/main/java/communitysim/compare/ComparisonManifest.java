package communitysim.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.metrics.ReplicateResult;
import communitysim.output.BuildInfo;
import communitysim.output.Json;
import communitysim.run.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** {@code manifest.json} of a comparison: what ran with which seeds on which build, and how it was tested. */
final class ComparisonManifest {

    static final String FILE = "manifest.json";

    private ComparisonManifest() {}

    static void write(Comparison comparison, ComparisonTable table, Path dir) throws IOException {
        Json.write(dir.resolve(FILE), build(comparison, table));
    }

    static ObjectNode build(Comparison comparison, ComparisonTable table) {
        ObjectNode root = BuildInfo.provenance();
        root.put("command", "compare");
        root.put("start", comparison.start().toString());
        root.put("end", comparison.end().toString());
        Json.putNumber(root, "wallSeconds", comparison.wallSeconds());

        ComparisonPlan plan = comparison.plan();
        ObjectNode design = root.putObject("design");
        design.put("days", plan.days());
        design.put("replicates", plan.replicates());
        design.put("baseSeed", plan.baseSeed());
        ArrayNode seeds = design.putArray("seeds");
        comparison.runs().get(0).result().replicates().forEach(r -> seeds.add(r.seed()));
        design.put("pairing", Methods.PAIRING);

        ArrayNode scenarios = root.putArray("scenarios");
        for (PolicyRun run : comparison.runs()) {
            RunResult r = run.result();
            ObjectNode s = scenarios.addObject();
            s.put("label", run.label());
            s.put("source", r.scenarioSource());
            s.put("start", r.start().toString());
            s.put("end", r.end().toString());
            Json.putNumber(s, "wallSeconds", r.wallSeconds());
            s.put("memberDays", r.memberDays());
            ArrayNode reps = s.putArray("replicateSeeds");
            r.replicates().stream().mapToLong(ReplicateResult::seed).forEach(reps::add);
            s.set("scenario", r.resolvedScenario());
        }

        ObjectNode stats = root.putObject("statistics");
        stats.put("intervals", Methods.INTERVALS);
        stats.put("testRule", Methods.TEST_RULE);
        ObjectNode used = stats.putObject("testsUsed");
        testsUsed(table).forEach((kind, n) -> used.put(kind.key, n));
        stats.put("effectSize", Methods.EFFECT_SIZE);
        ObjectNode holm = stats.putObject("multipleComparisons");
        holm.put("method", "holm");
        holm.put("tests", table.holmFamily());
        Json.putNumber(holm, "alpha", Verdict.ALPHA);
        holm.put("description", Methods.HOLM);
        stats.put("verdict", Methods.VERDICT);
        stats.put("perMember", Methods.PER_MEMBER);
        return root;
    }

    static Map<TestKind, Integer> testsUsed(ComparisonTable table) {
        Map<TestKind, Integer> used = new EnumMap<>(TestKind.class);
        for (TestKind kind : TestKind.values()) used.put(kind, 0);
        table.rows().stream().filter(r -> !r.isReference()).forEach(r -> used.merge(r.paired().test(), 1, Integer::sum));
        return used;
    }
}
