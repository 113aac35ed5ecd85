package communitysim.model.organisation;

import communitysim.model.Sampling;
import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/**
 * A group's vitality: the share of its members who still follow its conversation (source 001: a
 * chat group lives about three months without operations). It is an outcome of what members do,
 * not a clock: each day
 * <ul>
 *   <li>followers who were not active that day drift away, each with probability
 *       {@code decay * (1 - ops)}; members active that day hold the conversation and stay;</li>
 *   <li>members who drifted come back, each with probability
 *       {@code vitalityGain * ops + recall * conversing / size}: operations call them back, and so
 *       does a lively conversation (members active that day who interacted with someone);</li>
 * </ul>
 * where {@code ops = min(1, operations + leaderOperations * active group leaders)}. Since a dying
 * group's vitality also lowers its members' activation (Activity, {@code vitalityWeight}), a quiet
 * group slides faster and a lively one lasts: lifetimes spread around the typical three months
 * instead of all ending on one day. A group with no members loses {@code decay * (1 - ops)} of its
 * vitality a day, there being nobody to hold it.
 */
public final class GroupVitality {
    private Scenario.Groups config;

    public GroupVitality(Scenario.Groups config) {
        this.config = config;
    }

    /** The knobs changed mid-run. */
    void reconfigure(Scenario.Groups next) {
        this.config = next;
    }

    /**
     * Tomorrow's vitality of a group of {@code size} members at vitality {@code v}, of whom
     * {@code active} were active today, {@code conversing} of those interacted, and
     * {@code activeLeaders} were active group leaders.
     */
    public double next(double v, int size, int active, int conversing, int activeLeaders, MersenneTwisterFast random) {
        double ops = Math.min(1, config.operations() + config.leaderOperations() * activeLeaders);
        double drift = config.decay() * (1 - ops);
        if (size == 0) return v * (1 - drift);
        double following = v * size;
        long idle = roundRandomly(Math.max(0, following - active), random);
        long lapsed = roundRandomly(Math.max(0, size - following), random);
        double pull = Math.min(1, config.vitalityGain() * ops + config.recall() * conversing / size);
        long drifted = idle == 0 || drift <= 0 ? 0 : Sampling.binomial(idle, drift, random);
        long back = lapsed == 0 || pull <= 0 ? 0 : Sampling.binomial(lapsed, pull, random);
        return Math.max(0, Math.min(1, (following - drifted + back) / size));
    }

    /** {@code x} rounded down or up with the odds of its fraction, so small groups keep their mean. */
    private static long roundRandomly(double x, MersenneTwisterFast random) {
        long n = (long) x;
        double fraction = x - n;
        return fraction > 0 && random.nextDouble() < fraction ? n + 1 : n;
    }
}
