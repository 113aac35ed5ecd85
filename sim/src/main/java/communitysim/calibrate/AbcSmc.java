package communitysim.calibrate;

import communitysim.model.Streams;
import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009; Beaumont et al. 2009),
 * with an adaptive tolerance (Del Moral et al. 2012: each generation's tolerance is a quantile of the
 * previous population's distances) and adaptive per-summary scales (Prangle 2017: each summary's
 * deviation is divided by its median absolute deviation among the previous generation's
 * simulations, so that a count of thousands and a count of tens weigh alike).
 *
 * <p>Generation 0 samples the priors. Each later generation perturbs particles drawn by weight with a
 * Gaussian kernel of twice the population's weighted covariance (on the z scale, where priors are
 * flat), keeps proposals whose distance is within the tolerance, and reweights them by
 * prior / kernel mixture. Proposals are made and accepted in index order, in batches of a size that
 * does not depend on the thread count, each proposal with its own random stream and simulation
 * seed: the result is the same whichever threads or machines evaluate the batches.
 *
 * <p>The run stops at the simulation budget (keeping the last generation if it accepted at least
 * half a population, else the one before), after
 * {@code maxGenerations}, when acceptance falls below {@code minAcceptance}, at a tolerance of 0, or
 * when the tolerance would no longer fall (compared on the same scales: the scales adapt each generation).
 */
public final class AbcSmc {

    /** Evaluates a batch of parameter vectors (natural scale), each with its seed; one summary vector each, same order. */
    @FunctionalInterface
    public interface Simulator {
        double[][] simulate(List<double[]> thetas, long[] seeds) throws IOException, InterruptedException;
    }

    /** Told after each generation. */
    @FunctionalInterface
    public interface Listener {
        void generation(Population population, int evaluated, int budgetLeft);

        /** Told after each batch of a generation, for a progress bar. */
        default void batch(int generation, double tolerance, int accepted, int wanted, int evaluated) {}
    }

    /**
     * @param particles      population size
     * @param budget         most simulations in all (each particle costs {@code simulationsPerParticle})
     * @param maxGenerations most generations after generation 0
     * @param minAcceptance  stop once a generation accepts fewer than this share of its proposals
     * @param quantile       the tolerance of generation t is this weighted quantile of population t-1's distances
     * @param minTolDrop     stop once the tolerance falls by less than this share
     */
    public record Settings(int particles, int budget, int maxGenerations, double minAcceptance, double quantile,
                           double minTolDrop, long seed, boolean project) {
        public Settings(int particles, int budget, int maxGenerations, double minAcceptance, double quantile, double minTolDrop, long seed) {
            this(particles, budget, maxGenerations, minAcceptance, quantile, minTolDrop, seed, false);
        }

        public Settings {
            if (particles < 2) throw new IllegalArgumentException("particles must be >= 2");
            if (budget < particles) throw new IllegalArgumentException("budget must cover one generation");
        }

        /** Distances over every period; {@link #projected} switches to semi-automatic summaries. */
        public static Settings defaults(int particles, int budget, long seed) {
            return new Settings(particles, budget, 20, 0.015, 0.5, 0.01, seed, false);
        }

        public Settings projected(boolean on) {
            return new Settings(particles, budget, maxGenerations, minAcceptance, quantile, minTolDrop, seed, on);
        }

        /** Generation 0's size: with projected summaries, a pilot large enough to fit the regression. */
        int pilot() {
            return project ? Math.min(budget, Math.max(particles, 3 * particles)) : particles;
        }

        int batch() {
            return Math.max(16, particles / 2);
        }
    }

    /**
     * One generation's accepted particles.
     *
     * @param theta     natural-scale parameter vectors
     * @param weights   normalised importance weights
     * @param summaries each particle's simulated summary vector
     * @param distances each particle's distance under this generation's scales
     * @param tolerance the generation's tolerance (infinite for generation 0)
     * @param acceptance accepted / proposed in this generation
     */
    public record Population(int generation, double[][] theta, double[] weights, double[][] summaries, long[] seeds,
                             double[] distances, double tolerance, double acceptance, double[] scales) {
        public int size() {
            return weights.length;
        }

        /** Kish's effective sample size. */
        public double effectiveSize() {
            double s2 = 0;
            for (double w : weights) s2 += w * w;
            return 1 / s2;
        }
    }

    private final List<Parameter> params;
    private final double[] observed;
    /** What distances compare: the raw summaries, or after {@link #projection} their parameter estimates. */
    private double[] target;
    private Projection projection;
    private final Settings settings;
    private final Simulator simulator;
    private int evaluated;

