package communitysim.calibrate;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The discrepancy on histories whose gap to the model is a known AR(1): it must recover the process
 * and give forecast bands that cover what the process does next as often as they say, neither more
 * nor less.
 */
class DiscrepancyTest {
    static final double PHI = 0.7, SD = 0.15, LEVEL = 40, NOISE = 0.1;
    static final int TRAIN = 120, HORIZON = 12, MEMBERS = 20;

    /**
     * observed = (1 + LEVEL) exp(d + noise) - 1: d an AR(1) of PHI and SD that the model does not
     * have, noise the period-to-period noise of sd {@code noise} that it does.
     */
    static double[] history(SplittableRandom random, double noise) {
        double[] observed = new double[TRAIN + HORIZON];
        double d = 0;
        for (int p = 0; p < observed.length; p++) {
            d = PHI * d + SD * gaussian(random);
            observed[p] = (1 + LEVEL) * Math.exp(d + noise * gaussian(random)) - 1;
        }
        return observed;
    }

    /** Members of a model that has the level and the noise right and the wandering d not at all. */
    static double[][] noisyModel(SplittableRandom random, double noise) {
        double[][] raw = new double[MEMBERS][TRAIN + HORIZON];
        for (double[] r : raw) for (int p = 0; p < r.length; p++) r[p] = (1 + LEVEL) * Math.exp(noise * gaussian(random)) - 1;
        return raw;
    }

    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static double[][] flatModel() {
        double[][] raw = new double[MEMBERS][TRAIN + HORIZON];
        for (double[] r : raw) java.util.Arrays.fill(r, LEVEL);
        return raw;
    }

    @Test
    void recoversTheProcessOfTheGap() {
        double[] all = history(new SplittableRandom(1), 0);
        double[] observed = all.clone();
        for (int p = TRAIN; p < observed.length; p++) observed[p] = Double.NaN;
        Discrepancy.Fit fit = Discrepancy.apply(flatModel(), observed, 1, TRAIN + HORIZON, TRAIN, 10, 5).fits().get(0);
        assertTrue(fit.fitted());
        // least squares on 119 pairs: phi's standard error is about sqrt((1 - phi^2) / n) = 0.07
        assertEquals(PHI, fit.phi(), 3 * 0.07);
        assertEquals(SD, fit.innovationSd(), 3 * SD / Math.sqrt(2 * TRAIN));
    }

    @Test
    void bandsCoverTheFutureAsOftenAsTheySayWithoutModelNoise() {
        coverage(0);
    }

    @Test
    void bandsCoverTheFutureAsOftenAsTheySayWhenTheModelHasTheNoise() {
        coverage(NOISE);
    }

    @Test
    void aModelThatWandersAsTheDataDoesKeepsItsOwnBands() {
        // the data is the model's noise and nothing else: nothing is left to add
        SplittableRandom random = new SplittableRandom(3);
        double[] observed = new double[TRAIN + HORIZON];
        for (int p = 0; p < observed.length; p++) observed[p] = p < TRAIN ? (1 + LEVEL) * Math.exp(NOISE * gaussian(random)) - 1 : Double.NaN;
        Discrepancy.Fit fit = Discrepancy.apply(noisyModel(random, NOISE), observed, 1, TRAIN + HORIZON, TRAIN, 5, 1).fits().get(0);
        assertTrue(fit.excessSd() < 0.35 * fit.innovationSd(), "excess " + fit.excessSd() + " of innovations " + fit.innovationSd());
    }

    static void coverage(double noise) {
        SplittableRandom random = new SplittableRandom(7);
        int histories = 300, inside50 = 0, inside80 = 0, n = 0;
        for (int h = 0; h < histories; h++) {
            double[] all = history(random, noise);
            double[] observed = all.clone();
            for (int p = TRAIN; p < observed.length; p++) observed[p] = Double.NaN;
            double[][] model = noise == 0 ? flatModel() : noisyModel(random, noise);
            double[][] ensemble = Discrepancy.apply(model, observed, 1, TRAIN + HORIZON, TRAIN, 50, h).ensemble();
            for (int p = TRAIN; p < TRAIN + HORIZON; p++) {
                double[] sample = new double[ensemble.length];
                for (int m = 0; m < sample.length; m++) sample[m] = ensemble[m][p];
                double[] q = Quantiles.of(sample);
                inside50 += all[p] >= q[2] && all[p] <= q[4] ? 1 : 0;
                inside80 += all[p] >= q[1] && all[p] <= q[5] ? 1 : 0;
                n++;
            }
        }
        // 3,600 scored periods, correlated within a history (about 300 independent blocks of a few
        // periods): a calibrated 80% band covers 0.80 give or take 0.03 at three standard errors
        assertEquals(0.80, (double) inside80 / n, 0.04, "80% band coverage");
        assertEquals(0.50, (double) inside50 / n, 0.05, "50% band coverage");
    }

    @Test
    void aTargetWithTooFewObservedPeriodsIsLeftAsSimulated() {
        double[] observed = new double[TRAIN + HORIZON];
        java.util.Arrays.fill(observed, Double.NaN);
        observed[10] = 50;
        observed[100] = 70; // two checkpoints, no consecutive pair
        double[][] raw = flatModel();
        Discrepancy.Result r = Discrepancy.apply(raw, observed, 1, TRAIN + HORIZON, TRAIN, 3, 1);
        assertFalse(r.fits().get(0).fitted());
        assertEquals(MEMBERS * 3, r.ensemble().length);
        for (double[] row : r.ensemble()) assertArrayEquals(raw[0], row);
    }
}
