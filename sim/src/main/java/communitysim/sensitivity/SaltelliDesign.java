package communitysim.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's (2010) design for first- and total-order indices: two N x k matrices A and B, the left
 * and right halves of the first N points of a Sobol sequence of dimension 2k (commons-math3
 * {@link SobolSequenceGenerator}, its initial all-zero point skipped), and k matrices A_B^i, A with
 * column i taken from B: N (k + 2) points. Runs are listed base row by base row, so a bootstrap
 * can resample rows: run {@code j (k + 2)} is A_j, then B_j, then A_B^1_j ... A_B^k_j.
 * Deterministic: a Sobol sequence has no seed.
 */
public final class SaltelliDesign {
    private SaltelliDesign() {}

    public static double[][] points(int n, int k) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[][] x = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(v, 0, k);
            double[] b = java.util.Arrays.copyOfRange(v, k, 2 * k);
            int row = j * (k + 2);
            x[row] = a;
            x[row + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                x[row + 2 + i] = ab;
            }
        }
        return x;
    }
}
