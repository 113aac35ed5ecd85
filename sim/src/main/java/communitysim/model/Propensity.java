package communitysim.model;

import org.apache.commons.math3.special.Erf;

/**
 * A member's own keenness to create content, fixed at joining: lognormal with mean 1, so that the
 * knob {@code roles.propensitySd} spreads content between members without changing how much a
 * role creates on average.
 *
 * <p>The draw is a hash of the replicate's seed and the member's id rather than a stream draw, so
 * switching the spread on or off leaves every other random number of a run as it was, and a
 * member's propensity does not depend on which thread admitted it.
 */
public final class Propensity {
    private static final long PURPOSE = 0x9e0b5e;

    private final double sd;
    private final long key;

    public Propensity(long seed, double sd) {
        this.sd = sd;
        this.key = Streams.derive(seed, PURPOSE, 0, 0);
    }

    /** The propensity of member {@code id}: exp(sd z - sd^2 / 2), z standard normal; 1 when sd is 0. */
    public float of(int id) {
        if (sd == 0) return 1f;
        double u = Streams.pairUniform(key, id, id);
        double z = Math.sqrt(2) * Erf.erfInv(2 * Math.max(u, 0x1.0p-53) - 1);
        return (float) Math.exp(sd * z - sd * sd / 2);
    }
}
