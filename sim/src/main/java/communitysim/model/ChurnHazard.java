package communitysim.model;

import communitysim.scenario.Scenario;

/**
 * Voluntary churn's daily hazard: {@code base * exp(-e*engagement - b*belonging - f*fit)}, times
 * {@code feeFactor} for members who paid to join, times {@code 1 + unmetChurn * unmet share} of the
 * member's group's needs; a member leaves with probability {@code 1 - exp(-hazard)}.
 */
final class ChurnHazard {
    private final Scenario.Churn c;
    private final double unmetChurn;

    ChurnHazard(Scenario scenario) {
        this.c = scenario.churn();
        this.unmetChurn = scenario.governance().unmetChurn();
    }

    /** Whether members leave of their own accord at all. */
    boolean enabled() {
        return c.enabled();
    }

    /**
     * The most any member's probability of leaving can be, known before the pass (engagement,
     * belonging and fit are >= 0 and protect, and an unmet share is at most 1): the thinning bound.
     */
    double bound() {
        if (!c.enabled()) return 0;
        double worst = c.base() * Math.exp(Math.max(0, -c.engagement()) + Math.max(0, -c.belonging()) + Math.max(0, -c.fit()))
                * Math.max(1, c.feeFactor());
        return -Math.expm1(-worst * (1 + unmetChurn));
    }

    /** Member {@code id}'s probability of leaving today, with engagement {@code e} and belonging {@code b}. */
    double leaveProbability(Members m, int id, double e, double b, double unmetShare) {
        double hazard = c.base() * Math.exp(-c.engagement() * e - c.belonging() * b - c.fit() * m.fit[id]);
        if ((m.flags[id] & Members.FLAG_FEE_PAID) != 0) hazard *= c.feeFactor();
        return -Math.expm1(-hazard * (1 + unmetChurn * unmetShare));
    }
}
