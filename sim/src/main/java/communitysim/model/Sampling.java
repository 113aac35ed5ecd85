package communitysim.model;

import ec.util.MersenneTwisterFast;
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
     * A reusable Beta sampler over {@code random}: {@code X / (X + Y)} for independent
     * {@code X ~ Gamma(alpha)} and {@code Y ~ Gamma(beta)} ({@link #gamma}). Every candidate who
     * faces admission draws two Beta numbers, and commons-math's sampler (Cheng's algorithms,
     * through an adapter) cost several hundred nanoseconds a draw.
     */
    public static java.util.function.DoubleSupplier beta(double alpha, double beta, MersenneTwisterFast random) {
        GammaShape x = new GammaShape(alpha), y = new GammaShape(beta);
        if (alpha >= 1 && beta >= 1) {
            return () -> {
                double gx = gamma(x, random);
                return gx / (gx + gamma(y, random));
            };
        }
        // in logs: draws for shapes far below 1 underflow a double, and their ratio must not be 0 / 0
        return () -> {
            double lx = logGamma(x, random);
            return 1 / (1 + Math.exp(logGamma(y, random) - lx));
        };
    }

    /** Marsaglia and Tsang's constants for one shape (a shape below 1 is drawn through shape + 1). */
    private static final class GammaShape {
        final double shape, d, c;

        GammaShape(double shape) {
            this.shape = shape;
            d = (shape < 1 ? shape + 1 : shape) - 1.0 / 3;
            c = 1 / Math.sqrt(9 * d);
        }
    }

    /**
     * A Gamma(shape, 1) draw for a shape of at least 1, by Marsaglia and Tsang's method ("A simple
     * method for generating gamma variables", 2000): a cubed shifted normal, kept by a squeeze
     * that decides about 98% of draws without a logarithm, else by the exact test.
     */
    private static double gamma(GammaShape g, MersenneTwisterFast random) {
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + g.c * z;
            if (v <= 0) continue;
            v = v * v * v;
            double u = random.nextDouble();
            double z2 = z * z;
            if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + g.d * (1 - v + Math.log(v))) return g.d * v;
        }
    }

    /** The logarithm of a Gamma(shape, 1) draw for any shape: below 1, Gamma(shape + 1) times {@code U^(1/shape)}. */
    private static double logGamma(GammaShape g, MersenneTwisterFast random) {
        double log = Math.log(gamma(g, random));
        return g.shape < 1 ? log + Math.log(1 - random.nextDouble()) / g.shape : log;
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
