package communitysim.model;

/**
 * What happened today and how the membership stands at the end of it: the counts the model's
 * phases gather as they pass over members. One part per chunk, summed in chunk order so that
 * floating-point totals do not depend on how chunks were spread over threads.
 */
public final class DayTally {
    public long joinsExternal;
    public long joinsReferral;
    public long declined;
    public long churnedVoluntary;
    public long churnedRemoved;
    public long content;
    /** Each interaction is counted once, by the member with the lower id. */
    public long interactions;
    public long dau;
    public long wau;
    public long mau;
    /** The longest trailing window over which distinct contributors are counted, in days. */
    public static final int CONTRIBUTOR_WINDOW = 30;
    /** Members creating content today, and of them those creating for the first time. */
    public long contributors;
    public long newContributors;
    /** Today's contributors whose previous piece was k days ago, for k below the window. */
    public final long[] contributorsSince = new long[CONTRIBUTOR_WINDOW];
    /** Sum over members of their links to current members (twice the live edges). */
    public long liveLinkEnds;
    public final long[] roles = new long[Role.count()];
    public final long[] stages = new long[Stage.values().length];
    /** Tasks done today at each reward level. */
    public final long[] tasksByLevel = new long[communitysim.model.rewards.TaskRewards.MAX_LEVELS];
    /** Base units credited today for tasks and as core-node shares, and sold by traders. */
    public long tokensForTasks;
    public long tokensToCore;
    public long tokensSold;
    public long coreNodes;
    /** Members reached by today's events. */
    public long eventReach;
    public double sumEngagement;
    public double sumBelonging;

    public void clear() {
        joinsExternal = joinsReferral = declined = churnedVoluntary = churnedRemoved = 0;
        content = interactions = dau = wau = mau = liveLinkEnds = 0;
        contributors = newContributors = 0;
        java.util.Arrays.fill(contributorsSince, 0);
        java.util.Arrays.fill(roles, 0);
        java.util.Arrays.fill(stages, 0);
        java.util.Arrays.fill(tasksByLevel, 0);
        tokensForTasks = tokensToCore = tokensSold = coreNodes = eventReach = 0;
        sumEngagement = sumBelonging = 0;
    }

    /** Adds another part's content and contributor counts (the interactions pass hands on only these). */
    public void addContent(DayTally o) {
        content += o.content;
        contributors += o.contributors;
        newContributors += o.newContributors;
        for (int i = 0; i < contributorsSince.length; i++) contributorsSince[i] += o.contributorsSince[i];
    }

    public void add(DayTally o) {
        joinsExternal += o.joinsExternal;
        joinsReferral += o.joinsReferral;
        declined += o.declined;
        churnedVoluntary += o.churnedVoluntary;
        churnedRemoved += o.churnedRemoved;
        addContent(o);
        interactions += o.interactions;
        dau += o.dau;
        wau += o.wau;
        mau += o.mau;
        liveLinkEnds += o.liveLinkEnds;
        for (int i = 0; i < roles.length; i++) roles[i] += o.roles[i];
        for (int i = 0; i < stages.length; i++) stages[i] += o.stages[i];
        for (int i = 0; i < tasksByLevel.length; i++) tasksByLevel[i] += o.tasksByLevel[i];
        tokensForTasks += o.tokensForTasks;
        tokensToCore += o.tokensToCore;
        tokensSold += o.tokensSold;
        coreNodes += o.coreNodes;
        eventReach += o.eventReach;
        sumEngagement += o.sumEngagement;
        sumBelonging += o.sumBelonging;
    }
}
