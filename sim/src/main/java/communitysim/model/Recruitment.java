package communitysim.model;

import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The day's first phase: prospects join from the finite pool through external inflow and word of
 * mouth, then pass admission.
 *
 * <p>Each remaining prospect's daily hazard is {@code h_e + h_r}: {@code h_e} the external rate
 * (Bass p per day) and {@code h_r = sum of active referrers' rates / P}, P being the whole pool
 * (members, leavers and prospects). With everyone active and equal referrers this is the discrete
 * Bass model (q per day). In {@code perDay} mode external joins are a Poisson count instead.
 * Candidates are drawn exactly (binomial over the remaining pool), split by channel in proportion
 * to the hazards, and a referred candidate's referrer is drawn in proportion to referral weights
 * (recorded at the end of yesterday, see {@link ReferralWeights}).
 */
final class Recruitment implements Steppable {
    private final CommunityModel model;
    private double poolCarry;

    Recruitment(CommunityModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        Scenario s = model.scenario;
        MersenneTwisterFast random = model.random;
        int day = model.day();

        poolCarry += s.pool().growthPerDay();
        long added = (long) Math.floor(poolCarry);
        poolCarry -= added;
        model.poolRemaining += added;
        model.poolTotal += added;

        ReferralWeights referrers = model.referralWeights();
        double referralTotal = referrers.total();
        double hazardReferral = model.poolTotal > 0 ? referralTotal / model.poolTotal : 0;
        Scenario.External external = s.recruitment().external();
        // content attracts: rate or daily count alike (diminishing returns, see Operations)
        double externalRate = external.rateOn(day) * model.operations.attraction();

        long remaining = model.poolRemaining;
        long viaExternal;
        long viaReferral;
        if (external.unit() == Scenario.RateUnit.perProspect) {
            double hazard = externalRate + hazardReferral;
            long candidates = Sampling.binomial(remaining, -Math.expm1(-hazard), random);
            viaExternal = hazard > 0 ? Sampling.binomial(candidates, externalRate / hazard, random) : 0;
            viaReferral = candidates - viaExternal;
        } else {
            viaExternal = Math.min(remaining, Sampling.poisson(externalRate, random));
            viaReferral = Sampling.binomial(remaining - viaExternal, -Math.expm1(-hazardReferral), random);
        }
        model.poolRemaining -= viaExternal + viaReferral;

        for (long k = 0; k < viaExternal; k++) {
            model.admit(day, -1);
        }
        for (long k = 0; k < viaReferral; k++) {
            int referrer = referrers.pick(random.nextDouble() * referralTotal);
            model.admit(day, referrer);
        }
    }
}
