package communitysim.model;

import java.util.Arrays;

/**
 * Contributors (members who created something) tallied by their content count: how many had each
 * count below 2^16, the rare wider counts one by one, and how many contributed on one day only.
 * The participation metrics read these counts instead of walking members.
 *
 * <p>Two kinds are kept. {@link Members#pastContributors()} tallies contributors as they leave:
 * "everyone who ever contributed" is the current members plus it, since a leaver's slot goes to a
 * later newcomer ({@link Members#recycle}). The churn pass tallies the members who stay, each worker
 * in its own tally, merged after the pass ({@link CommunityModel#contributorsToday()}): the
 * observer then reads the day's current contributors without a serial walk over every member.
 * Counts add up the same whichever worker tallied whom.
 */
public final class ContributorTally {
    /** Counts below this are tallied by value; wider ones are listed. */
    public static final int SMALL = 1 << 16;

    private int[] byCount = new int[64];
    private int upTo;
    private int size;
    private long[] wide = new long[0];
    private int wideCount;
    private int once;

    /** A contributor who made {@code count} pieces (at least one), on more than one day if {@code repeat}. */
    public void record(int count, boolean repeat) {
        countValue(count);
        addTotals(1, repeat ? 0 : 1, upToWith(0, count));
    }

    /** {@link #upTo} once a contributor with {@code count} pieces joins a tally at {@code upTo}: counts of 2^16 or more are listed, not counted. */
    static int upToWith(int upTo, int count) {
        return count < SMALL ? Math.max(upTo, count + 1) : upTo;
    }

    /** Empties the tally and tallies the current members of {@code m} who contributed. */
    public void tallyCurrent(Members m) {
        clear();
        for (int k = 0, live = m.aliveCount(); k < live; k++) {
            int id = m.alive[k];
            if (m.contentCount[id] > 0) record(m.contentCount[id], (m.flags[id] & Members.FLAG_REPEAT) != 0);
        }
    }

    private void addWide(long count) {
        if (wideCount == wide.length) wide = Arrays.copyOf(wide, Math.max(4, wideCount * 2));
        wide[wideCount++] = count;
    }

    /**
     * Counts a contributor with {@code count} pieces by value only: for a pass that keeps the
     * tally's other totals in its own locals and hands them over once, with {@link #addTotals}.
     * Two workers' tallies may lie side by side in memory (the collector moves them together),
     * and a field written for every contributor would then bounce one cache line between them.
     */
    void countValue(int count) {
        if (count >= SMALL) {
            addWide(count);
            return;
        }
        if (count >= byCount.length) byCount = Arrays.copyOf(byCount, Math.min(SMALL, Math.max(count + 1, byCount.length * 2)));
        byCount[count]++;
    }

    /** Hands over the totals of contributors counted with {@link #countValue}: how many, how many of one day only, and one past the largest count below 2^16. */
    void addTotals(int contributors, int oneDay, int countsUpTo) {
        size += contributors;
        once += oneDay;
        upTo = Math.max(upTo, countsUpTo);
    }

    /** Adds {@code other}'s contributors to this tally. */
    void addAll(ContributorTally other) {
        if (other.upTo > byCount.length) byCount = Arrays.copyOf(byCount, other.upTo);
        for (int v = 0; v < other.upTo; v++) byCount[v] += other.byCount[v];
        upTo = Math.max(upTo, other.upTo);
        for (int i = 0; i < other.wideCount; i++) addWide(other.wide[i]);
        size += other.size;
        once += other.once;
    }

    /** Empties the tally, keeping its memory. */
    void clear() {
        Arrays.fill(byCount, 0, upTo, 0);
        upTo = 0;
        size = 0;
        wideCount = 0;
        once = 0;
    }

    /** Contributors tallied. */
    public int size() {
        return size;
    }

    /** Of them, those who contributed on one day only. */
    public int once() {
        return once;
    }

    /** How many had each count below {@link #upTo} (read only). */
    public int[] byCount() {
        return byCount;
    }

    /** One past the largest count below 2^16 tallied (0: none). */
    public int upTo() {
        return upTo;
    }

    /** Contributors with 2^16 pieces or more, listed. */
    public int wideCount() {
        return wideCount;
    }

    public long wide(int i) {
        return wide[i];
    }
}
