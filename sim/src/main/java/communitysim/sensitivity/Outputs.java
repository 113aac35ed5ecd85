package communitysim.sensitivity;

/**
 * One metric at every design point, in run order: the mean of the point's replicates and the
 * variance of that mean due to replicate noise (the variance between the replicates divided by
 * their number; NaN with one replicate, when it cannot be estimated).
 */
public record Outputs(double[] mean, double[] noise) {
    public Outputs {
        if (mean.length != noise.length) throw new IllegalArgumentException("one noise variance per design point");
    }

    /** The replicate noise variance of a design point's mean, averaged over the design; NaN if unknown. */
    double meanNoise() {
        double sum = 0;
        for (double v : noise) sum += v;
        return sum / noise.length;
    }

    /** Variance of the design points' means (denominator n). */
    double variance() {
        double m = 0;
        for (double v : mean) m += v;
        m /= mean.length;
        double ss = 0;
        for (double v : mean) ss += (v - m) * (v - m);
        return ss / mean.length;
    }
}
