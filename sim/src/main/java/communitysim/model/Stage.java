package communitysim.model;

import communitysim.scenario.Scenario;

/** Engagement read as the emotional stages of source 004. */
public enum Stage {
    ANXIOUS, POSITIVE, FIRM, ELEVATED;

    public static int of(double engagement, Scenario.Stages thresholds) {
        if (engagement >= thresholds.elevated()) return ELEVATED.ordinal();
        if (engagement >= thresholds.firm()) return FIRM.ordinal();
        if (engagement >= thresholds.positive()) return POSITIVE.ordinal();
        return ANXIOUS.ordinal();
    }
}
