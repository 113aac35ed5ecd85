package communitysim.sensitivity;

import communitysim.output.SensitivityFolder;
import communitysim.sweep.Sweep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The estimators on functions whose indices are known, through the code path of the
 * {@code sensitivity} command (design, sweep journal, reading runs.csv back, estimators,
 * indices.csv), with {@link FunctionExecutor} evaluating a pure function in place of the model.
 *
 * <p>The check is the one a user makes: the published index lies inside the 95% bootstrap interval.
 * The intervals treat the base rows as independent draws, while a Sobol sequence spreads them more
 * evenly than random points, so the estimator's real error is smaller than the interval assumes
 * (the intervals are conservative); with 18 intervals checked, a random design would be expected to
 * miss about one, which is why the design is the quasi-random one the command uses, not a random one.
 * Sample sizes: Jansen's estimators need N in the hundreds to thousands for Ishigami's strongly
 * non-linear third term (Saltelli 2010, fig. 2); at N = 1024 the intervals are a few hundredths wide.
 */
class SensitivityEstimatorsTest {
    private static final String BASELINE = "../scenarios/baseline.yaml";
    /** Six numeric knobs that accept any value in these ranges together; the values only carry the design. */
    private static final String[] KNOBS = {"activation.base", "activation.engagement", "activation.belonging",
            "activation.fit", "activation.neighbours", "activation.fatigue"};
    private static final double[] LO = {-4.5, 2, 1, 0.5, 1, 1};
    private static final double[] HI = {-3.5, 4, 2, 1.5, 3, 2};

    static Map<String, double[]> analyse(Path out, Method method, int n, int k, int reps, ToDoubleFunction<double[]> f,
                                         double noiseSd) throws Exception {
        Sweep sweep = SensitivityFolder.configure(Sweep.of(Path.of(BASELINE)), method, n, List.of(FunctionExecutor.METRIC))
                .replicates(reps).seed(11).executor(new FunctionExecutor(LO, HI, f, noiseSd));
        for (int d = 0; d < k; d++) sweep.vary(KNOBS[d] + "=" + LO[d] + ":" + HI[d]);
        sweep.run(out);
        return indices(out.resolve(SensitivityFolder.INDICES));
    }

    /** indices.csv as parameter -> its numbers after the three text columns. */
    static Map<String, double[]> indices(Path csv) throws IOException {
        Map<String, double[]> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            double[] v = new double[cells.length - 3];
            for (int i = 0; i < v.length; i++) v[i] = cells[i + 3].isEmpty() ? Double.NaN : Double.parseDouble(cells[i + 3]);
            rows.put(cells[1], v);
        }
        return rows;
    }

    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    static final double[] G_A = {0, 1, 4.5, 9, 99, 99};

    static double g(double[] u) {
        double prod = 1;
        for (int i = 0; i < G_A.length; i++) prod *= (Math.abs(4 * u[i] - 2) + G_A[i]) / (1 + G_A[i]);
        return prod;
    }

    /** The G-function's indices from its closed form: V_i = 1/(3(1+a_i)^2), V = prod(1+V_i) - 1. */
    static double[][] gIndices() {
        int k = G_A.length;
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1 / (3 * (1 + G_A[i]) * (1 + G_A[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            s1[i] = vi[i] / v;
            st[i] = vi[i] * prod / (1 + vi[i]) / v;
        }
        return new double[][] {s1, st};
    }

    private static void within(String what, double truth, double low, double high, List<String> misses) {
        if (!(low <= truth && truth <= high)) misses.add(what + ": " + truth + " outside [" + low + ", " + high + "]");
    }

    @Test
    void ishigamiIndicesLieInTheirIntervals(@TempDir Path dir) throws Exception {
        double[] s1 = {0.314, 0.442, 0.000};
        double[] st = {0.558, 0.442, 0.244};
        Map<String, double[]> got = analyse(dir.resolve("ishigami"), Method.SOBOL, 1024, 3, 1, SensitivityEstimatorsTest::ishigami, 0);
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double[] r = got.get(KNOBS[i]);
            within("S1 x" + (i + 1), s1[i], r[1], r[2], misses);
            within("ST x" + (i + 1), st[i], r[4], r[5], misses);
            // Informative, not merely wide: every input with a non-zero total index is told apart from an inert one.
            assertTrue(r[4] > 0, KNOBS[i] + ": the ST interval should exclude 0, got [" + r[4] + ", " + r[5] + "]");
            if (s1[i] > 0) assertTrue(r[1] > 0, KNOBS[i] + ": the S1 interval should exclude 0, got [" + r[1] + ", " + r[2] + "]");
        }
        assertTrue(misses.isEmpty(), String.join("; ", misses));
        assertTrue(Double.isNaN(got.get(KNOBS[0])[6]), "one replicate: the noise share is unknown, so empty");
    }

    /**
     * The G-function with replicate noise: each point's value carries Gaussian noise (sd 0.2 against an output
     * sd of about 0.63, so about 10% of the variance), averaged over 2 replicates. The indices of the noise-free
     * function must still lie in the intervals: the noise variance is estimated from the replicates and subtracted.
     */
    @Test
    void gFunctionIndicesLieInTheirIntervalsDespiteReplicateNoise(@TempDir Path dir) throws Exception {
        double[][] truth = gIndices();
        Map<String, double[]> got = analyse(dir.resolve("g"), Method.SOBOL, 512, 6, 2, SensitivityEstimatorsTest::g, 0.2);
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double[] r = got.get(KNOBS[i]);
            within("S1 a=" + G_A[i], truth[0][i], r[1], r[2], misses);
            within("ST a=" + G_A[i], truth[1][i], r[4], r[5], misses);
        }
        assertTrue(misses.isEmpty(), String.join("; ", misses));
        double share = got.get(KNOBS[0])[6];
        // Noise variance 0.2^2 / 2 = 0.02 against V + 0.02, V = prod(1 + V_i) - 1 for the G-function.
        double v = 1;
        for (double a : G_A) v *= 1 + 1 / (3 * (1 + a) * (1 + a));
        double expected = 0.02 / (v - 1 + 0.02);
        assertEquals(expected, share, expected * 0.25, "replicate noise share");
    }

    /** Morris on the G-function: mu* must rank the inputs as their a_i do (smaller a, more influence). */
    @Test
    void morrisRanksTheGFunctionInputs(@TempDir Path dir) throws Exception {
        Map<String, double[]> got = analyse(dir.resolve("morris"), Method.MORRIS, 40, 6, 1, SensitivityEstimatorsTest::g, 0);
        double[] muStar = new double[6];
        for (int i = 0; i < 6; i++) muStar[i] = got.get(KNOBS[i])[0];
        for (int i = 0; i < 3; i++) {
            assertTrue(muStar[i] > muStar[i + 1], "mu* of a=" + G_A[i] + " (" + muStar[i] + ") should exceed a=" + G_A[i + 1]
                    + " (" + muStar[i + 1] + ")");
            // Not only in order: separated, the upper end of the less influential one below the lower end of the other.
            assertTrue(got.get(KNOBS[i + 1])[2] < got.get(KNOBS[i])[1], "mu* intervals overlap for a=" + G_A[i] + " and a=" + G_A[i + 1]);
        }
        assertTrue(muStar[4] < muStar[3] && muStar[5] < muStar[3], "a=99 inputs should rank last: " + List.of(muStar[3], muStar[4], muStar[5]));
    }
}
