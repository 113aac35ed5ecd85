package communitysim.calibrate;

import communitysim.output.Numbers;
/**
 * A knob being fitted: its dotted scenario path and a uniform prior on {@code [lo, hi]}, or a
 * log-uniform one ({@code log}: uniform in {@code ln x}). The sampler works on the "z scale"
 * ({@code ln x} for a log prior, {@code x} otherwise), where every prior is flat.
 */
public record Parameter(String path, double lo, double hi, boolean log) {
    public Parameter {
        if (!(lo < hi)) throw new IllegalArgumentException(path + ": lo must be < hi, got " + lo + ":" + hi);
        if (log && lo <= 0) throw new IllegalArgumentException(path + ": a log prior needs lo > 0, got " + lo);
    }

    public double zLo() {
        return log ? Math.log(lo) : lo;
    }

    public double zHi() {
        return log ? Math.log(hi) : hi;
    }

    public double toZ(double x) {
        return log ? Math.log(x) : x;
    }

    public double fromZ(double z) {
        double x = log ? Math.exp(z) : z;
        return Math.min(hi, Math.max(lo, x)); // exp(ln x) may round past a bound
    }

    /** {@code PATH=lo:hi[:log]}, as {@code --fit} takes it. */
    public String spec() {
        return path + "=" + Numbers.format(lo) + ":" + Numbers.format(hi) + (log ? ":log" : "");
    }
}
