package communitysim.metrics;

/**
 * The columns of {@code daily.csv} after {@code replicate,seed,day}, in order, and the one definition of
 * each: column, label, unit, {@link Kind}, {@link Valence}, {@link Chart}, {@link Headline} and how
 * {@link DailyObserver} computes it. A day's values are a {@code double[]} indexed by {@link #ordinal()}.
 * Every other list of metrics derives from this table: the results folder's charts and
 * {@code metrics.csv}, the headlines a run prints, {@code runs.csv}'s horizon means, a comparison's
 * rows, the console's Model tab and {@code docs/metrics.md}.
 *
 * <p>The first block is the columns every results folder promises (docs/contract.md, "Results folder"); columns after it extend it. A
 * column a scenario switches off is still written (0).
 */
public enum Metric {
    // column, kind, valence, label, unit, chart (or null), headline, how it is computed
    MEMBERS("members", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Members", "people", Chart.MEMBERS, Headline.key(1),
            "Members.aliveCount() at the end of the day"),
    JOINS("joins", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Joins per day", "people per day", Chart.JOINS,
            Headline.key(5).perMember("Joins per member per day"), "DayTally.joinsExternal + DayTally.joinsReferral"),
    JOINS_EXTERNAL("joins_external", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Joins from external inflow per day", "people per day",
            Chart.JOINS, Headline.NONE, "DayTally.joinsExternal (Admission, external channel)"),
    JOINS_REFERRAL("joins_referral", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Joins from referrals per day", "people per day",
            Chart.JOINS, Headline.report(6), "DayTally.joinsReferral (Admission, referral channel)"),
    CHURNED("churned", Kind.FLOW, Valence.LOWER_IS_BETTER, "Members lost per day", "people per day", Chart.CHURNED,
            Headline.key(7).perMember("Members lost per member per day (churn rate)"),
            "DayTally.churnedVoluntary + DayTally.churnedRemoved"),
    CHURNED_VOLUNTARY("churned_voluntary", Kind.FLOW, Valence.LOWER_IS_BETTER, "Members leaving per day", "people per day",
            Chart.CHURN_CAUSES, Headline.NONE, "DayTally.churnedVoluntary (ChurnHazard)"),
    CHURNED_REMOVED("churned_removed", Kind.FLOW, Valence.LOWER_IS_BETTER, "Members removed per day", "people per day",
            Chart.CHURN_CAUSES, Headline.NONE, "DayTally.churnedRemoved (Elimination)"),
    DAU("dau", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Daily active members", "people", Chart.ACTIVE, Headline.key(2),
            "DayTally.dau: members active that day"),
    WAU("wau", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Weekly active members", "people", Chart.ACTIVE, Headline.NONE,
            "DayTally.wau: members active in the last 7 days"),
    MAU("mau", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Monthly active members", "people", Chart.ACTIVE, Headline.report(3),
            "DayTally.mau: members active in the last 30 days"),
    ACTIVE_RATIO("active_ratio", Kind.RATIO, Valence.HIGHER_IS_BETTER, "Active share (DAU / members)", "share (0-1)",
            Chart.ACTIVE_RATIO, Headline.key(4), "dau / members (0 without members)"),
    CONTENT("content", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Content pieces per day", "pieces per day", Chart.ACTIVITY,
            Headline.report(8).perMember("Content pieces per member per day"), "DayTally.content"),
    INTERACTIONS("interactions", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Interactions per day", "interactions per day",
            Chart.ACTIVITY, Headline.report(9).perMember("Interactions per member per day"), "DayTally.interactions"),
    SUBGROUPS("subgroups", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Subgroups", "groups", Chart.SUBGROUPS, Headline.report(12),
            "live groups in Organisation.groups (0 with groups off)"),
    OPINION_LEADERS("opinion_leaders", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Opinion leaders", "people", Chart.LEADERS,
            Headline.report(13), "Organisation.opinionLeaders()"),
    UNMET_NEEDS("unmet_needs", Kind.FLOW, Valence.LOWER_IS_BETTER, "Unmet needs per day", "needs per day", Chart.UNMET_NEEDS,
            Headline.NONE, "Governance.unmetNeeds()"),
    COHERENCE("coherence", Kind.RATIO, Valence.HIGHER_IS_BETTER, "Coherent action A", "index (0-1)", Chart.COHERENCE,
            Headline.report(14), "Governance.coherence()"),
    VALUE("value", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Community value V = active x A", "active members x A", Chart.VALUE,
            Headline.report(15), "dau x Governance.coherence()"),
    TOKENS_EMITTED("tokens_emitted", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens emitted (cumulative)", "tokens", Chart.TOKENS,
            Headline.report(16), "TokenLedger.emitted / EmissionSchedule.UNITS_PER_TOKEN"),
    TOKENS_PAID("tokens_paid", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens paid (cumulative)", "tokens", Chart.TOKENS,
            Headline.NONE, "TokenLedger.paid / UNITS_PER_TOKEN"),
    TOKENS_SOLD("tokens_sold", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens sold (cumulative)", "tokens", Chart.TOKENS,
            Headline.NONE, "TokenLedger.sold / UNITS_PER_TOKEN"),
    TOKENS_BURNED("tokens_burned", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens burned (cumulative)", "tokens", Chart.TOKENS,
            Headline.NONE, "TokenLedger.burned / UNITS_PER_TOKEN"),
    GINI("gini", Kind.RATIO, Valence.LOWER_IS_BETTER, "Gini of balances", "index (0-1)", Chart.GINI, Headline.report(17),
            "BalanceDistribution.gini() of current members' balances, every metrics.distributionEvery days"),
    TOP1_SHARE("top1_share", Kind.RATIO, Valence.LOWER_IS_BETTER, "Top 1% share of balances", "share (0-1)",
            Chart.CONCENTRATION, Headline.NONE, "BalanceDistribution.topShare(0.01), every metrics.distributionEvery days"),
    TOP10_SHARE("top10_share", Kind.RATIO, Valence.LOWER_IS_BETTER, "Top 10% share of balances", "share (0-1)",
            Chart.CONCENTRATION, Headline.NONE, "BalanceDistribution.topShare(0.10), every metrics.distributionEvery days"),
    NAKAMOTO("nakamoto", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Nakamoto coefficient", "people", Chart.NAKAMOTO, Headline.NONE,
            "BalanceDistribution.nakamoto(): fewest members holding over half the balances, every metrics.distributionEvery days"),
    // Extensions beyond the contract's minimum.
    POOL_REMAINING("pool_remaining", Kind.LEVEL, Valence.NEUTRAL, "Prospects left in the pool", "people", Chart.POOL,
            Headline.NONE, "CommunityModel.poolRemaining()"),
    DECLINED("declined", Kind.FLOW, Valence.LOWER_IS_BETTER, "Candidates turned away or declining the fee per day",
            "people per day", Chart.DECLINED, Headline.NONE, "DayTally.declined (Admission)"),
    ROLE_INACTIVE("role_inactive", Kind.LEVEL, Valence.LOWER_IS_BETTER, "Inactive members", "people", Chart.ROLES,
            Headline.NONE, "DayTally.roles[Role.INACTIVE]"),
    ROLE_ONLOOKER("role_onlooker", Kind.LEVEL, Valence.NEUTRAL, "Onlookers", "people", Chart.ROLES, Headline.NONE,
            "DayTally.roles[Role.ONLOOKER]"),
    ROLE_PARTICIPANT("role_participant", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Participants", "people", Chart.ROLES,
            Headline.NONE, "DayTally.roles[Role.PARTICIPANT]"),
    ROLE_COLLECTOR("role_collector", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Collectors", "people", Chart.ROLES, Headline.NONE,
            "DayTally.roles[Role.COLLECTOR]"),
    ROLE_COMMENTER("role_commenter", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Commenters", "people", Chart.ROLES, Headline.NONE,
            "DayTally.roles[Role.COMMENTER]"),
    ROLE_CREATOR("role_creator", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Creators", "people", Chart.ROLES, Headline.NONE,
            "DayTally.roles[Role.CREATOR]"),
    STAGE_ANXIOUS("stage_anxious", Kind.LEVEL, Valence.LOWER_IS_BETTER, "Anxious members", "people", Chart.STAGES,
            Headline.NONE, "DayTally.stages[Stage.ANXIOUS]"),
    STAGE_POSITIVE("stage_positive", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Positive members", "people", Chart.STAGES,
            Headline.NONE, "DayTally.stages[Stage.POSITIVE]"),
    STAGE_FIRM("stage_firm", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Firm members", "people", Chart.STAGES, Headline.NONE,
            "DayTally.stages[Stage.FIRM]"),
    STAGE_ELEVATED("stage_elevated", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Elevated members", "people", Chart.STAGES,
            Headline.NONE, "DayTally.stages[Stage.ELEVATED]"),
    MEAN_ENGAGEMENT("mean_engagement", Kind.RATIO, Valence.HIGHER_IS_BETTER, "Mean engagement", "mean over members (0-1)",
            Chart.ENGAGEMENT, Headline.report(10), "DayTally.sumEngagement / members"),
    MEAN_BELONGING("mean_belonging", Kind.RATIO, Valence.HIGHER_IS_BETTER, "Mean belonging", "mean over members (0-1)",
            Chart.ENGAGEMENT, Headline.report(11), "DayTally.sumBelonging / members"),
    EDGES("edges", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Links between current members", "links", Chart.EDGES,
            Headline.NONE, "CommunityModel.liveEdges()"),
    TOKENS_PARTNERS("tokens_partners", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens paid to partners and media (cumulative)",
            "tokens", Chart.TOKENS, Headline.NONE, "TokenLedger.partners / UNITS_PER_TOKEN"),
    TOKENS_CARRIED("tokens_carried", Kind.LEVEL, Valence.NEUTRAL, "Unspent tokens carried to the next day", "tokens",
            Chart.TOKENS_CARRIED, Headline.NONE, "TokenLedger.carried / UNITS_PER_TOKEN"),
    REWARD_PER_ACTIVE("reward_per_active", Kind.FLOW, Valence.NEUTRAL, "Tokens paid per active member per day",
            "tokens per active member per day", Chart.REWARD_PER_ACTIVE, Headline.NONE, "TokenLedger.paidToday / UNITS_PER_TOKEN / dau"),
    HHI("hhi", Kind.RATIO, Valence.LOWER_IS_BETTER, "Herfindahl-Hirschman index of balances", "index (0-1)", Chart.HHI,
            Headline.NONE, "BalanceDistribution.hhi(), every metrics.distributionEvery days"),
    SUBGROUP_BIRTHS("subgroup_births", Kind.FLOW, Valence.NEUTRAL, "Subgroups opened per day", "groups per day",
            Chart.SUBGROUP_TURNOVER, Headline.NONE, "Organisation.births()"),
    SUBGROUP_DEATHS("subgroup_deaths", Kind.FLOW, Valence.LOWER_IS_BETTER, "Subgroups dying per day", "groups per day",
            Chart.SUBGROUP_TURNOVER, Headline.NONE, "Organisation.deaths()"),
    SUBGROUP_MEAN_SIZE("subgroup_mean_size", Kind.LEVEL, Valence.NEUTRAL, "Mean subgroup size", "people", Chart.SUBGROUP_SIZE,
            Headline.NONE, "members in live groups / live groups (0 with groups off)"),
    SUBGROUP_MAX_SIZE("subgroup_max_size", Kind.LEVEL, Valence.NEUTRAL, "Largest subgroup", "people", Chart.SUBGROUP_SIZE,
            Headline.NONE, "largest live group (0 with groups off)"),
    GROUP_LEADERS("group_leaders", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Group leaders", "people", Chart.LEADERS,
            Headline.NONE, "Organisation.groupLeaders()"),
    CENTRALISATION("centralisation", Kind.RATIO, Valence.NEUTRAL, "Centralisation ratio r", "share (0-1)",
            Chart.CENTRALISATION, Headline.NONE, "Governance.ratio() (the knob governance.ratio)"),
    CENTRAL_LOAD("central_load", Kind.RATIO, Valence.LOWER_IS_BETTER, "Central demand / central capacity", "ratio",
            Chart.CENTRAL_LOAD, Headline.NONE, "Governance.centralLoad()"),
    OPS_COST("ops_cost", Kind.FLOW, Valence.LOWER_IS_BETTER, "Operations cost per day", "currency per day", Chart.OPS_COST,
            Headline.NONE, "Operations.costToday()"),
    COST_PER_ACTIVE("cost_per_active", Kind.FLOW, Valence.LOWER_IS_BETTER, "Operations cost per active member per day",
            "currency per active member per day", Chart.COST_PER_ACTIVE, Headline.NONE, "Operations.costToday() / dau"),
    EVENT_REACH("event_reach", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Members reached by events per day", "people per day",
            Chart.EVENT_REACH, Headline.NONE, "DayTally.eventReach (Events)"),
    // Participation inequality among contributors (members who ever created content): current members, then everyone who ever contributed.
    CONTENT_TOP1_SHARE("content_top1_share", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of content by the top 1% of current contributors",
            "share (0-1)", Chart.PARTICIPATION_CURRENT, Headline.NONE, "Participation.top1, every metrics.distributionEvery days"),
    CONTENT_TOP10_SHARE("content_top10_share", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of content by the top 10% of current contributors",
            "share (0-1)", Chart.PARTICIPATION_CURRENT, Headline.NONE, "Participation.top10, every metrics.distributionEvery days"),
    CONTENT_GINI("content_gini", Kind.RATIO, Valence.LOWER_IS_BETTER, "Gini of content among current contributors",
            "index (0-1)", Chart.PARTICIPATION_CURRENT, Headline.NONE, "Participation.gini, every metrics.distributionEvery days"),
    ONE_DAY_CONTRIBUTORS("one_day_contributors", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of current contributors who contributed on one day only",
            "share (0-1)", Chart.PARTICIPATION_CURRENT, Headline.NONE, "Participation.oneDay, every metrics.distributionEvery days"),
    CONTENT_TOP1_SHARE_ALL("content_top1_share_all", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of content by the top 1% of everyone who ever contributed",
            "share (0-1)", Chart.PARTICIPATION, Headline.NONE, "Participation.top1All, every metrics.distributionEvery days"),
    CONTENT_TOP10_SHARE_ALL("content_top10_share_all", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of content by the top 10% of everyone who ever contributed",
            "share (0-1)", Chart.PARTICIPATION, Headline.NONE, "Participation.top10All, every metrics.distributionEvery days"),
    ONE_DAY_CONTRIBUTORS_ALL("one_day_contributors_all", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of everyone who ever contributed who did so on one day only",
            "share (0-1)", Chart.PARTICIPATION, Headline.NONE, "Participation.oneDayAll, every metrics.distributionEvery days"),
    // The observables of real community data (commit histories, forum posts): members creating content.
    CONTRIBUTORS("contributors", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Contributors (members creating content that day)",
            "people per day", Chart.CONTRIBUTORS, Headline.NONE, "DayTally.contributors"),
    CONTRIBUTORS_7D("contributors_7d", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Distinct contributors in the last 7 days", "people",
            Chart.CONTRIBUTOR_WINDOWS, Headline.NONE, "ContributorWindows.within(day, 7)"),
    CONTRIBUTORS_30D("contributors_30d", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Distinct contributors in the last 30 days", "people",
            Chart.CONTRIBUTOR_WINDOWS, Headline.NONE, "ContributorWindows.within(day, 30)"),
    NEW_CONTRIBUTORS("new_contributors", Kind.FLOW, Valence.HIGHER_IS_BETTER, "First-time contributors per day", "people per day",
            Chart.CONTRIBUTORS, Headline.NONE, "DayTally.newContributors");

