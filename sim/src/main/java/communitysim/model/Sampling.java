package communitysim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;

/** Exact samplers for the counts the model draws, fast where counts are small. */
public final class Sampling {
    /** Below this mean, waiting-time methods beat commons-math's inversion. */
    private static final double SMALL_MEAN = 30;

    private Sampling() {}

    /** Binomial(n, p): geometric waiting times for a small mean, commons-math inversion otherwise. */
    public static long binomial(long n, double p, MersenneTwisterFast random) {
        if (n <= 0 || !(p > 0)) return 0;
        if (p >= 1) return n;
        if (p > 0.5) return n - binomial(n, 1 - p, random);
        if (n * p < SMALL_MEAN) {
            double logQ = Math.log1p(-p);
            long successes = 0;
            long position = 0;
            while (true) {
                position += (long) Math.floor(Math.log(1 - random.nextDouble()) / logQ) + 1;
                if (position > n) return successes;
                successes++;
            }
        }
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("binomial n too large: " + n);
        return new BinomialDistribution(new MasonRandomGenerator(random), (int) n, p).sample();
    }

    /** Poisson(mean): Knuth's product method for a small mean, commons-math otherwise. */
    public static long poisson(double mean, MersenneTwisterFast random) {
        if (!(mean > 0)) return 0;
        if (mean < SMALL_MEAN) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            long k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }
        return new PoissonDistribution(new MasonRandomGenerator(random), mean,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }

    /** A Beta draw with the given mean and concentration (alpha + beta); a mean of 0 or 1 is returned as is. */
    public static double betaMean(double mean, double concentration, MersenneTwisterFast random) {
        return betaByMean(mean, concentration, random).getAsDouble();
    }

    /**
     * A reusable Beta sampler over {@code random} (building commons-math's distribution once per
     * model rather than once per draw keeps joins cheap).
     */
    public static java.util.function.DoubleSupplier beta(double alpha, double beta, MersenneTwisterFast random) {
        BetaDistribution d = new BetaDistribution(new MasonRandomGenerator(random), alpha, beta);
        return d::sample;
    }

    /** As {@link #beta} with a mean and a concentration; a mean of 0 or 1 always gives that value. */
    public static java.util.function.DoubleSupplier betaByMean(double mean, double concentration, MersenneTwisterFast random) {
        if (mean <= 0 || mean >= 1) {
            double fixed = Math.min(1, Math.max(0, mean));
            return () -> fixed;
        }
        return beta(mean * concentration, (1 - mean) * concentration, random);
    }
}
