package communitysim.model;

import java.util.Arrays;

/**
 * The content counts of contributors who have left, tallied as they leave: how many left with each
 * count below 2^16, the rare wider counts one by one, and how many contributed on one day only.
 * "Everyone who ever contributed" is then the current members plus this tally: a leaver's slot
 * goes to a later newcomer ({@link Members#recycle}), and the observer walks current members only.
 */
public final class PastContributors {
    /** Counts below this are tallied by value; wider ones are listed. */
    public static final int SMALL = 1 << 16;

    private int[] byCount = new int[64];
    private int upTo;
    private int size;
    private long[] wide = new long[0];
    private int wideCount;
    private int once;

    /** A contributor who made {@code count} pieces (at least one), on more than one day if {@code repeat}, has left. */
    void record(int count, boolean repeat) {
        size++;
        if (!repeat) once++;
        if (count >= SMALL) {
            if (wideCount == wide.length) wide = Arrays.copyOf(wide, Math.max(4, wideCount * 2));
            wide[wideCount++] = count;
            return;
        }
        if (count >= byCount.length) byCount = Arrays.copyOf(byCount, Math.min(SMALL, Math.max(count + 1, byCount.length * 2)));
        byCount[count]++;
        upTo = Math.max(upTo, count + 1);
    }

    /** Contributors who have left. */
    public int size() {
        return size;
    }

    /** Of them, those who contributed on one day only. */
    public int once() {
        return once;
    }

    /** How many left with each count below {@link #upTo} (read only). */
    public int[] byCount() {
        return byCount;
    }

    /** One past the largest count below 2^16 that a leaver had (0: none). */
    public int upTo() {
        return upTo;
    }

    /** Leavers with 2^16 pieces or more, listed. */
    public int wideCount() {
        return wideCount;
    }

    public long wide(int i) {
        return wide[i];
    }
}
