package communitysim.model;

import communitysim.scenario.Scenario;

/**
 * Elimination (source 001: members who skip homework leave the class): when it is on, every
 * {@code everyDays} days members inactive for {@code inactiveDays} (counted from joining if they
 * never were active) are removed.
 */
final class Elimination {
    private final Scenario.Elimination config;

    Elimination(Scenario scenario) {
        this.config = scenario.elimination();
    }

    /** Whether {@code day} is a day of elimination. */
    boolean due(int day) {
        return config.enabled() && day % config.everyDays() == 0;
    }

    /** Whether member {@code id} is removed on a day of elimination. */
    boolean removes(Members m, int id, int day) {
        return day - Math.max(m.lastActiveDay[id], m.joinDay[id]) >= config.inactiveDays();
    }
}
