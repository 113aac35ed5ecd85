package communitysim.metrics;

/**
 * The columns of {@code daily.csv} after {@code replicate,seed,day}, in order. A day's values are a
 * {@code double[]} indexed by {@link #ordinal()}; {@link Kind} says how a column reads.
 *
 * <p>The first block is the contract of {@code shared/CONTRACT.md}; columns after it extend it. A
 * column a scenario switches off is still written (0).
 */
public enum Metric {
    MEMBERS("members", Kind.LEVEL, "Members"),
    JOINS("joins", Kind.FLOW, "Joins per day"),
    JOINS_EXTERNAL("joins_external", Kind.FLOW, "Joins from external inflow per day"),
    JOINS_REFERRAL("joins_referral", Kind.FLOW, "Joins from referrals per day"),
    CHURNED("churned", Kind.FLOW, "Members lost per day"),
    CHURNED_VOLUNTARY("churned_voluntary", Kind.FLOW, "Members leaving per day"),
    CHURNED_REMOVED("churned_removed", Kind.FLOW, "Members removed per day"),
    DAU("dau", Kind.LEVEL, "Daily active members"),
    WAU("wau", Kind.LEVEL, "Weekly active members"),
    MAU("mau", Kind.LEVEL, "Monthly active members"),
    ACTIVE_RATIO("active_ratio", Kind.RATIO, "Active share (DAU / members)"),
    CONTENT("content", Kind.FLOW, "Content pieces per day"),
    INTERACTIONS("interactions", Kind.FLOW, "Interactions per day"),
    SUBGROUPS("subgroups", Kind.LEVEL, "Subgroups"),
    OPINION_LEADERS("opinion_leaders", Kind.LEVEL, "Opinion leaders"),
    UNMET_NEEDS("unmet_needs", Kind.FLOW, "Unmet needs per day"),
    COHERENCE("coherence", Kind.RATIO, "Coherent action A"),
    VALUE("value", Kind.LEVEL, "Community value V = active x A"),
    TOKENS_EMITTED("tokens_emitted", Kind.CUMULATIVE, "Tokens emitted (cumulative)"),
    TOKENS_PAID("tokens_paid", Kind.CUMULATIVE, "Tokens paid (cumulative)"),
    TOKENS_SOLD("tokens_sold", Kind.CUMULATIVE, "Tokens sold (cumulative)"),
    TOKENS_BURNED("tokens_burned", Kind.CUMULATIVE, "Tokens burned (cumulative)"),
    GINI("gini", Kind.RATIO, "Gini of balances"),
    TOP1_SHARE("top1_share", Kind.RATIO, "Top 1% share of balances"),
    TOP10_SHARE("top10_share", Kind.RATIO, "Top 10% share of balances"),
    NAKAMOTO("nakamoto", Kind.LEVEL, "Nakamoto coefficient"),
    // Extensions beyond the contract's minimum.
    POOL_REMAINING("pool_remaining", Kind.LEVEL, "Prospects left in the pool"),
    DECLINED("declined", Kind.FLOW, "Candidates turned away or declining the fee per day"),
    ROLE_INACTIVE("role_inactive", Kind.LEVEL, "Inactive members"),
    ROLE_ONLOOKER("role_onlooker", Kind.LEVEL, "Onlookers"),
    ROLE_PARTICIPANT("role_participant", Kind.LEVEL, "Participants"),
    ROLE_COLLECTOR("role_collector", Kind.LEVEL, "Collectors"),
    ROLE_COMMENTER("role_commenter", Kind.LEVEL, "Commenters"),
    ROLE_CREATOR("role_creator", Kind.LEVEL, "Creators"),
    STAGE_ANXIOUS("stage_anxious", Kind.LEVEL, "Anxious members"),
    STAGE_POSITIVE("stage_positive", Kind.LEVEL, "Positive members"),
    STAGE_FIRM("stage_firm", Kind.LEVEL, "Firm members"),
    STAGE_ELEVATED("stage_elevated", Kind.LEVEL, "Elevated members"),
    MEAN_ENGAGEMENT("mean_engagement", Kind.RATIO, "Mean engagement"),
    MEAN_BELONGING("mean_belonging", Kind.RATIO, "Mean belonging"),
    EDGES("edges", Kind.LEVEL, "Links between current members"),
    TOKENS_PARTNERS("tokens_partners", Kind.CUMULATIVE, "Tokens paid to partners and media (cumulative)"),
    TOKENS_CARRIED("tokens_carried", Kind.LEVEL, "Unspent tokens carried to the next day"),
    REWARD_PER_ACTIVE("reward_per_active", Kind.FLOW, "Tokens paid per active member per day"),
    HHI("hhi", Kind.RATIO, "Herfindahl-Hirschman index of balances"),
    SUBGROUP_BIRTHS("subgroup_births", Kind.FLOW, "Subgroups opened per day"),
    SUBGROUP_DEATHS("subgroup_deaths", Kind.FLOW, "Subgroups dying per day"),
    SUBGROUP_MEAN_SIZE("subgroup_mean_size", Kind.LEVEL, "Mean subgroup size"),
    SUBGROUP_MAX_SIZE("subgroup_max_size", Kind.LEVEL, "Largest subgroup"),
    GROUP_LEADERS("group_leaders", Kind.LEVEL, "Group leaders"),
    CENTRALISATION("centralisation", Kind.RATIO, "Centralisation ratio r"),
    CENTRAL_LOAD("central_load", Kind.RATIO, "Central demand / central capacity"),
    OPS_COST("ops_cost", Kind.FLOW, "Operations cost per day"),
    COST_PER_ACTIVE("cost_per_active", Kind.FLOW, "Operations cost per active member per day"),
    EVENT_REACH("event_reach", Kind.FLOW, "Members reached by events per day"),
    CONTENT_TOP1_SHARE("content_top1_share", Kind.RATIO, "Share of content by the top 1% of creators"),
    CONTENT_TOP10_SHARE("content_top10_share", Kind.RATIO, "Share of content by the top 10% of creators");

    /** How a column reads: a day's count, a state at the end of the day, a ratio, or a running total. */
    public enum Kind { FLOW, LEVEL, RATIO, CUMULATIVE }

    private static final Metric[] ALL = values();

    public final String column;
    public final Kind kind;
    public final String label;

    Metric(String column, Kind kind, String label) {
        this.column = column;
        this.kind = kind;
        this.label = label;
    }

    public static int count() {
        return ALL.length;
    }

    public static Metric byColumn(String column) {
        for (Metric m : ALL) if (m.column.equals(column)) return m;
        throw new IllegalArgumentException("no metric named " + column);
    }
}
