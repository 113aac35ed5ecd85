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
    private int[] everIds = new int[0], liveIds = new int[0];

    double top1, top10, gini, oneDay, top1All, top10All, oneDayAll;

    void compute(Members m) {
        if (everIds.length < m.size()) {
            int c = Math.max(m.size(), everIds.length + (everIds.length >> 1));
            everIds = new int[c];
            liveIds = new int[c];
        }
        int[] count = m.contentCount;
        byte[] flags = m.flags;
        // one pass over every slot ever used: contributors who left are still there
        int n = 0, live = 0, once = 0, liveOnce = 0;
        for (int id = 0, size = m.size(); id < size; id++) {
            if (count[id] == 0) continue;
            everIds[n++] = id;
            boolean single = (flags[id] & Members.FLAG_REPEAT) == 0;
            if (single) once++;
            if ((flags[id] & Members.FLAG_ALIVE) != 0) {
                liveIds[live++] = id;
                if (single) liveOnce++;
            }
        }
        current.compute(count, liveIds, live);
        top1 = current.topShare(0.01);
        top10 = current.topShare(0.10);
        gini = current.gini();
        oneDay = live == 0 ? 0 : (double) liveOnce / live;
        ever.compute(count, everIds, n);
        top1All = ever.topShare(0.01);
        top10All = ever.topShare(0.10);
        oneDayAll = n == 0 ? 0 : (double) once / n;
    }
}