    /**
     * How a column reads: a day's count (a flow: a week's or month's value is the sum of its days), a
     * state at the end of the day, a ratio, or a running total (all three read at a period's end).
     */
    public enum Kind {
        FLOW, LEVEL, RATIO, CUMULATIVE;

        /** Whether a period's value is the sum of its days' values (else the value on its last day). */
        public boolean summedOverPeriods() {
            return this == FLOW;
        }
    }

    /** Whether more of a metric is good news for the community, bad news, or neither. */
    public enum Valence {
        HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL;

        /** +1 when a rise is good, -1 when it is bad, 0 when it is neither. */
        public int sign() {
            return this == HIGHER_IS_BETTER ? 1 : this == LOWER_IS_BETTER ? -1 : 0;
        }
    }

    /**
     * A chart of the results folder ({@code charts/<id>.png}, {@code .svg}), in page order. Its lines are
     * the metrics whose {@link Metric#chart} it is, in column order; one chart holds one {@link Kind}.
     * A chart whose every metric needs a token economy ({@link #tokens}) is left out of a run without one.
     */
    public enum Chart {
        MEMBERS("members", "Members", "Members (people)", "How many people are members at the end of each day."),
        ACTIVE("active", "Active members", "Active members (people)",
                "Members active that day (DAU), in the last 7 days (WAU) and in the last 30 days (MAU)."),
        ACTIVE_RATIO("active_ratio", "Active share", "DAU / members (fraction)",
                "The share of members active on a day: engagement independent of size."),
        JOINS("joins", "Joins", "Joins (people per day)",
                "New members per day in all, from external inflow (media, public channels) and from referrals."),
        CHURNED("churned", "Members lost", "Members lost (people per day)",
                "Members leaving or removed per day."),
        CHURN_CAUSES("churn_causes", "Members lost by cause", "Members lost (people per day)",
                "Members leaving of their own accord (churn hazard) and removed (elimination) per day."),
        POOL("pool_remaining", "Prospect pool", "Prospects (people)",
                "Prospects not yet reached who could still join."),
        DECLINED("declined", "Candidates declined", "Candidates (people per day)",
                "Candidates turned away, or declining the entry fee, per day."),
        ACTIVITY("activity", "Content and interactions", "Count per day",
                "Content pieces created and member-to-member interactions per day."),
        CONTRIBUTORS("contributors", "Contributors", "Contributors (people per day)",
                "Members creating content that day, and those doing so for the first time."),
        CONTRIBUTOR_WINDOWS("contributor_windows", "Recent contributors", "Contributors (people)",
                "Distinct members who created content in the last 7 and the last 30 days."),
        ROLES("roles", "Members by role", "Members (people)",
                "Members in each role at the end of each day, from inactive to creator."),
        STAGES("stages", "Members by stage", "Members (people)",
                "Members in each stage of their feeling about the community, from anxious to elevated."),
        ENGAGEMENT("engagement", "Engagement and belonging", "Mean over members (0-1)",
                "Mean engagement and mean belonging over current members."),
        EDGES("edges", "Social graph", "Links",
                "Links between current members in the social graph."),
        TOKENS("tokens", "Emission against payout", "Tokens (cumulative)",
                "Running totals of tokens emitted, paid to members, sold, burned and paid to partners.", true),
        TOKENS_CARRIED("tokens_carried", "Unspent tokens", "Tokens",
                "Tokens of the day's emission left unspent and carried to the next day.", true),
        REWARD_PER_ACTIVE("reward_per_active", "Rewards per active member", "Tokens per active member per day",
                "Tokens paid per active member per day: what activity earns.", true),
        GINI("gini", "Inequality of balances", "Gini coefficient (0-1)",
                "Gini coefficient of members' token balances: 0 is equal shares, 1 is one holder.", true),
        CONCENTRATION("concentration", "Concentration of balances", "Share of all balances (fraction)",
                "The share of all token balances held by the richest 1% and 10% of members.", true),
        HHI("hhi", "Herfindahl-Hirschman index", "HHI of balances (0-1)",
                "Sum of squared shares of token balances: 1/members when equal, 1 for one holder.", true),
        NAKAMOTO("nakamoto", "Nakamoto coefficient", "Members (people)",
                "The fewest members who together hold more than half of all token balances.", true),
        SUBGROUPS("subgroups", "Subgroups", "Groups", "Subgroups alive at the end of each day."),
        SUBGROUP_TURNOVER("subgroup_turnover", "Subgroups opened and dying", "Groups per day",
                "Subgroups opened and subgroups dying per day."),
        SUBGROUP_SIZE("subgroup_size", "Subgroup size", "Members (people)",
                "Mean and largest size of the subgroups alive."),
        LEADERS("leaders", "Leaders", "Members (people)", "Opinion leaders and group leaders among members."),
        UNMET_NEEDS("unmet_needs", "Unmet needs", "Needs per day", "Members' needs per day that nobody met."),
        CENTRALISATION("centralisation", "Centralisation", "Centralisation ratio r (0-1)",
                "The share of members' needs routed to the central team (governance.ratio, on that day's schedule): 1 is fully central, 0 fully distributed."),
        CENTRAL_LOAD("central_load", "Central team load", "Central demand / capacity",
                "Demand on the central team over its capacity: above 1 it is overloaded."),
        COHERENCE("coherence", "Coherent action", "Coherence A (0-1)",
                "Coherence A: how far the community acts together (0-1)."),
        VALUE("value", "Community value", "Value V = active members x A",
                "Community value V: active members weighted by coherence."),
        OPS_COST("ops_cost", "Operations cost", "Cost per day (currency)", "What running the community costs per day."),
        COST_PER_ACTIVE("cost_per_active", "Cost per active member", "Cost per active member per day (currency)",
                "Operations cost per active member per day."),
        EVENT_REACH("event_reach", "Event reach", "Members reached (people per day)",
                "Members reached by events per day."),
        PARTICIPATION_CURRENT("participation_current", "Who creates the content now", "Share (fraction)",
                "Among current members who ever contributed: the share of all content by the top 1% and top 10%, the Gini of content, and the share who contributed on one day only."),
        PARTICIPATION("participation", "Who creates the content", "Share (fraction)",
                "Among everyone who ever contributed: the share of all content created by the top 1% and top 10%, and the share who contributed on one day only.");