    /**
     * @param observed the observed summary vector; NaN entries (not observed) are left out of the distance
     */
    public AbcSmc(List<Parameter> params, double[] observed, Settings settings, Simulator simulator) {
        this.params = List.copyOf(params);
        this.observed = observed.clone();
        this.target = this.observed;
        this.settings = settings;
        this.simulator = simulator;
    }

    public int evaluated() {
        return evaluated;
    }

    /** Runs the schedule; returns every complete population, the last one being the posterior. */
    public List<Population> run(Listener listener) throws IOException, InterruptedException {
        List<Population> populations = new ArrayList<>();
        int pilot = settings.pilot();
        // generation 0: the prior (a larger pilot when summaries are projected)
        List<double[]> thetas = new ArrayList<>();
        long[] seeds = new long[pilot];
        int n = pilot;
        for (int i = 0; i < n; i++) {
            MersenneTwisterFast rng = stream(0, i);
            double[] z = new double[params.size()];
            for (int k = 0; k < z.length; k++) z[k] = params.get(k).zLo() + rng.nextDouble() * (params.get(k).zHi() - params.get(k).zLo());
            thetas.add(fromZ(z));
            seeds[i] = simulationSeed(0, i);
        }
        double[][] sims = simulator.simulate(thetas, seeds);
        evaluated += n;
        if (settings.project()) {
            double[][] z = new double[n][];
            for (int i = 0; i < n; i++) z[i] = toZ(thetas.get(i));
            projection = Projection.fit(sims, z, observed, RIDGE);
            target = projection.apply(observed);
        }
        double[] scales = scales(Arrays.asList(sims));
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = distance(sims[i], scales);
        Population pop = new Population(0, thetas.toArray(double[][]::new), w, sims, seeds, d, Double.POSITIVE_INFINITY, 1, scales);
        populations.add(pop);
        listener.generation(pop, evaluated, settings.budget() - evaluated);
        List<double[]> lastGenerationSims = new ArrayList<>(Arrays.asList(sims));

        for (int t = 1; t <= settings.maxGenerations(); t++) {
            if (settings.budget() - evaluated < n) break; // a generation needs at least n simulations
            double[] newScales = scales(lastGenerationSims);
            double[] previous = new double[pop.size()];
            for (int i = 0; i < previous.length; i++) previous[i] = distance(pop.summaries()[i], newScales);
            double tolerance = weightedQuantile(previous, pop.weights(), settings.quantile());
            // the previous population's own tolerance, measured with the new scales
            double previousTolerance = Arrays.stream(previous).max().orElse(0);
            if (t > 1 && tolerance > previousTolerance * (1 - settings.minTolDrop())) break;
            Population next = generation(t, pop, tolerance, newScales, lastGenerationSims, listener);
            if (next == null) break; // the budget ran out inside the generation
            populations.add(next);
            listener.generation(next, evaluated, settings.budget() - evaluated);
            pop = next;
            if (next.acceptance() < settings.minAcceptance() || tolerance == 0) break;
        }
        return populations;
    }

    private Population generation(int t, Population pop, double tolerance, double[] scales, List<double[]> allSims,
                                  Listener listener) throws IOException, InterruptedException {
        int n = settings.particles();
        int dim = params.size();
        double[][] z = new double[pop.size()][];
        for (int i = 0; i < z.length; i++) z[i] = toZ(pop.theta()[i]);
        double[][] cov = weightedCovariance(z, pop.weights());
        for (double[] row : cov) for (int k = 0; k < dim; k++) row[k] *= 2;
        double[][] chol = cholesky(cov);
        double[][] inv = invert(cov);
        double logDet = logDet(chol);
        double[] cumulative = cumulative(pop.weights());

        List<double[]> accTheta = new ArrayList<>();
        List<double[]> accSims = new ArrayList<>();
        List<Long> accSeeds = new ArrayList<>();
        List<Double> accDist = new ArrayList<>();
        allSims.clear();
        int proposed = 0;
        int batch = settings.batch();
        while (accTheta.size() < n) {
            int size = Math.min(batch, settings.budget() - evaluated);
            if (size <= 0) {
                // The budget ends inside the generation. Its accepted particles are still a valid
                // weighted sample at this (smaller) tolerance once there are enough of them to
                // estimate a spread; else the previous population stands.
                if (accTheta.size() >= Math.max(10, n / 2)) break;
                return null;
            }
            List<double[]> thetas = new ArrayList<>(size);
            long[] seeds = new long[size];
            for (int b = 0; b < size; b++) {
                int index = proposed + b;
                MersenneTwisterFast rng = stream(t, index);
                double[] candidate;
                int tries = 0;
                do {
                    int j = pick(cumulative, rng.nextDouble());
                    candidate = perturb(z[j], chol, rng);
                } while (!inside(candidate) && ++tries < 10_000);
                if (!inside(candidate)) throw new IllegalStateException("the kernel cannot propose inside the priors");
                thetas.add(fromZ(candidate));
                seeds[b] = simulationSeed(t, index);
            }
            double[][] sims = simulator.simulate(thetas, seeds);
            evaluated += size;
            proposed += size;
            for (int b = 0; b < size; b++) {
                allSims.add(sims[b]);
                if (accTheta.size() >= n) continue;
                double dist = distance(sims[b], scales);
                if (dist <= tolerance) {
                    accTheta.add(thetas.get(b));
                    accSims.add(sims[b]);
                    accSeeds.add(seeds[b]);
                    accDist.add(dist);
                }
            }
            listener.batch(t, tolerance, accTheta.size(), n, evaluated);
        }
        n = accTheta.size();
        double[][] accepted = new double[n][];
        for (int i = 0; i < n; i++) accepted[i] = toZ(accTheta.get(i));
        double[] w = importanceWeights(accepted, z, pop.weights(), inv, logDet);
        return new Population(t, accTheta.toArray(double[][]::new), w, accSims.toArray(double[][]::new),
                accSeeds.stream().mapToLong(Long::longValue).toArray(), accDist.stream().mapToDouble(Double::doubleValue).toArray(),
                tolerance, (double) n / proposed, scales);
    }

