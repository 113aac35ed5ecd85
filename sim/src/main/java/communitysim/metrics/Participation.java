package communitysim.metrics;

import communitysim.model.Members;
import communitysim.model.ContributorTally;

/**
 * Participation inequality among contributors (members who created content at least once): the
 * share of content by the top 1% and top 10% of them, the Gini of their content, and the share
 * who contributed on one day only. Read twice: over current members (the live community) and over
 * everyone who ever contributed, those who left included (what a project's full history shows).
 * The current contributors' counts come from the tally the churn pass keeps on the days these
 * metrics are read ({@link communitysim.model.CommunityModel#contributorsToday()}), else from a
 * walk over the current members; the distribution over everyone merges them with the tally of
 * contributors who left that the model keeps as they leave ({@link Members#pastContributors()}),
 * count by count.
 */
final class Participation {
    private final BalanceDistribution current = new BalanceDistribution();
    private final BalanceDistribution ever = new BalanceDistribution();

    double top1, top10, gini, oneDay, top1All, top10All, oneDayAll;

    /** Over the current members of {@code m}: walked. */
    void compute(Members m) {
        compute(m, null);
    }

    /**
     * Over the current members of {@code m}, read off {@code today} (their tally) when there is one,
     * else walked; everyone who ever contributed is they, merged by their counts, and the leavers' tally.
     */
    void compute(Members m, ContributorTally today) {
        current.begin();
        int liveOnce;
        if (today != null) {
            current.addCounts(today.byCount(), today.upTo());
            for (int i = 0; i < today.wideCount(); i++) current.add(today.wide(i));
            liveOnce = today.once();
        } else {
            liveOnce = walk(m);
        }
        current.end();
        ContributorTally past = m.pastContributors();
        ever.begin();
        ever.addAll(current);
        ever.addCounts(past.byCount(), past.upTo());
        for (int i = 0; i < past.wideCount(); i++) ever.add(past.wide(i));
        ever.end();
        int n = ever.size(), live = current.size();
        top1 = current.topShare(0.01);
        top10 = current.topShare(0.10);
        gini = current.gini();
        oneDay = live == 0 ? 0 : (double) liveOnce / live;
        top1All = ever.topShare(0.01);
        top10All = ever.topShare(0.10);
        oneDayAll = n == 0 ? 0 : (double) (liveOnce + past.once()) / n;
    }

    /** Adds the current members' counts to {@link #current}; returns how many contributed on one day only. */
    private int walk(Members m) {
        int[] count = m.contentCount;
        byte[] flags = m.flags;
        int[] alive = m.alive;
        int liveOnce = 0;
        for (int k = 0, live = m.aliveCount(); k < live; k++) {
            int id = alive[k];
            int c = count[id];
            if (c == 0) continue;
            current.add(c);
            if ((flags[id] & Members.FLAG_REPEAT) == 0) liveOnce++;
        }
        return liveOnce;
    }
}
