package communitysim.model.organisation;

import java.util.Arrays;

/**
 * Per-group counts gathered by the member phases, one instance per worker thread so chunks can
 * count in parallel; {@link #add} sums them (integers, so the sum does not depend on who counted).
 */
public final class GroupCensus {
    // padding keeps two workers' arrays off one cache line
    private static final int PAD = 16;

    public int[] active = new int[PAD];
    /** Active members who interacted with someone that day (the role phase counts them, with groups on). */
    public int[] conversing = new int[PAD];
    public int[] core = new int[PAD];
    public int[] activeLeaders = new int[PAD];
    public int[] idleLeaders = new int[PAD];
    public int opinionLeaders;
    public int groupLeaders;

    /** Zeroes the counts for {@code groups} groups. */
    public void clear(int groups) {
        if (active.length < groups + PAD) {
            int n = groups + groups / 2 + PAD;
            active = new int[n];
            conversing = new int[n];
            core = new int[n];
            activeLeaders = new int[n];
            idleLeaders = new int[n];
        } else {
            Arrays.fill(active, 0, groups, 0);
            Arrays.fill(conversing, 0, groups, 0);
            Arrays.fill(core, 0, groups, 0);
            Arrays.fill(activeLeaders, 0, groups, 0);
            Arrays.fill(idleLeaders, 0, groups, 0);
        }
        opinionLeaders = 0;
        groupLeaders = 0;
    }

    public void add(GroupCensus o, int groups) {
        for (int g = 0; g < groups; g++) {
            active[g] += o.active[g];
            conversing[g] += o.conversing[g];
            core[g] += o.core[g];
            activeLeaders[g] += o.activeLeaders[g];
            idleLeaders[g] += o.idleLeaders[g];
        }
        opinionLeaders += o.opinionLeaders;
        groupLeaders += o.groupLeaders;
    }
}
