package communitysim.model.rewards;

import communitysim.scenario.Scenario;

/**
 * How the community budget is emitted over time, in base units (micro-tokens). A schedule is
 * defined by its cumulative emission through each day; a day's amount is the difference, so the
 * amounts add up exactly and never beyond the budget.
 */
public interface EmissionSchedule {
    /** Base units per token: integer micro-tokens keep the ledger exact. */
    long UNITS_PER_TOKEN = 1_000_000L;

    /** Cumulative emission through {@code day} (0 for day 0), non-decreasing, at most the budget. */
    long cumulativeThrough(int day);

    default long amountOn(int day) {
        return day < 1 ? 0 : cumulativeThrough(day) - cumulativeThrough(day - 1);
    }

    static long budgetOf(Scenario.Rewards rewards) {
        return Math.round(rewards.totalSupply() * rewards.communityShare() * UNITS_PER_TOKEN);
    }

    static EmissionSchedule of(Scenario.Rewards rewards) {
        long budget = budgetOf(rewards);
        return switch (rewards.schedule()) {
            case linear -> new LinearEmission(budget, rewards.emissionDays());
            case halving -> new HalvingEmission(budget, rewards.emissionDays(), rewards.halvingDays());
            case table -> new TableEmission(budget, rewards.emissionDays(), rewards.table());
        };
    }
}
