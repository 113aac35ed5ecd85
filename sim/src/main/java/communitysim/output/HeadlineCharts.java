package communitysim.output;

import java.util.List;

import static communitysim.metrics.Metric.*;

/** The charts every results folder carries. Add a chart by adding a line. */
public final class HeadlineCharts {

    public static final List<ChartSpec> ALL = List.of(
            new ChartSpec("members", "Members", "Members (people)", MEMBERS),
            new ChartSpec("active", "Active members", "Active members (people)", DAU, WAU, MAU),
            new ChartSpec("active_ratio", "Active share", "DAU / members (fraction)", ACTIVE_RATIO),
            new ChartSpec("joins", "Joins", "Joins (people per day)", JOINS_EXTERNAL, JOINS_REFERRAL),
            new ChartSpec("churned", "Members lost", "Members lost (people per day)", CHURNED),
            new ChartSpec("activity", "Content and interactions", "Count per day", CONTENT, INTERACTIONS),
            new ChartSpec("roles", "Members by role", "Members (people)",
                    ROLE_INACTIVE, ROLE_ONLOOKER, ROLE_PARTICIPANT, ROLE_COLLECTOR, ROLE_COMMENTER, ROLE_CREATOR),
            new ChartSpec("engagement", "Engagement and belonging", "Mean over members (0-1)",
                    MEAN_ENGAGEMENT, MEAN_BELONGING),
            new ChartSpec("tokens", "Emission against payout", "Tokens (cumulative)",
                    TOKENS_EMITTED, TOKENS_PAID, TOKENS_PARTNERS, TOKENS_SOLD, TOKENS_BURNED),
            new ChartSpec("reward_per_active", "Rewards per active member", "Tokens per active member per day", REWARD_PER_ACTIVE),
            new ChartSpec("gini", "Inequality of balances", "Gini coefficient (0-1)", GINI),
            new ChartSpec("concentration", "Concentration of balances", "Share of all balances (fraction)", TOP1_SHARE, TOP10_SHARE),
            new ChartSpec("subgroups", "Subgroups", "Groups", SUBGROUPS, SUBGROUP_BIRTHS, SUBGROUP_DEATHS),
            new ChartSpec("leaders", "Leaders", "Members (people)", OPINION_LEADERS, GROUP_LEADERS),
            new ChartSpec("unmet_needs", "Unmet needs", "Needs per day", UNMET_NEEDS),
            new ChartSpec("central_load", "Central team load", "Central demand / capacity", CENTRAL_LOAD),
            new ChartSpec("coherence", "Coherent action", "Coherence A (0-1)", COHERENCE),
            new ChartSpec("value", "Community value", "Value V = active members x A", VALUE),
            new ChartSpec("ops_cost", "Operations cost", "Cost per day (currency)", OPS_COST),
            new ChartSpec("cost_per_active", "Cost per active member", "Cost per active member per day (currency)", COST_PER_ACTIVE),
            new ChartSpec("participation", "Who creates the content", "Share of all content (fraction)",
                    CONTENT_TOP1_SHARE, CONTENT_TOP10_SHARE));

    private HeadlineCharts() {}
}
