package communitysim.jmh;

import communitysim.metrics.DailyObserver;
import communitysim.model.CommunityModel;
import communitysim.scenario.Scenario;
import communitysim.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One simulated day of the {@code bench} scenario (the walking skeleton's dynamics), observer
 * included: time per day, so member-days per second is the membership over it. Each iteration
 * starts a fresh community and runs 30 days untimed, then times day after day from there, so an
 * iteration covers about the first year, as {@code ./communitysim bench} does.
 *
 * <pre>java -jar jmh/target/benchmarks.jar DayBenchmark -p members=100000 -p threads=2</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class DayBenchmark {
    @Param({"100000"})
    public int members;

    @Param({"1", "2"})
    public int threads;

    private CommunityModel model;

    @Setup(Level.Iteration)
    public void startCommunity() throws Exception {
        model = community(members, threads);
        for (int day = 0; day < 30; day++) model.schedule.step(model);
    }

    @Benchmark
    public void oneDay() {
        model.schedule.step(model);
    }

    @TearDown(Level.Iteration)
    public void stop() {
        model.finish();
    }

    /** The bench scenario shipped in the simulator's jar, at {@code members} founders. */
    static CommunityModel community(int members, int threads) throws Exception {
        Scenario scenario = ScenarioLoader.load(benchScenario(), List.of(
                "initial.members=" + members, "pool.size=" + 4L * members, "days=36500")).scenario();
        CommunityModel model = new CommunityModel(scenario, scenario.seed(), threads);
        model.start();
        model.addObserver(new DailyObserver(model));
        return model;
    }

    private static Path benchScenario() throws IOException {
        Path file = Files.createTempFile("communitysim-jmh", ".yaml");
        file.toFile().deleteOnExit();
        try (InputStream in = DayBenchmark.class.getResourceAsStream("/communitysim/bench.yaml")) {
            if (in == null) throw new IOException("bench.yaml is missing from the simulator's jar");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
