package communitysim.output;

import communitysim.metrics.Metric;

import java.util.List;
import java.util.Set;

import static communitysim.metrics.Metric.*;

/**
 * The charts every results folder carries. Add a chart by adding a line. One chart, one kind of
 * number ({@link Metric.Kind}): a count of things beside a count per day on the same axis invites a
 * comparison that means nothing.
 */
public final class HeadlineCharts {

    public static final List<ChartSpec> ALL = List.of(
            new ChartSpec("members", "Members", "Members (people)",
                    "How many people are members at the end of each day.", MEMBERS),
            new ChartSpec("active", "Active members", "Active members (people)",
                    "Members active that day (DAU), in the last 7 days (WAU) and in the last 30 days (MAU).", DAU, WAU, MAU),
            new ChartSpec("active_ratio", "Active share", "DAU / members (fraction)",
                    "The share of members active on a day: engagement independent of size.", ACTIVE_RATIO),
            new ChartSpec("joins", "Joins", "Joins (people per day)",
                    "New members per day, from external inflow (media, public channels) and from referrals.",
                    JOINS_EXTERNAL, JOINS_REFERRAL),
            new ChartSpec("churned", "Members lost", "Members lost (people per day)",
                    "Members leaving or removed per day.", CHURNED),
            new ChartSpec("activity", "Content and interactions", "Count per day",
                    "Content pieces created and member-to-member interactions per day.", CONTENT, INTERACTIONS),
            new ChartSpec("roles", "Members by role", "Members (people)",
                    "Members in each role at the end of each day, from inactive to creator.",
                    ROLE_INACTIVE, ROLE_ONLOOKER, ROLE_PARTICIPANT, ROLE_COLLECTOR, ROLE_COMMENTER, ROLE_CREATOR),
            new ChartSpec("engagement", "Engagement and belonging", "Mean over members (0-1)",
                    "Mean engagement and mean belonging over current members.", MEAN_ENGAGEMENT, MEAN_BELONGING),
            new ChartSpec("tokens", "Emission against payout", "Tokens (cumulative)",
                    "Running totals of tokens emitted, paid to members and partners, sold and burned.",
                    TOKENS_EMITTED, TOKENS_PAID, TOKENS_PARTNERS, TOKENS_SOLD, TOKENS_BURNED),
            new ChartSpec("reward_per_active", "Rewards per active member", "Tokens per active member per day",
                    "Tokens paid per active member per day: what activity earns.", REWARD_PER_ACTIVE),
            new ChartSpec("gini", "Inequality of balances", "Gini coefficient (0-1)",
                    "Gini coefficient of members' token balances: 0 is equal shares, 1 is one holder.", GINI),
            new ChartSpec("concentration", "Concentration of balances", "Share of all balances (fraction)",
                    "The share of all token balances held by the richest 1% and 10% of members.", TOP1_SHARE, TOP10_SHARE),
            new ChartSpec("subgroups", "Subgroups", "Groups",
                    "Subgroups alive at the end of each day.", SUBGROUPS),
            new ChartSpec("subgroup_turnover", "Subgroups opened and dying", "Groups per day",
                    "Subgroups opened and subgroups dying per day.", SUBGROUP_BIRTHS, SUBGROUP_DEATHS),
            new ChartSpec("leaders", "Leaders", "Members (people)",
                    "Opinion leaders and group leaders among members.", OPINION_LEADERS, GROUP_LEADERS),
            new ChartSpec("unmet_needs", "Unmet needs", "Needs per day",
                    "Members' needs per day that nobody met.", UNMET_NEEDS),
            new ChartSpec("central_load", "Central team load", "Central demand / capacity",
                    "Demand on the central team over its capacity: above 1 it is overloaded.", CENTRAL_LOAD),
            new ChartSpec("coherence", "Coherent action", "Coherence A (0-1)",
                    "Coherence A: how far the community acts together (0-1).", COHERENCE),
            new ChartSpec("value", "Community value", "Value V = active members x A",
                    "Community value V: active members weighted by coherence.", VALUE),
            new ChartSpec("ops_cost", "Operations cost", "Cost per day (currency)",
                    "What running the community costs per day.", OPS_COST),
            new ChartSpec("cost_per_active", "Cost per active member", "Cost per active member per day (currency)",
                    "Operations cost per active member per day.", COST_PER_ACTIVE),
            new ChartSpec("participation", "Who creates the content", "Share (fraction)",
                    "Among everyone who ever contributed: the share of all content created by the top 1% and top 10%, and the share who contributed on one day only.",
                    CONTENT_TOP1_SHARE_ALL, CONTENT_TOP10_SHARE_ALL, ONE_DAY_CONTRIBUTORS_ALL));

    /** Metrics that are all zero when a scenario has no tokens (rewards off): balances exist only through them. */
    public static final Set<Metric> TOKEN_METRICS = Set.of(TOKENS_EMITTED, TOKENS_PAID, TOKENS_SOLD, TOKENS_BURNED,
            TOKENS_PARTNERS, TOKENS_CARRIED, REWARD_PER_ACTIVE, GINI, TOP1_SHARE, TOP10_SHARE, HHI, NAKAMOTO);

    private HeadlineCharts() {}

    /** Whether the chart shows only token figures, so that it says nothing in a run without tokens. */
    public static boolean isTokenChart(ChartSpec spec) {
        return TOKEN_METRICS.containsAll(spec.series());
    }
}
