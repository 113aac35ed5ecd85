package communitysim.metrics;

import communitysim.model.Members;

/**
 * Participation inequality among contributors (members who created content at least once): the
 * share of content by the top 1% and top 10% of them, the Gini of their content, and the share
 * who contributed on one day only. Read twice: over current members (the live community) and over
 * everyone who ever contributed, those who left included (what a project's full history shows).
 * Member slots are never reused, so a departed member's counts are still there to read.
 */
final class Participation {
    private final BalanceDistribution current = new BalanceDistribution();
    private final BalanceDistribution ever = new BalanceDistribution();

    double top1, top10, gini, oneDay, top1All, top10All, oneDayAll;

    /** One pass over every slot ever used (contributors who left are still there), filling both distributions. */
    void compute(Members m) {
        int[] count = m.contentCount;
        byte[] flags = m.flags;
        current.begin();
        ever.begin();
        int once = 0, liveOnce = 0;
        for (int id = 0, size = m.size(); id < size; id++) {
            int c = count[id];
            if (c == 0) continue;
            ever.add(c);
            boolean single = (flags[id] & Members.FLAG_REPEAT) == 0;
            if (single) once++;
            if ((flags[id] & Members.FLAG_ALIVE) != 0) {
                current.add(c);
                if (single) liveOnce++;
            }
        }
        current.end();
        ever.end();
        int n = ever.size(), live = current.size();
        top1 = current.topShare(0.01);
        top10 = current.topShare(0.10);
        gini = current.gini();
        oneDay = live == 0 ? 0 : (double) liveOnce / live;
        top1All = ever.topShare(0.01);
        top10All = ever.topShare(0.10);
        oneDayAll = n == 0 ? 0 : (double) once / n;
    }
}
