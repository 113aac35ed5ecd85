package communitysim.calibrate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Semi-automatic summaries (Fearnhead and Prangle 2012): a ridge regression of the parameters (on
 * the z scale) on the observed summaries, fitted to a pilot of prior simulations, turns a long
 * summary vector (every period of every target) into one estimate per parameter. Distances on those
 * estimates weigh what informs each parameter instead of summing period-by-period noise, which is
 * what lets ABC contract with dozens of periods and a few thousand simulations.
 *
 * <p>Summaries enter as {@code sign(x) ln(1 + |x|)} (counts span orders of magnitude), standardised;
 * entries the history does not observe are left out.
 */
final class Projection {
    private final int[] used;
    private final double[] mean;
    private final double[] sd;
    /** {@code coef[k]}: intercept then one coefficient per used summary, for parameter k. */
    private final double[][] coef;

    private Projection(int[] used, double[] mean, double[] sd, double[][] coef) {
        this.used = used;
        this.mean = mean;
        this.sd = sd;
        this.coef = coef;
    }

    static Projection fit(double[][] sims, double[][] z, double[] observed, double ridge) {
        List<Integer> keep = new ArrayList<>();
        for (int j = 0; j < observed.length; j++) if (!Double.isNaN(observed[j])) keep.add(j);
        int m = keep.size(), n = sims.length, p = z[0].length;
        int[] used = keep.stream().mapToInt(Integer::intValue).toArray();
        double[] mean = new double[m], sd = new double[m];
        for (int c = 0; c < m; c++) {
            double s = 0, s2 = 0;
            for (double[] sim : sims) {
                double v = t(sim[used[c]]);
                s += v;
                s2 += v * v;
            }
            mean[c] = s / n;
            sd[c] = Math.sqrt(Math.max(0, s2 / n - mean[c] * mean[c]));
            if (!(sd[c] > 1e-12)) sd[c] = 1; // a summary that never varies carries no information; it stays 0 below
        }
        // normal equations with a ridge on every coefficient but the intercept
        double[][] xtx = new double[m + 1][m + 1];
        double[][] xtz = new double[m + 1][p];
        double[] row = new double[m + 1];
        for (int i = 0; i < n; i++) {
            row[0] = 1;
            for (int c = 0; c < m; c++) row[c + 1] = (t(sims[i][used[c]]) - mean[c]) / sd[c];
            for (int a = 0; a <= m; a++) {
                for (int b = 0; b <= m; b++) xtx[a][b] += row[a] * row[b];
                for (int k = 0; k < p; k++) xtz[a][k] += row[a] * z[i][k];
            }
        }
        for (int a = 1; a <= m; a++) xtx[a][a] += ridge * n;
        RealMatrix beta = new CholeskyDecomposition(new Array2DRowRealMatrix(xtx), 1e-10, 1e-14).getSolver()
                .solve(new Array2DRowRealMatrix(xtz));
        double[][] coef = new double[p][m + 1];
        for (int k = 0; k < p; k++) for (int a = 0; a <= m; a++) coef[k][a] = beta.getEntry(a, k);
        return new Projection(used, mean, sd, coef);
    }

    double[] apply(double[] summary) {
        double[] out = new double[coef.length];
        for (int k = 0; k < out.length; k++) {
            double v = coef[k][0];
            for (int c = 0; c < used.length; c++) v += coef[k][c + 1] * (t(summary[used[c]]) - mean[c]) / sd[c];
            out[k] = v;
        }
        return out;
    }

    private static double t(double x) {
        return Math.signum(x) * Math.log1p(Math.abs(x));
    }
}
