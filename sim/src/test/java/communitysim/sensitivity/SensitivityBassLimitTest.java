package communitysim.sensitivity;

import communitysim.output.SensitivityFolder;
import communitysim.sweep.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model itself in the Bass limit (churn off, complete mixing, every member an equal, always-active
 * referrer: {@code src/test/resources/scenarios/bass.yaml}, see BassLimitTest), analysed by the
 * {@code sensitivity} code path with the real executor: the Sobol indices of final adoption with
 * respect to Bass p (external rate per prospect per day) and q (referral rate per day) must agree,
 * within their bootstrap intervals, with the indices of the closed-form Bass curve
 * F(T) = (1 - e^{-(p+q)T}) / (1 + (q/p) e^{-(p+q)T}) over the same ranges.
 *
 * <p>The reference: with two inputs, S1_p = Var_p(E_q[F]) / Var(F) and ST_p = 1 - S1_q, computed by a
 * dense midpoint quadrature (400 x 400 points) on the closed form with p and q uniform on their ranges;
 * its error (O(h^2) on a smooth integrand) is far below the intervals.
 *
 * <p>Runtime and size: a pool of 1,000 over 180 days is about 30 ms a replicate, so N = 48 base samples
 * x 4 design points x 2 replicates = 384 replicates take a few seconds. It suffices because final
 * adoption is a smooth, nearly additive function of p and q, for which Jansen's estimators converge fast:
 * the bootstrap intervals at N = 48 are about ±0.1, which still tells the two knobs apart (asserted). The
 * per-day rates are kept small (p + q under 0.05 a day) so that the model's daily steps stay close to the
 * continuous curve; the replicate noise of a 1,000 pool (sd of F about 0.015) is estimated from the two
 * replicates and subtracted.
 */
class SensitivityBassLimitTest {
    private static final double P_LO = 0.001, P_HI = 0.003;
    private static final double Q_LO = 0.015, Q_HI = 0.045;
    private static final int T = 180;
    private static final int POOL = 1000;

    static double bass(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + (q / p) * e);
    }

    /** {S1_p, S1_q, ST_p, ST_q} of F(T) by midpoint quadrature. */
    static double[] closedFormIndices(int m) {
        double[][] f = new double[m][m];
        double mean = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double p = P_LO + (P_HI - P_LO) * (i + 0.5) / m;
                double q = Q_LO + (Q_HI - Q_LO) * (j + 0.5) / m;
                f[i][j] = bass(p, q, T);
                mean += f[i][j];
            }
        }
        mean /= m * m;
        double v = 0, vp = 0, vq = 0;
        for (int i = 0; i < m; i++) {
            double rowMean = 0;
            for (int j = 0; j < m; j++) {
                rowMean += f[i][j] / m;
                v += (f[i][j] - mean) * (f[i][j] - mean) / (m * (double) m);
            }
            vp += (rowMean - mean) * (rowMean - mean) / m;
        }
        for (int j = 0; j < m; j++) {
            double colMean = 0;
            for (int i = 0; i < m; i++) colMean += f[i][j] / m;
            vq += (colMean - mean) * (colMean - mean) / m;
        }
        return new double[] {vp / v, vq / v, 1 - vq / v, 1 - vp / v};
    }

    @Test
    void sobolIndicesOfFinalAdoptionMatchTheClosedFormBassCurve(@TempDir Path dir) throws Exception {
        double[] ref = closedFormIndices(400);
        Sweep sweep = SensitivityFolder.configure(Sweep.of(Path.of("src/test/resources/scenarios/bass.yaml")), Method.SOBOL, 48,
                        List.of("members"))
                .set("pool.size=" + POOL).days(T).replicates(2).seed(5).threads(2)
                .vary("recruitment.external.rate=" + P_LO + ":" + P_HI)
                .vary("recruitment.referral.rate=" + Q_LO + ":" + Q_HI);
        sweep.run(dir.resolve("bass"));
        Map<String, double[]> got = SensitivityEstimatorsTest.indices(dir.resolve("bass").resolve(SensitivityFolder.INDICES));
        double[] p = got.get("recruitment.external.rate");
        double[] q = got.get("recruitment.referral.rate");
        List<String> misses = new ArrayList<>();
        check("S1 p", ref[0], p[1], p[2], misses);
        check("S1 q", ref[1], q[1], q[2], misses);
        check("ST p", ref[2], p[4], p[5], misses);
        check("ST q", ref[3], q[4], q[5], misses);
        assertTrue(misses.isEmpty(), "closed form {S1p, S1q, STp, STq} = " + java.util.Arrays.toString(ref) + ": " + misses);
        // The analysis is informative: the more influential knob's S1 interval lies above the other's.
        double[] hi = ref[0] > ref[1] ? p : q;
        double[] lo = ref[0] > ref[1] ? q : p;
        assertTrue(hi[1] > lo[2], "the S1 intervals should separate p and q: " + java.util.Arrays.toString(p) + " " + java.util.Arrays.toString(q));
    }

    private static void check(String what, double truth, double low, double high, List<String> misses) {
        if (!(low <= truth && truth <= high)) misses.add(what + " " + truth + " outside [" + low + ", " + high + "]");
    }
}
