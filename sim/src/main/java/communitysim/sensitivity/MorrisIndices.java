package communitysim.sensitivity;

/**
 * Morris elementary effects and their summaries for one metric: for knob i, the elementary effect of
 * each trajectory is {@code (y(after) - y(before)) / Δx_i}, with {@code Δx_i} the step of the knob as
 * a fraction of its range (as the values were run: an integer knob's rounding included), so effects
 * read as "change of the metric over the knob's whole range". μ is their mean, μ* the mean of their
 * absolute values (Campolongo, Cariboni &amp; Saltelli 2007), σ their standard deviation (non-linearity
 * or interactions); μ* has a percentile bootstrap interval over trajectories.
 *
 * <p>Replicate noise: each point is the mean of its replicates, with noise variance ν; an elementary
 * effect then carries noise of variance 2ν/Δ², which inflates σ (and μ* for knobs with little effect).
 * {@link #sigmaNoiseFloor} is that noise's standard deviation, the σ a knob without effect would show;
 * {@link #noiseShare} is ν over the variance of the points' means.
 *
 * @param effects trajectories with a usable step per knob (a rounded integer knob may not move)
 */
public record MorrisIndices(double[] mu, double[] muStar, double[] muStarLow, double[] muStarHigh, double[] sigma,
                            int[] effects, double noiseShare, double sigmaNoiseFloor) {

    /**
     * @param design the unit-cube design as generated ({@link MorrisDesign}): says which knob moves at each step
     * @param x      the same points as run, each knob's value as a fraction of its range
     * @param r      trajectories
     */
    public static MorrisIndices of(double[][] design, double[][] x, Outputs y, int r, long seed) {
        int k = design[0].length;
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            int first = t * (k + 1);
            for (int s = 0; s < k; s++) {
                int i = MorrisDesign.moved(design, first, s);
                double dx = x[first + s + 1][i] - x[first + s][i];
                ee[i][t] = dx == 0 ? Double.NaN : (y.mean()[first + s + 1] - y.mean()[first + s]) / dx;
            }
        }
        double[] mu = new double[k];
        double[] muStar = new double[k];
        double[] sigma = new double[k];
        int[] effects = new int[k];
        double[] low = new double[k];
        double[] high = new double[k];
        int[] all = new int[r];
        java.util.Arrays.fill(all, 1);
        Bootstrap bootstrap = new Bootstrap(seed);
        double[][] draws = new double[k][Bootstrap.DRAWS];
        for (int b = 0; b < Bootstrap.DRAWS; b++) {
            int[] count = bootstrap.resample(r);
            for (int i = 0; i < k; i++) draws[i][b] = meanAbs(ee[i], count);
        }
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double sumSq = 0;
            for (double e : ee[i]) {
                if (Double.isNaN(e)) continue;
                effects[i]++;
                sum += e;
            }
            mu[i] = effects[i] == 0 ? Double.NaN : sum / effects[i];
            for (double e : ee[i]) if (!Double.isNaN(e)) sumSq += (e - mu[i]) * (e - mu[i]);
            sigma[i] = effects[i] < 2 ? Double.NaN : Math.sqrt(sumSq / (effects[i] - 1));
            muStar[i] = meanAbs(ee[i], all);
            double[] ci = Bootstrap.interval(draws[i]);
            low[i] = ci[0];
            high[i] = ci[1];
        }
        double nu = y.meanNoise();
        double delta = MorrisDesign.delta(MorrisDesign.LEVELS);
        return new MorrisIndices(mu, muStar, low, high, sigma, effects, nu / y.variance(), Math.sqrt(2 * nu) / delta);
    }

    private static double meanAbs(double[] ee, int[] count) {
        double sum = 0;
        int n = 0;
        for (int t = 0; t < ee.length; t++) {
            if (count[t] == 0 || Double.isNaN(ee[t])) continue;
            sum += count[t] * Math.abs(ee[t]);
            n += count[t];
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
