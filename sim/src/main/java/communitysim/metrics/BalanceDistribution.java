package communitysim.metrics;

/**
 * Inequality of token balances over current members: Gini, top-1% and top-10% shares, the Nakamoto
 * coefficient (fewest members holding more than half), the Herfindahl-Hirschman index and the
 * Lorenz curve. Exact, from the values in order, at O(n) a day and nothing at all while nobody holds
 * anything. Values below 2^16 (content counts, young balances) are counted as they are gathered,
 * and the top shares are read off the counts; the ordered list is written out only when another
 * metric asks for it. Wider values are listed apart and put in order by an LSD radix sort on 11-bit
 * digits (the counts of every digit gathered in one pass, digits all values share skipped); the
 * counted ones then precede them.
 *
 * <p>While nobody holds tokens there is nothing to share out: Gini, top shares, Nakamoto and HHI
 * are 0 (the contract's value for a switched-off column) and the Lorenz curve is the line of
 * equality. One instance is reused day after day: {@link #compute} refills its buffers.
 */
public final class BalanceDistribution {
    /** Values below this are counted rather than sorted. */
    private static final int SMALL = 1 << 16;
    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int DIGITS = (64 + DIGIT_BITS - 1) / DIGIT_BITS;
    /** Above this many times as wide as they are many, small values are sorted rather than walked ({@link #end}). */
    private static final int SPARSE = 16;
    /**
     * Small values are also listed while there are fewer than this many, for the sparse case: with
     * more of them, 16 times their number passes 2^16, so they are never sparse.
     */
    private static final int LISTED = SMALL / SPARSE;
    /** Tallies one distribution takes ({@link #addCounts}). */
    private static final int TALLIES = 2;

    /** The values in order once {@link #inOrder}; before that, the first {@link #LISTED} small values added. */
    private long[] sorted = new long[0];
    private int listed;
    /** Values of 2^16 or more, as added; the radix sort's work space beside them. */
    private long[] wide = new long[0];
    private long[] scratch = new long[0];
    private int wideN;
    /** How many of each value below 2^16; entries below {@link #counted} may be set. */
    private final int[] counts = new int[SMALL];
    private int counted;
    private final int[][] digitCounts = new int[DIGITS][RADIX];
    /** Whether {@link #sorted} holds the values in order (else {@link #counts} has them). */
    private boolean inOrder;
    private int n;
    private double total;
    /** While values are being added: their sum, their bits ORed (the radix sort's digits) and the largest. */
    private double sum;
    private long or;
    private long max;
    /** Tallies handed over by {@link #addCounts}: {@code tallies[t][v]} values equal to v, v below {@code tallyUpTo[t]}. */
    private final int[][] tallies = new int[TALLIES][];
    private final int[] tallyUpTo = new int[TALLIES];
    private int tallyCount;
    private int talliedN;

    /** Takes the balances of the members listed in {@code ids[0..count)}. */
    public BalanceDistribution compute(long[] balances, int[] ids, int count) {
        begin();
        for (int k = 0; k < count; k++) add(balances[ids[k]]);
        return end();
    }

    /**
     * Starts a distribution whose values are handed over one at a time with {@link #add} and
     * closed by {@link #end}.
     */
    public void begin() {
        java.util.Arrays.fill(counts, 0, counted, 0);
        counted = SMALL; // until end: every count may be set
        n = 0;
        listed = 0;
        wideN = 0;
        sum = 0;
        or = 0;
        max = 0;
        java.util.Arrays.fill(tallies, null);
        tallyCount = 0;
        talliedN = 0;
    }

    /** Adds a value (never negative). */
    public void add(long v) {
        if (v < SMALL) {
            counts[(int) v]++;
            if (listed < LISTED) {
                if (listed == sorted.length) sorted = java.util.Arrays.copyOf(sorted, Math.max(16, 2 * listed));
                sorted[listed++] = v;
            }
        } else {
            if (wideN == wide.length) wide = java.util.Arrays.copyOf(wide, Math.max(16, wideN + (wideN >> 1)));
            wide[wideN++] = v;
        }
        n++;
        sum += v;
        or |= v;
        max = Math.max(max, v);
    }

