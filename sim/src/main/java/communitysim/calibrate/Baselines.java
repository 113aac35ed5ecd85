package communitysim.calibrate;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

import java.util.ArrayList;
import java.util.List;

/**
 * The two forecasts a model must beat, each as an ensemble so that its bands and CRPS are scored
 * like the model's.
 * <ul>
 *   <li>{@code last_value}: the last observed period, plus the changes over h periods seen in the
 *   training history (a random walk with its own empirical spread);</li>
 *   <li>{@code growth_curve}: a logistic curve fitted by least squares (Levenberg-Marquardt) to the
 *   training history (to its running total for a flow, so that a flow's forecast is the curve's
 *   increments: the Bass/logistic diffusion shape), plus the fit's residuals as spread.</li>
 * </ul>
 */
final class Baselines {
    static final String LAST_VALUE = "last_value", GROWTH_CURVE = "growth_curve";

    private Baselines() {}

    /** Ensemble of the value h periods (h >= 1) after the last training value. */
    static double[] lastValue(double[] training, int h) {
        double[] y = finite(training);
        double last = y[y.length - 1];
        List<Double> out = new ArrayList<>();
        for (int i = 0; i + h < y.length; i++) out.add(Math.max(0, last + y[i + h] - y[i]));
        if (out.isEmpty()) out.add(last);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Ensembles for h = 1..horizon periods after the training history. */
    static double[][] growthCurve(double[] training, boolean flow, int horizon) {
        double[] y = finite(training);
        int n = y.length;
        double[] target = y.clone();
        if (flow) for (int i = 1; i < n; i++) target[i] += target[i - 1];
        double[] fit = fitLogistic(target);
        double[] fitted = new double[n + horizon];
        for (int i = 0; i < fitted.length; i++) fitted[i] = logistic(fit, i);
        double[] point = new double[horizon];
        double[] inSample = new double[n];
        for (int i = 0; i < n; i++) inSample[i] = flow ? fitted[i] - (i == 0 ? 0 : fitted[i - 1]) : fitted[i];
        for (int h = 0; h < horizon; h++) {
            int i = n + h;
            point[h] = flow ? fitted[i] - fitted[i - 1] : fitted[i];
        }
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) residuals[i] = y[i] - inSample[i];
        double[][] out = new double[horizon][n];
        for (int h = 0; h < horizon; h++) for (int i = 0; i < n; i++) out[h][i] = Math.max(0, point[h] + residuals[i]);
        return out;
    }

    /** Parameters {K, r, t0} of K / (1 + exp(-r (t - t0))) fitted to y(t), t = 0..n-1. */
    static double[] fitLogistic(double[] y) {
        int n = y.length;
        double max = 0;
        for (double v : y) max = Math.max(max, v);
        double[] start = {Math.max(1, 1.5 * max), 4.0 / Math.max(1, n), n / 2.0};
        MultivariateJacobianFunction model = point -> {
            double k = point.getEntry(0), r = point.getEntry(1), t0 = point.getEntry(2);
            RealVector value = new ArrayRealVector(n);
            Array2DRowRealMatrix jac = new Array2DRowRealMatrix(n, 3);
            for (int t = 0; t < n; t++) {
                double e = Math.exp(-r * (t - t0));
                if (!Double.isFinite(e)) e = Double.MAX_VALUE / 4;
                double s = 1 / (1 + e);
                value.setEntry(t, k * s);
                jac.setEntry(t, 0, s);
                jac.setEntry(t, 1, k * s * s * e * (t - t0));
                jac.setEntry(t, 2, -k * s * s * e * r);
            }
            return new Pair<>(value, jac);
        };
        try {
            LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .start(start).model(model).target(y).lazyEvaluation(false).maxEvaluations(2000).maxIterations(2000).build());
            double[] p = opt.getPoint().toArray();
            if (p[0] > 0 && Double.isFinite(p[1]) && Double.isFinite(p[2])) return p;
        } catch (RuntimeException e) {
            // no convergence: fall back to the flat curve at the last value below
        }
        return new double[] {y[n - 1], 0, 0};
    }

    static double logistic(double[] p, double t) {
        return p[0] / (1 + Math.exp(-p[1] * (t - p[2])));
    }

    private static double[] finite(double[] v) {
        double[] f = java.util.Arrays.stream(v).filter(Double::isFinite).toArray();
        return f.length == 0 ? new double[] {0} : f;
    }
}
