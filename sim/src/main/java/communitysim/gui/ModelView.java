package communitysim.gui;

import communitysim.model.CommunityModel;

/** The figures the console's inspector shows, as bean properties read live from the model. */
public final class ModelView {
    private final CommunityModel model;

    ModelView(CommunityModel model) {
        this.model = model;
    }

    public int getDay() { return model.day(); }
    public int getMembers() { return model.members == null ? 0 : model.members.aliveCount(); }
    public long getDailyActive() { return model.tally.dau; }
    public double getActiveRatio() { return getMembers() == 0 ? 0 : (double) model.tally.dau / getMembers(); }
    public long getJoinsToday() { return model.tally.joinsExternal + model.tally.joinsReferral; }
    public long getLeftToday() { return model.tally.churnedVoluntary + model.tally.churnedRemoved; }
    public long getContentToday() { return model.tally.content; }
    public long getInteractionsToday() { return model.tally.interactions; }
    public double getMeanEngagement() { return getMembers() == 0 ? 0 : model.tally.sumEngagement / getMembers(); }
    public long getPoolRemaining() { return model.poolRemaining(); }
}
