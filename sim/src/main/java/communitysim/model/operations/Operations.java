package communitysim.model.operations;

import communitysim.scenario.Scenario;

/**
 * Official content on a cadence and the operations budget (sources 001, 004). On a content day
 * every member's activation gains {@code pull} and its engagement closes {@code engagementGain} of
 * the gap to 1; external inflow is multiplied by {@code 1 + attraction * sqrt(share of the last 30
 * days with content)}, so daily content attracts most, with diminishing returns. Events are run by
 * {@link Events}; both add to the day's cost.
 */
public final class Operations {
    private static final int MEMORY = 30;

    private Scenario.Operations config;
    private final boolean[] recent = new boolean[MEMORY];
    private int recentCount;
    private boolean contentToday;
    private double costToday;

    public Operations(Scenario.Operations config) {
        this.config = config;
    }

    /** The knobs changed mid-run; the last 30 days' content stays remembered. */
    public void reconfigure(Scenario.Operations next) {
        this.config = next;
    }

    public void beginDay(int day) {
        contentToday = config.content().on(day);
        int slot = day % MEMORY;
        if (recent[slot]) recentCount--;
        recent[slot] = contentToday;
        if (contentToday) recentCount++;
        costToday = config.teamCostPerDay() + (contentToday ? config.content().costPerPiece() : 0);
    }

    public double contentPull() {
        return contentToday ? config.content().pull() : 0;
    }

    public double contentEngagementGain() {
        return contentToday ? config.content().engagementGain() : 0;
    }

    public double attraction() {
        return 1 + config.content().attraction() * Math.sqrt(recentCount / (double) MEMORY);
    }

    public void addCost(double cost) {
        costToday += cost;
    }

    public double costToday() {
        return costToday;
    }
}
