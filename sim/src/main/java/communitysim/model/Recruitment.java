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
 * to the hazards, and a referred candidate's referrer is drawn in proportion to referral rates.
 */
final class Recruitment implements Steppable {
    private final CommunityModel model;
    private double[] cumulativeWeight = new double[1024];
    private int[] referrers = new int[1024];
    private double poolCarry;

    Recruitment(CommunityModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState state) {
        model.beginDay();
        Scenario s = model.scenario;
        Members m = model.members;
        MersenneTwisterFast random = model.random;
        int day = model.day();

        poolCarry += s.pool().growthPerDay();
        long added = (long) Math.floor(poolCarry);
        poolCarry -= added;
        model.poolRemaining += added;
        model.poolTotal += added;

        double referralTotal = referralWeights(s.recruitment().referral());
        double hazardReferral = model.poolTotal > 0 ? referralTotal / model.poolTotal : 0;
        Scenario.External external = s.recruitment().external();
        double externalRate = external.rateOn(day);

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
            if (model.admit(day, -1)) model.tally.joinsExternal++;
            else model.tally.declined++;
        }
        for (long k = 0; k < viaReferral; k++) {
            int referrer = pickReferrer(referralTotal, random);
            if (model.admit(day, referrer)) model.tally.joinsReferral++;
            else model.tally.declined++;
        }
    }

    /** Fills the cumulative referral weights of yesterday's active members and returns their sum. */
    private double referralWeights(Scenario.Referral referral) {
        Members m = model.members;
        RoleTable roles = model.roles;
        double exponent = referral.engagementExponent();
        int n = m.aliveCount();
        if (cumulativeWeight.length < n) {
            cumulativeWeight = new double[Math.max(n, cumulativeWeight.length * 2)];
            referrers = new int[cumulativeWeight.length];
        }
        double total = 0;
        int count = 0;
        int[] alive = m.alive;
        for (int k = 0; k < n; k++) {
            int id = alive[k];
            if (m.activeYesterday[id] == 0) continue;
            double e = m.engagement[id];
            double conversion = exponent == 1 ? e : exponent == 0 ? 1 : Math.pow(e, exponent);
            double w = referral.rate() * conversion * roles.referral[m.role[id]];
            if (w <= 0) continue;
            total += w;
            cumulativeWeight[count] = total;
            referrers[count++] = id;
        }
        referrerCount = count;
        return total;
    }

    private int referrerCount;

    private int pickReferrer(double total, MersenneTwisterFast random) {
        double u = random.nextDouble() * total;
        int lo = 0;
        int hi = referrerCount - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeWeight[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return referrers[lo];
    }
}
