package communitysim.sensitivity;

import communitysim.sweep.Sampler;

import java.util.Locale;

/**
 * The two global sensitivity methods: Morris screening (elementary effects on {@code n}
 * trajectories) and Sobol variance decomposition (a Saltelli design of {@code n} base samples).
 */
public enum Method {
    MORRIS(2, "trajectories", "sigma needs two trajectories at least"),
    SOBOL(8, "base samples", "a bootstrap over fewer base samples has too few distinct resamples to give an interval");

    /** The smallest {@code --n} the method accepts. */
    public final int minN;
    /** What {@code --n} counts. */
    public final String counts;
    /** Why {@link #minN}. */
    public final String why;

    Method(int minN, String counts, String why) {
        this.minN = minN;
        this.counts = counts;
        this.why = why;
    }

    /** The name users type: {@code morris} or {@code sobol}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sweep sampler that carries the design. */
    public Sampler sampler() {
        return this == MORRIS ? Sampler.MORRIS : Sampler.SOBOL;
    }

    /** Design points for {@code n} and {@code k} knobs: {@code n (k + 1)} for Morris, {@code n (k + 2)} for Sobol. */
    public long runs(int n, int k) {
        return (long) n * (this == MORRIS ? k + 1 : k + 2);
    }

    /** The design in the unit cube, run by run. */
    public double[][] points(int n, int k, long seed) {
        return this == MORRIS ? MorrisDesign.points(n, k, MorrisDesign.LEVELS, seed) : SaltelliDesign.points(n, k);
    }

    public static Method of(String label) {
        for (Method m : values()) if (m.label().equals(label)) return m;
        return null;
    }
}
