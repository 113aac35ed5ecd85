package communitysim.model;

import ec.util.MersenneTwisterFast;

/**
 * Thinning of a pass's Bernoulli draws: when no member's probability exceeds a bound {@code q}, the
 * gap to the next member who faces a draw is Geometric({@code q}), and that member succeeds with
 * its own probability over {@code q}. Each member still succeeds independently with exactly its own
 * probability, for about {@code 2q} draws a member instead of one.
 */
final class Thinning {
    private Thinning() {}

    /**
     * Members to pass over before the next one who faces the draw: Geometric({@code bound}) on 0, 1,
     * 2, ...; never, in effect, when the bound is 0. {@code logSkip} is {@code log1p(-bound)}.
     */
    static long gap(double bound, double logSkip, MersenneTwisterFast random) {
        if (!(bound > 0)) return Long.MAX_VALUE;
        if (bound >= 1) return 0;
        // 1 - u is exact for a draw u of 53 bits, so log gives its logarithm as log1p(-u) does; log
        // is an intrinsic, log1p a native call on Java 17 (they may differ in the last bit)
        double gap = Math.floor(Math.log(1 - random.nextDouble()) / logSkip);
        return gap >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) gap;
    }
}
