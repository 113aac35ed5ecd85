package communitysim.sweep;

import communitysim.model.Streams;
import communitysim.output.Numbers;
import ec.util.MersenneTwisterFast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A Latin hypercube of {@code n} points: each dimension's interval is cut into {@code n} equal
 * strata and every stratum holds exactly one run, at a uniform position inside it. Dimension
 * {@code d} draws from its own stream seeded {@code Streams.derive(baseSeed, d, 0, 0x1a5)}, so a
 * design depends only on the base seed, {@code n} and the intervals.
 *
 * <p>For main effects the runs are grouped into {@link #bins} equal-count bins of their values
 * along each dimension (quantile bins).
 */
final class LhsDesign implements Design {
    static final long LHS_STREAM = 0x1a5;
    private static final int MAX_BINS = 10;
    private static final MathContext LABEL_DIGITS = new MathContext(4);

    private final List<Dimension> dimensions;
    private final int n;
    private final double[][] points;
    private final int[][] binOf;
    private final List<List<Level>> levels = new ArrayList<>();

    LhsDesign(List<Dimension> dimensions, int n, long baseSeed) {
        this.dimensions = List.copyOf(dimensions);
        this.n = n;
        this.points = new double[dimensions.size()][];
        this.binOf = new int[dimensions.size()][n];
        for (int d = 0; d < dimensions.size(); d++) {
            points[d] = sample(dimensions.get(d), n, new MersenneTwisterFast(Streams.derive(baseSeed, d, 0, LHS_STREAM)));
            levels.add(bin(points[d], binOf[d]));
        }
    }

    /** {@code min(10, floor(sqrt(n)))} bins, at least one: enough runs per bin for a usable interval. */
    static int bins(int n) {
        return Math.max(1, Math.min(MAX_BINS, (int) Math.sqrt(n)));
    }

    private static double[] sample(Dimension dim, int n, MersenneTwisterFast rng) {
        int[] stratum = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = stratum[i];
            stratum[i] = stratum[j];
            stratum[j] = t;
        }
        double[] x = new double[n];
        double width = dim.hi() - dim.lo();
        for (int i = 0; i < n; i++) {
            // min: lo + width * f with f < 1 can still round up past hi, which the schema may not allow.
            x[i] = dim.sampled(Math.min(dim.hi(), dim.lo() + width * (stratum[i] + rng.nextDouble()) / n)).number();
        }
        return x;
    }

    /** Fills {@code binOf} with each run's bin by rank (ties by run id) and describes the bins. */
    private static List<Level> bin(double[] x, int[] binOf) {
        int n = x.length;
        int k = bins(n);
        Integer[] byValue = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byValue, Comparator.<Integer>comparingDouble(r -> x[r]).thenComparingInt(r -> r));
        List<Level> levels = new ArrayList<>(k);
        for (int b = 0; b < k; b++) {
            int from = (int) ((long) b * n / k);
            int to = (int) ((long) (b + 1) * n / k);
            for (int rank = from; rank < to; rank++) binOf[byValue[rank]] = b;
            double low = x[byValue[from]];
            double high = x[byValue[to - 1]];
            levels.add(new Level(Integer.toString(b + 1), Numbers.format(low), Numbers.format(high),
                    shortNumber(low) + " to " + shortNumber(high)));
        }
        return levels;
    }

    private static String shortNumber(double v) {
        return new BigDecimal(v).round(LABEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    @Override
    public int runs() {
        return n;
    }

    @Override
    public List<Dimension> dimensions() {
        return dimensions;
    }

    @Override
    public Value value(int run, int dimension) {
        return Value.of(points[dimension][run]);
    }

    @Override
    public List<Level> levels(int dimension) {
        return levels.get(dimension);
    }

    @Override
    public int levelOf(int run, int dimension) {
        return binOf[dimension][run];
    }
}
