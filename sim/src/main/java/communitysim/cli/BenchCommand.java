package communitysim.cli;

import communitysim.metrics.DailyObserver;
import communitysim.model.CommunityModel;
import communitysim.model.Members;
import communitysim.scenario.Scenario;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The performance benchmark: the fixed scenario {@code communitysim/bench.yaml} (shipped in the jar)
 * at {@code --members} seed members for {@code --days}, one replicate, after a warm-up run in the
 * same JVM. Prints {@code name: value} lines.
 *
 * <p>One timed run on a virtual machine varies by a tenth or more from launch to launch (the JIT's
 * choices, neighbours on the host), so the run is timed {@code --runs} times and the median is
 * reported, with the slowest and fastest alongside; phase times are the median run's. The warm-up
 * is as long as a measured run by default: a short one left the JIT still compiling during the
 * first timed days.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Performance benchmark; prints member_days_per_second (the median of --runs timed runs), setup_seconds, step_seconds, peak_heap_mb, bytes_per_member, graph_bytes_per_member, edges_end, graph_bytes_per_edge.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--members", paramLabel = "N", defaultValue = "100000", description = "Members at the start (default: ${DEFAULT-VALUE}).")
    int members;

    @Option(names = "--days", paramLabel = "D", defaultValue = "365", description = "Days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--threads", paramLabel = "T", description = "Threads inside the replicate (default: all cores).")
    Integer threads;

    @Option(names = "--warmup-days", paramLabel = "D", description = "Days of the warm-up run (default: as many as --days).")
    Integer warmupDays;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3", description = "Timed runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a knob of the benchmark scenario (repeatable), to measure a variant.")
    List<String> sets = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (warmupDays == null) warmupDays = days;
        if (members < 1 || days < 1 || runs < 1 || warmupDays < 0) {
            err.println("bench: --members, --days and --runs must be >= 1, --warmup-days >= 0");
            return Main.BAD_INPUT;
        }
        java.util.Optional<String> badThreads = Threads.problem(threads);
        if (badThreads.isPresent()) {
            err.println(badThreads.get());
            return Main.BAD_INPUT;
        }
        int workers = Threads.resolve(threads);
        Scenario measured;
        Scenario warmup;
        try {
            Path file = benchScenario();
            measured = load(file, members, days, sets);
            warmup = warmupDays > 0 ? load(file, members, warmupDays, sets) : null;
        } catch (ScenarioException e) {
            return ScenarioInput.report(e, err);
        }
        if (warmup != null) runOnce(warmup, workers);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Measurement[] timed = new Measurement[runs];
        for (int r = 0; r < runs; r++) timed[r] = runOnce(measured, workers);
        Measurement[] bySpeed = timed.clone();
        java.util.Arrays.sort(bySpeed, java.util.Comparator.comparingDouble(Measurement::stepSeconds));
        Measurement m = bySpeed[(runs - 1) / 2];
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peakHeap += pool.getPeakUsage().getUsed();
        }
        out.printf("members_start: %d%n", members);
        out.printf("members_end: %d%n", m.membersEnd);
        out.printf("days: %d%n", days);
        out.printf("threads: %d%n", workers);
        out.printf("member_days: %d%n", m.memberDays);
        out.printf("runs: %d%n", runs);
        out.printf("member_days_per_second: %.0f%n", m.memberDays / m.stepSeconds);
        out.printf("member_days_per_second_slowest: %.0f%n", m.memberDays / bySpeed[runs - 1].stepSeconds);
        out.printf("member_days_per_second_fastest: %.0f%n", m.memberDays / bySpeed[0].stepSeconds);
        out.printf("setup_seconds: %.3f%n", m.setupSeconds);
        out.printf("step_seconds: %.3f%n", m.stepSeconds);
        out.printf("peak_heap_mb: %.1f%n", peakHeap / 1048576.0);
        out.printf("bytes_per_member: %.1f%n", m.memberBytes / (double) Math.max(1, m.membersEnd));
        out.printf("graph_bytes_per_member: %.1f%n", m.graphBytes / (double) Math.max(1, m.membersEnd));
        out.printf("edges_end: %d%n", m.edgesEnd);
        out.printf("graph_bytes_per_edge: %.1f%n", m.graphBytes / (double) Math.max(1, m.edgesEnd));
        m.phaseSeconds.forEach((phase, seconds) -> out.printf("phase_%s_seconds: %.3f%n", phase, seconds));
        out.flush();
        return Main.OK;
    }

    private record Measurement(double setupSeconds, double stepSeconds, long memberDays, int membersEnd, long edgesEnd,
                               long memberBytes, long graphBytes, java.util.Map<String, Double> phaseSeconds) {}

    private static Measurement runOnce(Scenario scenario, int workers) {
        long t0 = System.nanoTime();
        CommunityModel model = new CommunityModel(scenario, scenario.seed(), workers);
        model.start();
        DailyObserver observer = new DailyObserver(model);
        model.addObserver(observer);
        long t1 = System.nanoTime();
        try {
            model.runToEnd();
        } finally {
            model.finish();
        }
        long t2 = System.nanoTime();
        Members members = model.members;
        return new Measurement((t1 - t0) / 1e9, (t2 - t1) / 1e9, observer.memberDays(), members.aliveCount(), model.liveEdges(),
                members.allocatedBytes(), model.graph.allocatedBytes(), model.phaseSeconds());
    }

    private static Scenario load(Path file, int members, int days, List<String> sets) throws ScenarioException {
        List<String> all = new java.util.ArrayList<>(List.of("initial.members=" + members, "pool.size=" + (4L * members), "days=" + days));
        all.addAll(sets);
        return ScenarioLoader.load(file, all).scenario();
    }

    private static Path benchScenario() throws IOException {
        Path file = Files.createTempFile("communitysim-bench", ".yaml");
        file.toFile().deleteOnExit();
        try (InputStream in = BenchCommand.class.getResourceAsStream("/communitysim/bench.yaml")) {
            if (in == null) throw new IOException("bench.yaml is missing from the jar");
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