        /** File name without extension: {@code charts/<id>.png}. */
        public final String id;
        public final String title;
        /** The y-axis label, with units. */
        public final String yLabel;
        /** One line under the chart on the folder's {@code index.html}: what to read from it. */
        public final String caption;
        /** Whether every metric on it is 0 without a token economy (rewards off). */
        public final boolean tokens;

        Chart(String id, String title, String yLabel, String caption) {
            this(id, title, yLabel, caption, false);
        }

        Chart(String id, String title, String yLabel, String caption, boolean tokens) {
            this.id = id;
            this.title = title;
            this.yLabel = yLabel;
            this.caption = caption;
            this.tokens = tokens;
        }

        /** The metrics it draws, one line each, in column order. */
        public java.util.List<Metric> series() {
            java.util.List<Metric> series = new java.util.ArrayList<>();
            for (Metric m : ALL) if (m.chart == this) series.add(m);
            return java.util.List.copyOf(series);
        }
    }

    /**
     * Whether a metric is a headline, and where it ranks among them. Report headlines ({@code rank > 0})
     * are what a comparison tests, tables and charts, in rank order; key headlines are the few a run
     * prints first, that a sweep averages over the horizon ({@code <column>_mean}) and analyses by
     * default. A per-member label adds a row dividing the metric by the members present.
     *
     * @param rank           position among the headlines, from 1; 0 for none
     * @param key            one of the few figures read first about a run
     * @param perMemberLabel the label of the per-member row, or null for none
     */
    public record Headline(int rank, boolean key, String perMemberLabel) {
        public static final Headline NONE = new Headline(0, false, null);