    /** Root mean square of the scaled deviations over the observed entries. */
    double distance(double[] sim, double[] scales) {
        double[] f = features(sim);
        double s = 0;
        int k = 0;
        for (int j = 0; j < target.length; j++) {
            if (Double.isNaN(target[j])) continue;
            double e = (f[j] - target[j]) / scales[j];
            s += e * e;
            k++;
        }
        return k == 0 ? 0 : Math.sqrt(s / k);
    }

    /**
     * Each summary's median absolute deviation among the simulations (scaled to a normal sd), floored
     * so that a summary the simulations happen to agree on (a month before the community existed, say)
     * cannot dominate the distance: at least 5% of the observed value and {@link #SCALE_FLOOR}.
     */
    double[] scales(List<double[]> sims) {
        int m = target.length;
        double[] s = new double[m];
        double[] col = new double[sims.size()];
        double[][] f = new double[sims.size()][];
        for (int i = 0; i < f.length; i++) f[i] = features(sims.get(i));
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < col.length; i++) col[i] = f[i][j];
            double med = median(col);
            for (int i = 0; i < col.length; i++) col[i] = Math.abs(col[i] - med);
            double mad = 1.4826 * median(col);
            if (projection != null) {
                s[j] = mad > 0 ? mad : 1e-9;
                continue;
            }
            double obs = Double.isNaN(target[j]) ? 0 : Math.abs(target[j]);
            s[j] = Math.max(mad, Math.max(0.05 * obs, SCALE_FLOOR));
        }
        return s;
    }

    private double[] features(double[] sim) {
        return projection == null ? sim : projection.apply(sim);
    }

    /** Ridge penalty of the projection, per simulation, on standardised summaries. */
    static final double RIDGE = 0.05;

    /** Counts below one apart are noise for the count data calibration works on; ratios set their own scale by the observed value. */
    static final double SCALE_FLOOR = 0.5;

    private MersenneTwisterFast stream(int generation, int index) {
        long key = Streams.derive(settings.seed(), PROPOSAL_STREAM, generation, index);
        return new MersenneTwisterFast(new int[] {(int) key, (int) (key >>> 32)});
    }

    /** The simulation seed of proposal {@code index} of a generation (53 bits: a valid scenario seed). */
    long simulationSeed(int generation, int index) {
        return Streams.derive(settings.seed(), SIMULATION_STREAM, generation, index) >>> 11;
    }

    private static final long PROPOSAL_STREAM = 0xabc1, SIMULATION_STREAM = 0xabc2;

    private double[] toZ(double[] theta) {
        double[] z = new double[theta.length];
        for (int k = 0; k < z.length; k++) z[k] = params.get(k).toZ(theta[k]);
        return z;
    }

    private double[] fromZ(double[] z) {
        double[] x = new double[z.length];
        for (int k = 0; k < z.length; k++) x[k] = params.get(k).fromZ(z[k]);
        return x;
    }

    private boolean inside(double[] z) {
        for (int k = 0; k < z.length; k++) if (z[k] < params.get(k).zLo() || z[k] > params.get(k).zHi()) return false;
        return true;
    }

    private static double[] perturb(double[] centre, double[][] chol, MersenneTwisterFast rng) {
        int dim = centre.length;
        double[] e = new double[dim];
        for (int k = 0; k < dim; k++) e[k] = rng.nextGaussian();
        double[] out = centre.clone();
        for (int r = 0; r < dim; r++) for (int c = 0; c <= r; c++) out[r] += chol[r][c] * e[c];
        return out;
    }

    /**
     * The accepted proposals' weights, prior over the previous population's kernel mixture (the prior is
     * flat inside the bounds on the z scale), normalised. In logs: in ten or more dimensions a narrow
     * kernel's densities underflow or overflow a double, and a weight of 1 / 1e-320 is infinite, which
     * made NaN weights and an unfactorable covariance.
     */
    static double[] importanceWeights(double[][] accepted, double[][] z, double[] previous, double[][] inv, double logDet) {
        int n = accepted.length;
        double[] logMix = new double[n];
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double[] terms = new double[z.length];
            double top = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < z.length; j++) {
                terms[j] = Math.log(previous[j]) + logGaussian(accepted[i], z[j], inv, logDet);
                top = Math.max(top, terms[j]);
            }
            double sum = 0;
            if (top > Double.NEGATIVE_INFINITY) for (double term : terms) sum += Math.exp(term - top);
            logMix[i] = top + Math.log(sum);
            least = Math.min(least, logMix[i]);
        }
        double[] w = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            // the least likely proposal under the mixture weighs 1, the others less
            w[i] = Double.isFinite(logMix[i]) ? Math.exp(least - logMix[i]) : 0;
            total += w[i];
        }
        if (!(total > 0) || !Double.isFinite(total)) Arrays.fill(w, 1.0 / n);
        else for (int i = 0; i < n; i++) w[i] /= total;
        return w;
    }

    /** The log of the Gaussian kernel's density at {@code x} (without the constant every term shares). */
    private static double logGaussian(double[] x, double[] mean, double[][] inv, double logDet) {
        int dim = x.length;
        double q = 0;
        for (int r = 0; r < dim; r++) {
            double row = 0;
            for (int c = 0; c < dim; c++) row += inv[r][c] * (x[c] - mean[c]);
            q += (x[r] - mean[r]) * row;
        }
        return -0.5 * q - 0.5 * logDet;
    }

    static double[][] weightedCovariance(double[][] z, double[] w) {
        int dim = z[0].length;
        double[] mean = new double[dim];
        for (int i = 0; i < z.length; i++) for (int k = 0; k < dim; k++) mean[k] += w[i] * z[i][k];
        double[][] cov = new double[dim][dim];
        for (int i = 0; i < z.length; i++) {
            for (int r = 0; r < dim; r++) for (int c = 0; c < dim; c++) cov[r][c] += w[i] * (z[i][r] - mean[r]) * (z[i][c] - mean[c]);
        }
        return cov;
    }

    /** Lower Cholesky factor; a degenerate covariance (a collapsed knob) is regularised on its diagonal. */
    private double[][] cholesky(double[][] cov) {
        int dim = cov.length;
        for (double ridge = 0; ; ridge = ridge == 0 ? 1e-9 : ridge * 10) {
            double[][] c = new double[dim][];
            for (int r = 0; r < dim; r++) {
                c[r] = cov[r].clone();
                double width = params.get(r).zHi() - params.get(r).zLo();
                c[r][r] += ridge * width * width;
            }
            try {
                RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(c), 1e-12, 1e-14).getL();
                for (int r = 0; r < dim; r++) System.arraycopy(c[r], 0, cov[r], 0, dim);
                return l.getData();
            } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
                if (ridge > 1) throw new IllegalStateException("the population's covariance cannot be factored", e);
            }
        }
    }

    private static double[][] invert(double[][] cov) {
        return new CholeskyDecomposition(new Array2DRowRealMatrix(cov), 1e-12, 1e-14).getSolver().getInverse().getData();
    }

    private static double logDet(double[][] chol) {
        double s = 0;
        for (int k = 0; k < chol.length; k++) s += 2 * Math.log(chol[k][k]);
        return s;
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double s = 0;
        for (int i = 0; i < w.length; i++) c[i] = s += w[i];
        return c;
    }

    private static int pick(double[] cumulative, double u) {
        double target = u * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        if (i < 0) i = -i - 1;
        return Math.min(i, cumulative.length - 1);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? 0 : n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** The smallest value whose cumulative weight reaches {@code q}. */
    public static double weightedQuantile(double[] values, double[] weights, double q) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = 0;
        for (double w : weights) total += w;
        double c = 0;
        for (Integer i : order) {
            c += weights[i];
            if (c >= q * total - 1e-12) return values[i];
        }
        return values[order[order.length - 1]];
    }
}
