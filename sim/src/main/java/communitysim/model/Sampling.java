package communitysim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Gamma;

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
                // the gap to the next success, kept in double: for a tiny p it can exceed any long,
                // and a cast would saturate and the sum wrap round to a negative position
                double gap = Math.floor(Math.log(1 - random.nextDouble()) / logQ) + 1;
                if (gap > n - position) return successes;
                position += (long) gap;
                successes++;
            }
        }
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("binomial n too large: " + n);
        return new BinomialDistribution(new MasonRandomGenerator(random), (int) n, p).sample();
    }

    /**
     * Poisson(mean): Knuth's product method for a small mean, Hörmann's transformed rejection
     * (PTRS) otherwise. PTRS takes a bounded expected number of draws and log-gamma evaluations
     * whatever the mean; commons-math's sampler sums {@code log i} up to the candidate for each
     * trial, so a mean of millions (a {@code perDay} inflow, complete-mixing contacts) cost
     * millions of logarithms per draw.
     */
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
        // W. Hörmann, "The transformed rejection method for generating Poisson random variables",
        // Insurance: Mathematics and Economics 12 (1993), the constants of its algorithm PTRS
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * Math.sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double logAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.log(v) + logAlpha - Math.log(a / (us * us) + b) <= -mean + k * logMean - Gamma.logGamma(k + 1.0)) return k;
        }
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
