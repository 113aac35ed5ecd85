package communitysim.model;

import communitysim.scenario.Scenario;

/**
 * Voluntary churn's daily hazard: {@code base * exp(-e*engagement - b*belonging - f*fit)}, times
 * {@code feeFactor} for members who paid to join, times the member's commitment class's multiplier
 * ({@link CommitmentClasses}), times {@code 1 + unmetChurn * unmet share} of the member's group's
 * needs; a member leaves with probability {@code 1 - exp(-hazard)}.
 */
final class ChurnHazard {
    private final Scenario.Churn c;
    private final double unmetChurn;
    /** By commitment class code; null when the run has no classes. */
    private final double[] classChurn;
    private final double maxClassChurn;

    ChurnHazard(Scenario scenario) {
        this(scenario, new double[] {1});
    }

    /** @param classChurn the hazard multiplier by commitment class code (entry 0: no class) */
    ChurnHazard(Scenario scenario, double[] classChurn) {
        this.c = scenario.churn();
        this.unmetChurn = scenario.governance().unmetChurn();
        this.classChurn = classChurn.length > 1 ? classChurn.clone() : null;
        double max = 0;
        for (double v : classChurn) max = Math.max(max, v);
        this.maxClassChurn = max;
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
                * Math.max(1, c.feeFactor()) * maxClassChurn;
        return -Math.expm1(-worst * (1 + unmetChurn));
    }

    /**
     * Whether member {@code id} leaves on a thinning draw of {@code threshold} (the uniform draw
     * times the bound): exactly {@code threshold < leaveProbability(...)}, decided for almost
     * every draw without {@code expm1}. With x the day's hazard, {@code 1 - exp(-x)} lies between
     * {@code x - x^2/2} and x, and {@code expm1}'s result (within an ulp of it) never exceeds x:
     * a draw at or over x stays, one under the lower end (shaded down far beyond its rounding)
     * leaves, and only the sliver between asks {@code expm1}. Most drawn members stay (their
     * probability is a small part of the bound), and {@code expm1} is a native call on Java 17.
     */
    boolean leaves(double threshold, Members m, int id, double e, double b, double unmetShare) {
        double x = hazard(m, id, e, b) * (1 + unmetChurn * unmetShare);
        if (threshold >= x) return false;
        if (threshold < (x - 0.5 * x * x) * (1 - 1e-12)) return true;
        return threshold < -Math.expm1(-x);
    }

    private double hazard(Members m, int id, double e, double b) {
        double hazard = c.base() * Math.exp(-c.engagement() * e - c.belonging() * b - c.fit() * m.fit[id]);
        if (classChurn != null) hazard *= classChurn[m.commitment[id]];
        return (m.flags[id] & Members.FLAG_FEE_PAID) != 0 ? hazard * c.feeFactor() : hazard;
    }

    /** Member {@code id}'s probability of leaving today, with engagement {@code e} and belonging {@code b}. */
    double leaveProbability(Members m, int id, double e, double b, double unmetShare) {
        return -Math.expm1(-hazard(m, id, e, b) * (1 + unmetChurn * unmetShare));
    }
}
