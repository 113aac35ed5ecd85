package communitysim.model;

import communitysim.scenario.Scenario;

/** Engagement read as the emotional stages of source 004. */
public enum Stage {
    ANXIOUS, POSITIVE, FIRM, ELEVATED;

    /**
     * The stage of {@code engagement}: how many of the thresholds it meets, which the scenario
     * checks ascend. Counted rather than branched on, since engagement spread around the
     * thresholds makes a branch a coin toss for the processor (the end-of-day census asks it for
     * every member).
     */
    public static int of(double engagement, Scenario.Stages thresholds) {
        return of(engagement, thresholds.positive(), thresholds.firm(), thresholds.elevated());
    }

    /** The same with the thresholds at hand, for a loop that reads them once. */
    static int of(double engagement, double positive, double firm, double elevated) {
        return (engagement >= positive ? 1 : 0) + (engagement >= firm ? 1 : 0) + (engagement >= elevated ? 1 : 0);
    }
}
