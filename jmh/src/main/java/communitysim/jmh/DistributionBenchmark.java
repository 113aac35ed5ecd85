package communitysim.jmh;

import communitysim.metrics.BalanceDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The daily inequality metrics: sorting the members' balances (wide range: the radix sort) and
 * content counts (below 2^16: the counting sort), then Gini and the top shares.
 *
 * <pre>java -jar jmh/target/benchmarks.jar DistributionBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DistributionBenchmark {
    @Param({"100000"})
    public int members;

    private long[] balances;
    private int[] content;
    private int[] ids;
    private final BalanceDistribution distribution = new BalanceDistribution();

    @Setup
    public void fill() {
        SplittableRandom random = new SplittableRandom(7);
        balances = new long[2 * members];
        content = new int[2 * members];
        ids = new int[members];
        for (int i = 0; i < members; i++) {
            ids[i] = 2 * i; // about half of all ids are still members, in ascending order
            balances[2 * i] = (long) Math.exp(8 + 3 * random.nextGaussian()) * 1_000_000L; // base units
            content[2 * i] = random.nextInt(10) == 0 ? random.nextInt(200) : 0;
        }
    }

    @Benchmark
    public double balancesGini() {
        return distribution.compute(balances, ids, members).gini();
    }

    @Benchmark
    public double contentTopShare() {
        distribution.begin();
        for (int i = 0; i < members; i++) distribution.add(content[ids[i]]);
        return distribution.end().topShare(0.01);
    }
}
