package communitysim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sample means and variances against the distributions' own moments. With K draws the sample mean
 * has standard error sqrt(var/K), so 5 standard errors is a bound a correct sampler fails about
 * once in 1.7 million runs; the sample variance is checked to 10% with K large enough that its own
 * relative standard error (about sqrt(2/K)) is under 1%.
 */
class SamplingTest {
    private static final int K = 40_000;

    /**
     * A probability so small that the waiting time to the first success overflows a long: the sampler
     * once wrapped round and returned a count far above n (1,526 joins from a pool of 10).
     */
    @ParameterizedTest
    @CsvSource({"9, 8.8e-23", "10, 1e-300", "1000000, 1e-25", "3, 4.9e-324"})
    void aVanishingProbabilityGivesNoSuccesses(long n, double p) {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        for (int i = 0; i < K; i++) assertEquals(0, Sampling.binomial(n, p, random), "n " + n + ", p " + p);
    }

    @ParameterizedTest
    @CsvSource({"10, 0.3", "1000, 0.001", "1000, 0.02", "100000, 0.0004", "5000, 0.5", "200, 0.9", "2000000, 0.3"})
    void binomialMoments(long n, double p) {
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        double sum = 0, sumSq = 0;
        for (int i = 0; i < K; i++) {
            long x = Sampling.binomial(n, p, random);
            assertTrue(x >= 0 && x <= n);
            sum += x;
            sumSq += (double) x * x;
        }
        double mean = sum / K;
        double var = sumSq / K - mean * mean;
        double expectedVar = n * p * (1 - p);
        assertEquals(n * p, mean, 5 * Math.sqrt(expectedVar / K));
        assertEquals(expectedVar, var, 0.1 * expectedVar);
    }

    @ParameterizedTest
    @CsvSource({"0.5", "3", "29", "31", "400", "12345.6", "10000000"})
    void poissonMoments(double lambda) {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        double[] sums = new double[2];
        // the draws' cost must not grow with the mean: the schema allows means of millions
        // (40,000 draws at 1e7 took hours when each trial summed log i up to its candidate)
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < K; i++) {
                long x = Sampling.poisson(lambda, random);
                sums[0] += x;
                sums[1] += (double) x * x;
            }
        });
        double sum = sums[0], sumSq = sums[1];
        double mean = sum / K;
        double var = sumSq / K - mean * mean;
        assertEquals(lambda, mean, 5 * Math.sqrt(lambda / K));
        assertEquals(lambda, var, 0.1 * lambda);
    }

    @ParameterizedTest
    @CsvSource({"0.4, 10", "0.6, 2", "0.1, 50"})
    void betaByMeanHasThatMean(double mean, double concentration) {
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        double a = mean * concentration, b = (1 - mean) * concentration;
        double var = a * b / ((a + b) * (a + b) * (a + b + 1));
        double sum = 0;
        for (int i = 0; i < K; i++) {
            double x = Sampling.betaMean(mean, concentration, random);
            assertTrue(x >= 0 && x <= 1);
            sum += x;
        }
        assertEquals(mean, sum / K, 5 * Math.sqrt(var / K));
    }

    /**
     * Beta draws follow the Beta distribution, shapes below and above 1 alike: a Kolmogorov-Smirnov
     * test of 20,000 draws against commons-math's CDF (fixed seed; p > 0.001 for a correct sampler
     * in all but one seed in a thousand).
     */
    @ParameterizedTest
    @CsvSource({"5, 5", "0.5, 9.5", "2, 0.3", "0.05, 0.2", "200, 800", "1, 1"})
    void betaDrawsFollowTheBetaDistribution(double alpha, double beta) {
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        java.util.function.DoubleSupplier sampler = Sampling.beta(alpha, beta, random);
        double[] draws = new double[20_000];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = sampler.getAsDouble();
            assertTrue(draws[i] >= 0 && draws[i] <= 1, "draw " + draws[i]);
        }
        double p = new org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest()
                .kolmogorovSmirnovTest(new org.apache.commons.math3.distribution.BetaDistribution(alpha, beta), draws);
        assertTrue(p > 0.001, "KS p = " + p);
    }
}
