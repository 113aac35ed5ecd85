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

    /** Contributors who contributed on one day only: all of them, and the current members among them. */
    private int once, liveOnce;

    void compute(Members m) {
        if (!countAll(m)) listAndSort(m);
        int n = ever.size(), live = current.size();
        top1 = current.topShare(0.01);
        top10 = current.topShare(0.10);
        gini = current.gini();
        oneDay = live == 0 ? 0 : (double) liveOnce / live;
        top1All = ever.topShare(0.01);
        top10All = ever.topShare(0.10);
        oneDayAll = n == 0 ? 0 : (double) once / n;
    }

    /**
     * One pass over every slot ever used (contributors who left are still there), counting both
     * distributions at once. Returns false, the distributions left unfinished, at a member with
     * 2^16 pieces or more, which the counts cannot hold.
     */
    private boolean countAll(Members m) {
        int[] count = m.contentCount;
        byte[] flags = m.flags;
        current.beginSmall();
        ever.beginSmall();
        once = liveOnce = 0;
        for (int id = 0, size = m.size(); id < size; id++) {
            int c = count[id];
            if (c == 0) continue;
            if (c >= BalanceDistribution.SMALL) return false;
            ever.addSmall(c);
            boolean single = (flags[id] & Members.FLAG_REPEAT) == 0;
            if (single) once++;
            if ((flags[id] & Members.FLAG_ALIVE) != 0) {
                current.addSmall(c);
                if (single) liveOnce++;
            }
        }
        current.endSmall();
        ever.endSmall();
        return true;
    }

    /** The same, listing the contributors for the distributions to sort. */
    private void listAndSort(Members m) {
        if (everIds.length < m.size()) {
            int c = Math.max(m.size(), everIds.length + (everIds.length >> 1));
            everIds = new int[c];
            liveIds = new int[c];
        }
        int[] count = m.contentCount;
        byte[] flags = m.flags;
        int n = 0, live = 0;
        once = liveOnce = 0;
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
        ever.compute(count, everIds, n);
    }
}