    /**
     * Adds a tally kept elsewhere: {@code tally[v]} values equal to v for each v below
     * {@code upTo} (at most 2^16). It is read count by count, at a cost of {@code upTo} rather than
     * one a value, and must not change before {@link #end}. At most two tallies a distribution.
     */
    public void addCounts(int[] tally, int upTo) {
        if (upTo > SMALL) throw new IllegalArgumentException("tallied values must lie below 2^16");
        long many = 0, valueSum = 0;
        int largest = -1;
        for (int v = 0; v < upTo; v++) {
            int c = tally[v];
            if (c == 0) continue;
            many += c;
            valueSum += (long) c * v;
            largest = v;
        }
        if (many == 0) return;
        if (tallyCount == TALLIES) throw new IllegalStateException("a distribution takes at most " + TALLIES + " tallies");
        tallies[tallyCount] = tally;
        tallyUpTo[tallyCount++] = largest + 1;
        talliedN += (int) many;
        sum += valueSum;
        or |= largest; // every tallied value lies below 2^16, and the largest sets the radix sort's top digit
        max = Math.max(max, largest);
    }

    /**
     * Adds the values of {@code closed}, a distribution {@link #end} has closed (and that does not
     * begin again before this one ends): merged count by count while it counts them, one at a time
     * if it put them in order.
     */
    public void addAll(BalanceDistribution closed) {
        if (closed.inOrder) {
            for (int i = 0; i < closed.n; i++) add(closed.sorted[i]);
        } else {
            addCounts(closed.counts, closed.counted);
        }
    }

    /**
     * Closes a distribution begun by {@link #begin}. Values below 2^16 stay counted, and the
     * metrics walk the counts up to the largest; when a few of them lie spread over a wide range
     * (a hundred contributors, the keenest with thousands of pieces) that walk costs more than
     * sorting them, so they are sorted instead; with values of 2^16 or more the counted ones are
     * written out in order ahead of the wide ones, radix-sorted.
     */
    public BalanceDistribution end() {
        int added = n;
        n += talliedN;
        total = sum;
        if (total <= 0) { // every value is 0: counted, and written out if a metric asks
            mergeTallies();
            counted = 1;
            inOrder = false;
        } else if (or >= SMALL) {
            mergeTallies();
            if (sorted.length < n) sorted = new long[Math.max(n, sorted.length + (sorted.length >> 1))];
            counted = (int) Math.min(max, SMALL - 1) + 1;
            writeOut(counts, counted, sorted, 0);
            long[] inOrderWide = radixSort(wide, wideN);
            System.arraycopy(inOrderWide, 0, sorted, n - wideN, wideN);
            inOrder = true;
        } else if (max > (long) SPARSE * n) { // then fewer than LISTED values: every one added is listed
            if (sorted.length < n) sorted = java.util.Arrays.copyOf(sorted, n);
            for (int t = 0, at = added; t < tallyCount; t++) at = writeOut(tallies[t], tallyUpTo[t], sorted, at);
            for (int i = 0; i < added; i++) counts[(int) sorted[i]] = 0;
            counted = 0;
            java.util.Arrays.sort(sorted, 0, n);
            inOrder = true;
        } else {
            mergeTallies();
            counted = (int) max + 1;
            inOrder = false;
        }
        java.util.Arrays.fill(tallies, null);
        return this;
    }

    private void mergeTallies() {
        for (int t = 0; t < tallyCount; t++) {
            int[] tally = tallies[t];
            for (int v = 0, upTo = tallyUpTo[t]; v < upTo; v++) counts[v] += tally[v];
        }
    }

    /** How many values the distribution holds. */
    public int size() {
        return n;
    }

    /** Convenience for one-off use. */
    public static BalanceDistribution of(long[] balances, int[] ids, int count) {
        return new BalanceDistribution().compute(balances, ids, count);
    }

    public boolean empty() {
        return total <= 0;
    }

    /** Gini = sum_i (2i - n - 1) x_(i) / (n * sum x), i = 1..n over ascending values. */
    public double gini() {
        if (n == 0 || empty()) return 0;
        double weighted = 0;
        if (inOrder) {
            for (int i = 0; i < n; i++) weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        } else {
            // c equal values v at ranks b+1..b+c add v * (c * (2b + c + 1) - c * (n + 1)): a sum
            // over the counts instead of the members. Every term and partial sum is a whole
            // number, exact in a double below 2^53, so the result is the member-by-member sum's.
            long below = 0;
            for (int v = 0; v < counted; v++) {
                long c = counts[v];
                if (c == 0) continue;
                weighted += (double) v * (c * (2 * below + c + 1) - c * (n + 1L));
                below += c;
            }
        }
        return weighted / (n * total);
    }

