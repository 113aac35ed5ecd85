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
    private final BalanceDistribution live = new BalanceDistribution();
    private final BalanceDistribution ever = new BalanceDistribution();
    private int[] ids = new int[0];

    double top1, top10, gini, oneDay, top1All, top10All, oneDayAll;

    void compute(Members m) {
        if (ids.length < m.size()) ids = new int[Math.max(m.size(), ids.length + (ids.length >> 1))];
        int[] count = m.contentCount;
        byte[] flags = m.flags;
        int n = 0, once = 0;
        for (int k = 0; k < m.aliveCount(); k++) {
            int id = m.alive[k];
            if (count[id] == 0) continue;
            ids[n++] = id;
            if ((flags[id] & Members.FLAG_REPEAT) == 0) once++;
        }
        live.compute(count, ids, n);
        top1 = live.topShare(0.01);
        top10 = live.topShare(0.10);
        gini = live.gini();
        oneDay = n == 0 ? 0 : (double) once / n;
        n = 0;
        once = 0;
        for (int id = 0; id < m.size(); id++) {
            if (count[id] == 0) continue;
            ids[n++] = id;
            if ((flags[id] & Members.FLAG_REPEAT) == 0) once++;
        }
        ever.compute(count, ids, n);
        top1All = ever.topShare(0.01);
        top10All = ever.topShare(0.10);
        oneDayAll = n == 0 ? 0 : (double) once / n;
    }
}
