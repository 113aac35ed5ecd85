package communitysim.compare;

import communitysim.metrics.Metric;

import java.util.List;

import static communitysim.metrics.Metric.*;

/**
 * A metric a comparison reports and charts, with its chart's y-axis label (units included). Metrics that
 * are 0 throughout in every scenario (a feature no scenario switches on) are still tested and tabled,
 * but not charted.
 */
public record HeadlineMetric(Metric metric, String axisLabel) {

    /** What a policy team asks about first: size, activity, flows, health of the members, inequality. */
    public static final List<HeadlineMetric> ALL = List.of(
            new HeadlineMetric(MEMBERS, "Members (people)"),
            new HeadlineMetric(DAU, "Daily active members (people)"),
            new HeadlineMetric(MAU, "Monthly active members (people)"),
            new HeadlineMetric(ACTIVE_RATIO, "DAU / members (fraction)"),
            new HeadlineMetric(JOINS, "Joins (people per day)"),
            new HeadlineMetric(JOINS_REFERRAL, "Referral joins (people per day)"),
            new HeadlineMetric(CHURNED, "Members lost (people per day)"),
            new HeadlineMetric(CONTENT, "Content (pieces per day)"),
            new HeadlineMetric(INTERACTIONS, "Interactions (per day)"),
            new HeadlineMetric(MEAN_ENGAGEMENT, "Mean engagement (0-1)"),
            new HeadlineMetric(MEAN_BELONGING, "Mean belonging (0-1)"),
            new HeadlineMetric(SUBGROUPS, "Subgroups (groups)"),
            new HeadlineMetric(OPINION_LEADERS, "Opinion leaders (people)"),
            new HeadlineMetric(COHERENCE, "Coherent action A (0-1)"),
            new HeadlineMetric(VALUE, "Value V (active members x A)"),
            new HeadlineMetric(TOKENS_EMITTED, "Tokens emitted (tokens, cumulative)"),
            new HeadlineMetric(GINI, "Gini of balances (0-1)"));

    public String label() {
        return metric.label;
    }
}
