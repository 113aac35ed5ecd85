package communitysim.metrics;

/**
 * The columns of {@code daily.csv} after {@code replicate,seed,day}, in order. A day's values are a
 * {@code double[]} indexed by {@link #ordinal()}; {@link Kind} says how a column reads.
 *
 * <p>The first block is the columns every results folder promises (docs/contract.md, "Results folder"); columns after it extend it. A
 * column a scenario switches off is still written (0).
 */
public enum Metric {
    MEMBERS("members", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Members"),
    JOINS("joins", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Joins per day"),
    JOINS_EXTERNAL("joins_external", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Joins from external inflow per day"),
    JOINS_REFERRAL("joins_referral", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Joins from referrals per day"),
    CHURNED("churned", Kind.FLOW, Valence.LOWER_IS_BETTER, "Members lost per day"),
    CHURNED_VOLUNTARY("churned_voluntary", Kind.FLOW, Valence.LOWER_IS_BETTER, "Members leaving per day"),
    CHURNED_REMOVED("churned_removed", Kind.FLOW, Valence.LOWER_IS_BETTER, "Members removed per day"),
    DAU("dau", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Daily active members"),
    WAU("wau", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Weekly active members"),
    MAU("mau", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Monthly active members"),
    ACTIVE_RATIO("active_ratio", Kind.RATIO, Valence.HIGHER_IS_BETTER, "Active share (DAU / members)"),
    CONTENT("content", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Content pieces per day"),
    INTERACTIONS("interactions", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Interactions per day"),
    SUBGROUPS("subgroups", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Subgroups"),
    OPINION_LEADERS("opinion_leaders", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Opinion leaders"),
    UNMET_NEEDS("unmet_needs", Kind.FLOW, Valence.LOWER_IS_BETTER, "Unmet needs per day"),
    COHERENCE("coherence", Kind.RATIO, Valence.HIGHER_IS_BETTER, "Coherent action A"),
    VALUE("value", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Community value V = active x A"),
    TOKENS_EMITTED("tokens_emitted", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens emitted (cumulative)"),
    TOKENS_PAID("tokens_paid", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens paid (cumulative)"),
    TOKENS_SOLD("tokens_sold", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens sold (cumulative)"),
    TOKENS_BURNED("tokens_burned", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens burned (cumulative)"),
    GINI("gini", Kind.RATIO, Valence.LOWER_IS_BETTER, "Gini of balances"),
    TOP1_SHARE("top1_share", Kind.RATIO, Valence.LOWER_IS_BETTER, "Top 1% share of balances"),
    TOP10_SHARE("top10_share", Kind.RATIO, Valence.LOWER_IS_BETTER, "Top 10% share of balances"),
    NAKAMOTO("nakamoto", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Nakamoto coefficient"),
    // Extensions beyond the contract's minimum.
    POOL_REMAINING("pool_remaining", Kind.LEVEL, Valence.NEUTRAL, "Prospects left in the pool"),
    DECLINED("declined", Kind.FLOW, Valence.LOWER_IS_BETTER, "Candidates turned away or declining the fee per day"),
    ROLE_INACTIVE("role_inactive", Kind.LEVEL, Valence.LOWER_IS_BETTER, "Inactive members"),
    ROLE_ONLOOKER("role_onlooker", Kind.LEVEL, Valence.NEUTRAL, "Onlookers"),
    ROLE_PARTICIPANT("role_participant", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Participants"),
    ROLE_COLLECTOR("role_collector", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Collectors"),
    ROLE_COMMENTER("role_commenter", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Commenters"),
    ROLE_CREATOR("role_creator", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Creators"),
    STAGE_ANXIOUS("stage_anxious", Kind.LEVEL, Valence.LOWER_IS_BETTER, "Anxious members"),
    STAGE_POSITIVE("stage_positive", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Positive members"),
    STAGE_FIRM("stage_firm", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Firm members"),
    STAGE_ELEVATED("stage_elevated", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Elevated members"),
    MEAN_ENGAGEMENT("mean_engagement", Kind.RATIO, Valence.HIGHER_IS_BETTER, "Mean engagement"),
    MEAN_BELONGING("mean_belonging", Kind.RATIO, Valence.HIGHER_IS_BETTER, "Mean belonging"),
    EDGES("edges", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Links between current members"),
    TOKENS_PARTNERS("tokens_partners", Kind.CUMULATIVE, Valence.NEUTRAL, "Tokens paid to partners and media (cumulative)"),
    TOKENS_CARRIED("tokens_carried", Kind.LEVEL, Valence.NEUTRAL, "Unspent tokens carried to the next day"),
    REWARD_PER_ACTIVE("reward_per_active", Kind.FLOW, Valence.NEUTRAL, "Tokens paid per active member per day"),
    HHI("hhi", Kind.RATIO, Valence.LOWER_IS_BETTER, "Herfindahl-Hirschman index of balances"),
    SUBGROUP_BIRTHS("subgroup_births", Kind.FLOW, Valence.NEUTRAL, "Subgroups opened per day"),
    SUBGROUP_DEATHS("subgroup_deaths", Kind.FLOW, Valence.LOWER_IS_BETTER, "Subgroups dying per day"),
    SUBGROUP_MEAN_SIZE("subgroup_mean_size", Kind.LEVEL, Valence.NEUTRAL, "Mean subgroup size"),
    SUBGROUP_MAX_SIZE("subgroup_max_size", Kind.LEVEL, Valence.NEUTRAL, "Largest subgroup"),
    GROUP_LEADERS("group_leaders", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Group leaders"),
    CENTRALISATION("centralisation", Kind.RATIO, Valence.NEUTRAL, "Centralisation ratio r"),
    CENTRAL_LOAD("central_load", Kind.RATIO, Valence.LOWER_IS_BETTER, "Central demand / central capacity"),
    OPS_COST("ops_cost", Kind.FLOW, Valence.LOWER_IS_BETTER, "Operations cost per day"),
    COST_PER_ACTIVE("cost_per_active", Kind.FLOW, Valence.LOWER_IS_BETTER, "Operations cost per active member per day"),
    EVENT_REACH("event_reach", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Members reached by events per day"),
    // Participation inequality among contributors (members who ever created content): current members, then everyone who ever contributed.
    CONTENT_TOP1_SHARE("content_top1_share", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of content by the top 1% of current contributors"),
    CONTENT_TOP10_SHARE("content_top10_share", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of content by the top 10% of current contributors"),
    CONTENT_GINI("content_gini", Kind.RATIO, Valence.LOWER_IS_BETTER, "Gini of content among current contributors"),
    ONE_DAY_CONTRIBUTORS("one_day_contributors", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of current contributors who contributed on one day only"),
    CONTENT_TOP1_SHARE_ALL("content_top1_share_all", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of content by the top 1% of everyone who ever contributed"),
    CONTENT_TOP10_SHARE_ALL("content_top10_share_all", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of content by the top 10% of everyone who ever contributed"),
    ONE_DAY_CONTRIBUTORS_ALL("one_day_contributors_all", Kind.RATIO, Valence.LOWER_IS_BETTER, "Share of everyone who ever contributed who did so on one day only"),
    // The observables of real community data (commit histories, forum posts): members creating content.
    CONTRIBUTORS("contributors", Kind.FLOW, Valence.HIGHER_IS_BETTER, "Contributors (members creating content that day)"),
    CONTRIBUTORS_7D("contributors_7d", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Distinct contributors in the last 7 days"),
    CONTRIBUTORS_30D("contributors_30d", Kind.LEVEL, Valence.HIGHER_IS_BETTER, "Distinct contributors in the last 30 days"),
    NEW_CONTRIBUTORS("new_contributors", Kind.FLOW, Valence.HIGHER_IS_BETTER, "First-time contributors per day");

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

    private static final Metric[] ALL = values();

    public final String column;
    public final Kind kind;
    public final Valence valence;
    public final String label;

    Metric(String column, Kind kind, Valence valence, String label) {
        this.column = column;
        this.kind = kind;
        this.valence = valence;
        this.label = label;
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
