package communitysim.metrics;

import communitysim.model.Members;
import communitysim.model.PastContributors;

/**
 * Participation inequality among contributors (members who created content at least once): the
 * share of content by the top 1% and top 10% of them, the Gini of their content, and the share
 * who contributed on one day only. Read twice: over current members (the live community) and over
 * everyone who ever contributed, those who left included (what a project's full history shows).
 * A day's pass walks the current members only, once; the distribution over everyone merges theirs
 * with the tally of contributors who left that the model keeps as they leave
 * ({@link PastContributors}), count by count.
 */
final class Participation {
    private final BalanceDistribution current = new BalanceDistribution();
    private final BalanceDistribution ever = new BalanceDistribution();

    double top1, top10, gini, oneDay, top1All, top10All, oneDayAll;

    /** One pass over the current members; everyone who ever contributed is they, merged by their counts, and the leavers' tally. */
    void compute(Members m) {
        int[] count = m.contentCount;
        byte[] flags = m.flags;
        int[] alive = m.alive;
        current.begin();
        int liveOnce = 0;
        for (int k = 0, live = m.aliveCount(); k < live; k++) {
            int id = alive[k];
            int c = count[id];
            if (c == 0) continue;
            current.add(c);
            if ((flags[id] & Members.FLAG_REPEAT) == 0) liveOnce++;
        }
        current.end();
        PastContributors past = m.pastContributors();
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
}
