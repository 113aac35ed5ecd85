package communitysim.gui;

import communitysim.model.CommunityModel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The figures the console's Model tab shows, as bean properties. They are a copy taken after each
 * day, not live reads of the model: the tab is redrawn on Swing's thread while the next day may
 * already be running, and a live read could catch a day half counted (its tally cleared, its
 * members not yet visited).
 */
public final class ModelView {
    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private final CommunityModel model;
    private volatile Figures figures = Figures.NONE;

    private record Figures(int day, int members, long dailyActive, long joins, long left, long content,
                           long interactions, double sumEngagement, long poolRemaining) {
        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    ModelView(CommunityModel model) {
        this.model = model;
    }

    /** Copies the model's figures; called on the model's thread between days. */
    void capture() {
        var t = model.tally;
        figures = new Figures(model.day(), model.members == null ? 0 : model.members.aliveCount(), t.dau,
                t.joinsExternal + t.joinsReferral, t.churnedVoluntary + t.churnedRemoved, t.content, t.interactions,
                t.sumEngagement, model.poolRemaining());
    }

    public int getDay() { return figures.day(); }
    public int getMembers() { return figures.members(); }
    public long getDailyActive() { return figures.dailyActive(); }
    public double getActiveRatio() { Figures f = figures; return f.members() == 0 ? 0 : readable((double) f.dailyActive() / f.members()); }
    public long getJoinsToday() { return figures.joins(); }
    public long getLeftToday() { return figures.left(); }
    public long getContentToday() { return figures.content(); }
    public long getInteractionsToday() { return figures.interactions(); }
    public double getMeanEngagement() { Figures f = figures; return f.members() == 0 ? 0 : readable(f.sumEngagement() / f.members()); }
    public long getPoolRemaining() { return figures.poolRemaining(); }

    // The tab prints a double in full (0.1346153846153846); four significant digits are what a reader takes in.
    private static double readable(double v) {
        return new BigDecimal(v).round(FOUR_DIGITS).doubleValue();
    }
}
