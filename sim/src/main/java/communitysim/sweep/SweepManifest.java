package communitysim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.output.BuildInfo;
import communitysim.output.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a sweep. Its {@code scenario} (resolved, every default filled) and
 * {@code sweep} objects are the sweep's identity: a resume must match them exactly. It also holds the
 * seed rule (every task's seed is in {@code runs.csv}), the design's size, and one entry per session
 * (start, threads, build), since an interrupted sweep may be finished by another process.
 */
final class SweepManifest {
    static final String FILE = "manifest.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> IDENTITY_NAMES = Map.of("vary", "--vary", "sample", "--sample or --method",
            "n", "--n", "replicates", "--reps", "baseSeed", "--seed", "daily", "--daily");

    private SweepManifest() {}

    static ObjectNode create(SweepPlan plan, Instant start, int threads) {
        ObjectNode root = BuildInfo.provenance();
        root.put("scenarioSource", plan.base().source());
        root.set("scenario", plan.base().resolved().deepCopy());
        root.set("sweep", identity(plan));
        ObjectNode design = root.putObject("design");
        design.put("runs", plan.runs());
        design.put("tasks", plan.tasks());
        design.put("file", "design.csv");
        design.put("order", switch (plan.sampler()) {
            case GRID -> "cartesian product, first --vary outermost, last fastest";
            case LHS -> "Latin hypercube, run order as sampled";
            case MORRIS, SOBOL -> "as the sensitivity design lists them (see \"sensitivity\")";
        });
        if (plan.sampler() == Sampler.LHS) {
            design.put("stream", "dimension d draws from MersenneTwisterFast(Streams.derive(baseSeed, d, 0, 0x1a5))");
            design.put("mainEffectBins", LhsDesign.bins(plan.n()));
            ArrayNode rounded = design.putArray("roundedToIntegers");
            plan.rounded().forEach(rounded::add);
        }
        ObjectNode seeds = root.putObject("seeds");
        seeds.put("rule", Seeds.RULE);
        seeds.put("table", "runs.csv: run, replicate, seed");
        root.putArray("sessions");
        addSession(root, start, threads);
        root.put("start", start.toString());
        return root;
    }

    private static ObjectNode identity(SweepPlan plan) {
        ObjectNode sweep = Json.object();
        ArrayNode vary = sweep.putArray("vary");
        plan.varied().forEach(vary::add);
        sweep.put("sample", plan.sampler().label());
        if (plan.n() == null) sweep.putNull("n");
        else sweep.put("n", plan.n());
        sweep.put("replicates", plan.replicates());
        sweep.put("baseSeed", plan.baseSeed());
        sweep.put("daily", plan.daily());
        return sweep;
    }

    static void addSession(ObjectNode manifest, Instant start, int threads) {
        ObjectNode session = ((ArrayNode) manifest.get("sessions")).addObject();
        session.put("start", start.toString());
        session.put("threads", threads);
        session.put("version", BuildInfo.version());
        session.put("gitCommit", BuildInfo.gitCommit());
    }

    static void complete(ObjectNode manifest, Instant end) {
        Instant start = Instant.parse(manifest.get("start").asText());
        manifest.put("end", end.toString());
        // From the first start: an interrupted sweep's idle time is included.
        Json.putNumber(manifest, "wallSeconds", Duration.between(start, end).toMillis() / 1000.0);
    }

    static ObjectNode read(Path folder) throws IOException {
        return (ObjectNode) MAPPER.readTree(folder.resolve(FILE).toFile());
    }

    static void write(Path folder, ObjectNode manifest) throws IOException {
        Path temp = folder.resolve(FILE + ".tmp");
        Json.write(temp, manifest);
        Files.move(temp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The scenario without seed and replicates, which the sweep object compares as --seed and --reps. */
    private static JsonNode withoutSweepKnobs(JsonNode scenario) {
        if (!(scenario instanceof ObjectNode o)) return scenario;
        ObjectNode copy = o.deepCopy();
        copy.remove(List.of("seed", "replicates"));
        return copy;
    }

    /** What differs between the folder's sweep and this plan, as the options a user would change; empty if none. */
    static List<String> differences(ObjectNode recorded, SweepPlan plan) throws IOException {
        // Round-trip the plan's side so both trees hold what the JSON text holds (number node types included).
        ObjectNode fresh = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(create(plan, Instant.EPOCH, 1)));
        List<String> differ = new ArrayList<>();
        if (!withoutSweepKnobs(fresh.get("scenario")).equals(withoutSweepKnobs(recorded.get("scenario")))) {
            differ.add("scenario (its file, --set or --days)");
        }
        JsonNode was = recorded.path("sweep");
        fresh.get("sweep").fieldNames().forEachRemaining(field -> {
            if (!fresh.get("sweep").get(field).equals(was.get(field))) differ.add(IDENTITY_NAMES.get(field));
        });
        return differ;
    }
}