    /** Share held by the richest {@code fraction} of members (at least one member). */
    public double topShare(double fraction) {
        if (n == 0 || empty()) return 0;
        int k = Math.max(1, (int) Math.ceil(fraction * n));
        double top = 0;
        if (inOrder) {
            for (int i = n - k; i < n; i++) top += sorted[i];
        } else {
            for (int v = counted - 1; k > 0; v--) {
                int taken = Math.min(k, counts[v]);
                top += (double) taken * v;
                k -= taken;
            }
        }
        return top / total;
    }

    /** The fewest members who together hold more than half of all balances. */
    public int nakamoto() {
        if (empty()) return 0;
        putInOrder();
        double held = 0;
        for (int i = n - 1, k = 1; i >= 0; i--, k++) {
            held += sorted[i];
            if (held > total / 2) return k;
        }
        return n;
    }

    /** Herfindahl-Hirschman index: the sum of squared shares, 1/n for equal balances, 1 for one holder. */
    public double hhi() {
        if (empty()) return 0;
        putInOrder();
        double h = 0;
        for (int i = 0; i < n; i++) {
            double share = sorted[i] / total;
            h += share * share;
        }
        return h;
    }

    /** Lorenz curve at {@code points} evenly spaced population shares: {@code [0]} population, {@code [1]} balance share. */
    public double[][] lorenz(int points) {
        putInOrder();
        double[] population = new double[points];
        double[] share = new double[points];
        double cumulative = 0;
        int taken = 0;
        for (int p = 0; p < points; p++) {
            double q = (double) p / (points - 1);
            int upTo = (int) Math.round(q * n);
            while (taken < upTo) cumulative += sorted[taken++];
            population[p] = q;
            share[p] = n == 0 || empty() ? q : cumulative / total;
        }
        return new double[][] {population, share};
    }

    /** Writes the counted values out in order, the first time a metric needs the order. */
    private void putInOrder() {
        if (inOrder) return;
        if (sorted.length < n) sorted = new long[n];
        writeOut(counts, counted, sorted, 0);
        inOrder = true;
    }

    /** Writes {@code counts[v]} copies of each v below {@code upTo}, in order, into {@code into} from {@code at}; returns where they end. */
    private static int writeOut(int[] counts, int upTo, long[] into, int at) {
        for (int v = 0; v < upTo; v++) {
            int c = counts[v];
            if (c > 0) java.util.Arrays.fill(into, at, at += c, v);
        }
        return at;
    }

    /**
     * Puts {@code values[0..len)} in order (never negative, so unsigned digit order is numeric
     * order); returns the array that holds them in order, {@code values} or the work space.
     */
    private long[] radixSort(long[] values, int len) {
        if (len == 0) return values;
        if (scratch.length < values.length) scratch = new long[values.length];
        long usedBits = 0;
        for (int i = 0; i < len; i++) usedBits |= values[i];
        int digits = (64 - Long.numberOfLeadingZeros(usedBits) + DIGIT_BITS - 1) / DIGIT_BITS;
        for (int d = 0; d < digits; d++) java.util.Arrays.fill(digitCounts[d], 0);
        for (int i = 0; i < len; i++) {
            long v = values[i];
            for (int d = 0; d < digits; d++) digitCounts[d][(int) ((v >>> (d * DIGIT_BITS)) & (RADIX - 1))]++;
        }
        long[] from = values;
        long[] to = scratch;
        for (int d = 0; d < digits; d++) {
            int shift = d * DIGIT_BITS;
            int[] offsets = digitCounts[d];
            if (offsets[(int) ((from[0] >>> shift) & (RADIX - 1))] == len) continue; // every value shares this digit
            int running = 0;
            for (int b = 0; b < RADIX; b++) {
                int c = offsets[b];
                offsets[b] = running;
                running += c;
            }
            for (int i = 0; i < len; i++) to[offsets[(int) ((from[i] >>> shift) & (RADIX - 1))]++] = from[i];
            long[] t = from;
            from = to;
            to = t;
        }
        if (from != values) { // keep the two arrays' roles: the list in wide, the work space in scratch
            scratch = values;
            wide = from;
        }
        return from;
    }
}
