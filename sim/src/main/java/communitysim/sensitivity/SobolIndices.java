package communitysim.sensitivity;

/**
 * First-order (S1) and total-order (ST) Sobol indices of one metric from a {@link SaltelliDesign},
 * with Jansen's estimators (Saltelli et al. 2010, table 2, (b) and (f)):
 * <pre>
 *   V     = variance of the 2N values f(A_j), f(B_j)
 *   S1_i  = (V - 1/(2N) Σ_j (f(B)_j - f(A_B^i)_j)²) / V
 *   ST_i  =      1/(2N) Σ_j (f(A)_j - f(A_B^i)_j)²  / V
 * </pre>
 *
 * <p>Replicate noise. A design point's value is the mean of its replicates, f + e with noise variance
 * ν (the variance between replicates over their number, averaged over the design). Noise inflates V by
 * ν and each mean squared difference by 2ν·½ = ν, so the S1 numerator is unbiased as it is, while V and
 * the ST numerator are corrected by subtracting ν:
 * <pre>
 *   S1_i = (V - D1_i) / (V - ν),   ST_i = (DT_i - ν) / (V - ν)
 * </pre>
 * The indices are then those of the model's expected output (the mean over seeds), and
 * {@link #noiseShare} = ν / V says how much of the output variance was noise. With one replicate ν
 * cannot be estimated: nothing is subtracted and the share is NaN.
 *
 * <p>Intervals: percentile bootstrap over the N base rows (each row's A, B and A_B^i points stay
 * together, and ν is recomputed from the resampled rows).
 */
public record SobolIndices(double[] s1, double[] s1Low, double[] s1High, double[] st, double[] stLow, double[] stHigh,
                           double variance, double noiseShare) {

    /** @param n base samples; the outputs are in {@link SaltelliDesign}'s run order */
    public static SobolIndices of(Outputs y, int n, int k, long seed) {
        int[] all = new int[n];
        java.util.Arrays.fill(all, 1);
        Estimate point = estimate(y, n, k, all);
        Bootstrap bootstrap = new Bootstrap(seed);
        double[][] s1Draws = new double[k][Bootstrap.DRAWS];
        double[][] stDraws = new double[k][Bootstrap.DRAWS];
        for (int b = 0; b < Bootstrap.DRAWS; b++) {
            Estimate e = estimate(y, n, k, bootstrap.resample(n));
            for (int i = 0; i < k; i++) {
                s1Draws[i][b] = e.s1[i];
                stDraws[i][b] = e.st[i];
            }
        }
        double[] s1Low = new double[k], s1High = new double[k], stLow = new double[k], stHigh = new double[k];
        for (int i = 0; i < k; i++) {
            double[] a = Bootstrap.interval(s1Draws[i]);
            double[] t = Bootstrap.interval(stDraws[i]);
            s1Low[i] = a[0];
            s1High[i] = a[1];
            stLow[i] = t[0];
            stHigh[i] = t[1];
        }
        return new SobolIndices(point.s1, s1Low, s1High, point.st, stLow, stHigh, point.v, point.noiseShare);
    }

    private record Estimate(double[] s1, double[] st, double v, double noiseShare) {}

    /** The estimators on the base rows drawn {@code count[j]} times each. */
    private static Estimate estimate(Outputs y, int n, int k, int[] count) {
        double[] f = y.mean();
        double[] noise = y.noise();
        int width = k + 2;
        double w = 0, sum = 0, nu = 0;
        for (int j = 0; j < n; j++) {
            if (count[j] == 0) continue;
            int row = j * width;
            w += count[j];
            sum += count[j] * (f[row] + f[row + 1]);
            double rowNoise = 0;
            for (int p = 0; p < width; p++) rowNoise += noise[row + p];
            nu += count[j] * rowNoise / width;
        }
        double mean = sum / (2 * w);
        nu = Double.isNaN(nu) ? 0 : nu / w;
        double v = 0;
        double[] d1 = new double[k];
        double[] dt = new double[k];
        for (int j = 0; j < n; j++) {
            if (count[j] == 0) continue;
            int row = j * width;
            double a = f[row];
            double b = f[row + 1];
            v += count[j] * ((a - mean) * (a - mean) + (b - mean) * (b - mean));
            for (int i = 0; i < k; i++) {
                double ab = f[row + 2 + i];
                d1[i] += count[j] * (b - ab) * (b - ab);
                dt[i] += count[j] * (a - ab) * (a - ab);
            }
        }
        v /= 2 * w;
        double signal = v - nu;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            s1[i] = (v - d1[i] / (2 * w)) / signal;
            st[i] = (dt[i] / (2 * w) - nu) / signal;
        }
        return new Estimate(s1, st, v, Double.isNaN(y.meanNoise()) ? Double.NaN : nu / v);
    }
}