        public Headline {
            if (rank < 0 || (rank == 0 && (key || perMemberLabel != null))) {
                throw new IllegalArgumentException("a headline flag needs a rank: " + rank);
            }
        }

        static Headline key(int rank) {
            return new Headline(rank, true, null);
        }

        static Headline report(int rank) {
            return new Headline(rank, false, null);
        }

        Headline perMember(String label) {
            return new Headline(rank, key, label);
        }

        public boolean any() {
            return rank > 0;
        }

        /** How the table and {@code metrics.csv} name it: {@code key}, {@code report} or empty. */
        public String tier() {
            return key ? "key" : rank > 0 ? "report" : "";
        }
    }

    private static final Metric[] ALL = values();

    public final String column;
    public final Kind kind;
    public final Valence valence;
    public final String label;
    /** What one unit of the value is: {@code people}, {@code people per day}, {@code share (0-1)}, {@code tokens}, ... */
    public final String unit;
    /** The chart it is drawn on (every metric is on one; {@code MetricDefinitionsTest} holds that). */
    public final Chart chart;
    public final Headline headline;
    /** How {@link DailyObserver} computes it: the model figure it reads, or the formula over them. */
    public final String computed;

    Metric(String column, Kind kind, Valence valence, String label, String unit, Chart chart, Headline headline, String computed) {
        this.column = column;
        this.kind = kind;
        this.valence = valence;
        this.label = label;
        this.unit = unit;
        this.chart = chart;
        this.headline = headline;
        this.computed = computed;
    }

