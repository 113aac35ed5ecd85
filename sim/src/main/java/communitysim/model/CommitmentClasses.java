package communitysim.model;

import communitysim.scenario.Scenario;

import java.util.List;

/**
 * Commitment classes (the scenario's {@code commitment.classes}): newcomers who differ in how long
 * they stay and how often they come. Real contributor histories hold about 60% of people active on
 * one day only beside a quarter who stay for years, and one churn hazard cannot give both: a hazard
 * high enough to lose the drive-by contributors in days loses the core in months. Each newcomer
 * falls into a class by the classes' shares (none: the remaining share); its churn hazard is
 * multiplied by the class's {@code churn} and its activation logit shifted by its {@code activation}.
 *
 * <p>The class is a hash of the replicate's seed and the newcomer's arrival number, as
 * {@link Propensity} is, so switching classes on leaves every other random number as it was, and a
 * member's class does not depend on which thread admitted it.
 */
final class CommitmentClasses {
    private static final long PURPOSE = 0xc0331e;

    private final long key;
    /** Cumulative shares: class k + 1 for u below bound k. */
    private double[] bounds = new double[0];
    /** By class code (0: no class): hazard multiplier and logit shift. */
    private double[] churn;
    private double[] activation;

    CommitmentClasses(long seed, Scenario.Commitment commitment) {
        this.key = Streams.derive(seed, PURPOSE, 0, 0);
        reconfigure(commitment);
    }

    /**
     * The knobs changed mid-run: the classes' churn and activation apply to their members from today
     * (members keep their class); newcomers fall into classes by the new shares.
     */
    void reconfigure(Scenario.Commitment commitment) {
        List<Scenario.CommitmentClass> classes = commitment.classes();
        // members keep the code of a class a later change dropped: it then behaves as no class
        int n = Math.max(classes.size(), churn == null ? 0 : churn.length - 1);
        churn = new double[n + 1];
        activation = new double[n + 1];
        churn[0] = 1;
        for (int k = 0; k < n; k++) {
            churn[k + 1] = k < classes.size() ? classes.get(k).churn() : 1;
            activation[k + 1] = k < classes.size() ? classes.get(k).activation() : 0;
        }
        bounds = new double[classes.size()];
        double c = 0;
        for (int k = 0; k < bounds.length; k++) bounds[k] = c += classes.get(k).share();
    }


    /** The class code of the {@code arrival}-th newcomer of the run (0: no class). */
    byte of(int arrival) {
        double u = Streams.pairUniform(key, arrival, arrival);
        for (int k = 0; k < bounds.length; k++) if (u < bounds[k]) return (byte) (k + 1);
        return 0;
    }

    /** Hazard multiplier by class code. */
    double[] churn() {
        return churn;
    }

    /** Activation logit shift by class code. */
    double[] activation() {
        return activation;
    }
}
