package communitysim.calibrate;

import communitysim.model.Streams;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The sampler on a model whose posterior is known: k successes in n Bernoulli(p) trials under a
 * uniform prior give a Beta(1 + k, 1 + n - k) posterior. Once the tolerance reaches 0 the sampler
 * accepts exact matches only, so its weighted particles must match that posterior's mean and sd
 * within Monte Carlo error.
 */
class AbcSmcTest {
    private static final int N = 40, K = 13;

    private static double[][] binomial(List<double[]> thetas, long[] seeds) {
        double[][] out = new double[thetas.size()][];
        for (int i = 0; i < out.length; i++) {
            MersenneTwisterFast rng = new MersenneTwisterFast(seeds[i]);
            int k = 0;
            for (int t = 0; t < N; t++) if (rng.nextDouble() < thetas.get(i)[0]) k++;
            out[i] = new double[] {k};
        }
        return out;
    }

    @Test
    void matchesTheBetaPosteriorOfABinomialRate() throws Exception {
        AbcSmc.Settings s = new AbcSmc.Settings(1000, 200_000, 20, 0.001, 0.3, 0.0, 7);
        AbcSmc abc = new AbcSmc(List.of(new Parameter("p", 0, 1, false)), new double[] {K}, s, AbcSmcTest::binomial);
        List<AbcSmc.Population> pops = abc.run((p, e, left) -> { });
        AbcSmc.Population last = pops.get(pops.size() - 1);
        assertEquals(0, last.tolerance(), "the schedule reaches exact matching on a discrete summary");
        double mean = 0, sq = 0;
        for (int i = 0; i < last.size(); i++) {
            mean += last.weights()[i] * last.theta()[i][0];
            sq += last.weights()[i] * last.theta()[i][0] * last.theta()[i][0];
        }
        double sd = Math.sqrt(sq - mean * mean);
        double a = 1 + K, b = 1 + N - K;
        double trueMean = a / (a + b);
        double trueSd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        double ess = last.effectiveSize();
        assertTrue(ess > 300, "effective sample size " + ess);
        // Monte Carlo error of a weighted mean is sd / sqrt(ESS); of an sd, about sd / sqrt(2 ESS)
        assertEquals(trueMean, mean, 4 * trueSd / Math.sqrt(ess), "posterior mean");
        assertEquals(trueSd, sd, 4 * trueSd / Math.sqrt(2 * ess), "posterior sd");
    }

    @Test
    void sameSeedSameParticlesAndTheBudgetIsKept() throws Exception {
        AbcSmc.Settings s = new AbcSmc.Settings(200, 1500, 20, 0.001, 0.5, 0.0, 3);
        List<Parameter> p = List.of(new Parameter("p", 0.01, 1, true));
        AbcSmc a = new AbcSmc(p, new double[] {K}, s, AbcSmcTest::binomial);
        AbcSmc b = new AbcSmc(p, new double[] {K}, s, AbcSmcTest::binomial);
        List<AbcSmc.Population> pa = a.run((x, e, l) -> { });
        List<AbcSmc.Population> pb = b.run((x, e, l) -> { });
        assertTrue(a.evaluated() <= 1500, "evaluated " + a.evaluated());
        assertTrue(pa.size() >= 2);
        assertArrayEquals(pa.get(pa.size() - 1).theta()[7], pb.get(pb.size() - 1).theta()[7]);
        assertArrayEquals(pa.get(pa.size() - 1).weights(), pb.get(pb.size() - 1).weights());
        for (double[] t : pa.get(pa.size() - 1).theta()) assertTrue(t[0] >= 0.01 && t[0] <= 1);
    }

    /**
     * Proposals far out in the previous population's kernel (densities of e^-800 and e^-840, which a
     * double holds as 0): the weights, prior / mixture, are e^800 and e^840.5 relative, so the second
     * takes almost all. Taken as 1 / density they were 1 / 0, and the population fell back to equal
     * weights (or, with a density just above 0, to NaN and an unfactorable covariance: a ten-knob
     * calibration of a real history stopped so).
     */
    @Test
    void importanceWeightsAreTakenInLogs() {
        double[][] inv = {{1}};
        double[] w = AbcSmc.importanceWeights(new double[][] {{40}, {41}}, new double[][] {{0}}, new double[] {1}, inv, 0);
        assertEquals(1, w[1], 1e-12);
        assertEquals(Math.exp(-40.5), w[0], 1e-20);
        double[] tiny = AbcSmc.importanceWeights(new double[][] {{37.6}, {1}}, new double[][] {{0}}, new double[] {1}, inv, 0);
        for (double v : tiny) assertTrue(Double.isFinite(v), "a density near the smallest double gives a finite weight");
        assertEquals(1, tiny[0] + tiny[1], 1e-12);
    }

    @Test
    void weightedQuantileReadsCumulativeWeight() {
        assertEquals(2, AbcSmc.weightedQuantile(new double[] {3, 1, 2}, new double[] {1, 1, 1}, 0.5));
        assertEquals(3, AbcSmc.weightedQuantile(new double[] {3, 1, 2}, new double[] {5, 1, 1}, 0.5));
        assertNotEquals(0, Streams.mix(1));
    }
}
