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
    /** Running sum of referral weights within each chunk, by position in the member list. */
    private double[] runningWeight = new double[1024];
    private double[] chunkTotal = new double[16];
    private int weightedMembers;
    private int weightedChunks;
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

        double referralTotal = referralWeights(state, s.recruitment().referral());
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
            if (model.admit(day, -1)) model.tally.joinsExternal++;
            else model.tally.declined++;
        }
        for (long k = 0; k < viaReferral; k++) {
            int referrer = pickReferrer(referralTotal, random);
            if (model.admit(day, referrer)) model.tally.joinsReferral++;
            else model.tally.declined++;
        }
        model.runEvents();
    }

    /**
     * Each current member's referral weight (zero unless active yesterday), as running sums within
     * chunks of the member list, computed in parallel; returns the total.
     */
    private double referralWeights(SimState state, Scenario.Referral referral) {
        Members m = model.members;
        RoleTable roles = model.roles;
        double exponent = referral.engagementExponent();
        int n = m.aliveCount();
        int chunks = (n + MemberPhase.CHUNK - 1) / MemberPhase.CHUNK;
        if (runningWeight.length < n) runningWeight = new double[Math.max(n, runningWeight.length * 2)];
        if (chunkTotal.length < chunks) chunkTotal = new double[Math.max(chunks, chunkTotal.length * 2)];
        int[] alive = m.alive;
        model.chunks().run(state, chunks, (worker, c) -> {
            double sum = 0;
            for (int k = c * MemberPhase.CHUNK, to = Math.min(n, k + MemberPhase.CHUNK); k < to; k++) {
                int id = alive[k];
                if (m.activeYesterday[id] != 0) {
                    double e = m.engagement[id];
                    double conversion = exponent == 1 ? e : exponent == 0 ? 1 : Math.pow(e, exponent);
                    sum += referral.rate() * conversion * roles.referral[m.role[id]];
                }
                runningWeight[k] = sum;
            }
            chunkTotal[c] = sum;
        });
        weightedMembers = n;
        weightedChunks = chunks;
        double total = 0;
        for (int c = 0; c < chunks; c++) total += chunkTotal[c];
        return total;
    }

    /** A referrer drawn in proportion to referral weight: first its chunk, then within the chunk by bisection. */
    private int pickReferrer(double total, MersenneTwisterFast random) {
        double u = random.nextDouble() * total;
        int c = 0;
        while (c < weightedChunks - 1 && (u >= chunkTotal[c] || chunkTotal[c] <= 0)) {
            u -= chunkTotal[c];
            c++;
        }
        int lo = c * MemberPhase.CHUNK;
        int hi = Math.min(weightedMembers, lo + MemberPhase.CHUNK) - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runningWeight[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        return model.members.alive[lo];
    }
}