    /** Whether it is 0 throughout without a token economy (rewards off): it is drawn on a token chart. */
    public boolean needsTokens() {
        return chart.tokens;
    }

    /** Whether it lives in [0, 1] (a share, an index, a mean of 0-1 states), as its unit says. */
    public boolean unitInterval() {
        return unit.endsWith("(0-1)");
    }

    /** The label with its unit, for an axis: {@code Joins per day (people)}. */
    public String axisLabel() {
        String u = unit;
        if (label.endsWith(" per day") && u.endsWith(" per day")) u = u.substring(0, u.length() - " per day".length());
        return label + " (" + u + ")";
    }

    /** The report headlines in rank order. */
    public static java.util.List<Metric> headlines() {
        return java.util.Arrays.stream(ALL).filter(m -> m.headline.any())
                .sorted(java.util.Comparator.comparingInt(m -> m.headline.rank())).toList();
    }

    /** The key headlines in rank order: the few figures read first about a run. */
    public static java.util.List<Metric> keyHeadlines() {
        return headlines().stream().filter(m -> m.headline.key()).toList();
    }

    /** Distribution metrics: a pass over every member, so computed only every {@code metrics.distributionEvery} days. */
    public static final java.util.Set<Metric> DISTRIBUTIONS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
            GINI, TOP1_SHARE, TOP10_SHARE, NAKAMOTO, HHI, CONTENT_TOP1_SHARE, CONTENT_TOP10_SHARE, CONTENT_GINI,
            ONE_DAY_CONTRIBUTORS, CONTENT_TOP1_SHARE_ALL, CONTENT_TOP10_SHARE_ALL, ONE_DAY_CONTRIBUTORS_ALL));

    public static int count() {
        return ALL.length;
    }

    public static Metric byColumn(String column) {
        for (Metric m : ALL) if (m.column.equals(column)) return m;
        throw new IllegalArgumentException("no metric named " + column);
    }
}
