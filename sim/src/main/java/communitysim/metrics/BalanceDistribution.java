package communitysim.metrics;

/**
 * Inequality of token balances over current members: Gini, top-1% and top-10% shares, the Nakamoto
 * coefficient (fewest members holding more than half), the Herfindahl-Hirschman index and the
 * Lorenz curve. Exact, from a sorted copy of the balances; the sort is a counting sort when every
 * value is below 2^16 and otherwise an LSD radix sort on 16-bit digits that skips digits all
 * balances share, so a day costs O(n) (a few passes over the array) rather than O(n log n), and
 * nothing at all while nobody holds tokens.
 *
 * <p>While nobody holds tokens there is nothing to share out: Gini, top shares, Nakamoto and HHI
 * are 0 (the contract's value for a switched-off column) and the Lorenz curve is the line of
 * equality. One instance is reused day after day: {@link #compute} refills its buffers.
 */
public final class BalanceDistribution {
    private long[] sorted = new long[0];
    private long[] scratch = new long[0];
    private final int[] counts = new int[1 << 16];
    private int n;
    private double total;

    /** Takes the balances of the members listed in {@code ids[0..count)}. */
    public BalanceDistribution compute(long[] balances, int[] ids, int count) {
        return compute(k -> balances[ids[k]], count);
    }

    /** The same for counts kept as ints (content created, for participation inequality). */
    public BalanceDistribution compute(int[] values, int[] ids, int count) {
        return compute(k -> values[ids[k]], count);
    }

    private BalanceDistribution compute(java.util.function.IntToLongFunction value, int count) {
        if (sorted.length < count) {
            sorted = new long[Math.max(count, sorted.length + (sorted.length >> 1))];
            scratch = new long[sorted.length];
        }
        n = count;
        double sum = 0;
        long or = 0;
        for (int k = 0; k < count; k++) {
            long v = value.applyAsLong(k);
            sorted[k] = v;
            sum += v;
            or |= v;
        }
        total = sum;
        if (sum > 0) radixSort(or);
        return this;
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
        for (int i = 0; i < n; i++) weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        return weighted / (n * total);
    }

    /** Share held by the richest {@code fraction} of members (at least one member). */
    public double topShare(double fraction) {
        if (n == 0 || empty()) return 0;
        int k = Math.max(1, (int) Math.ceil(fraction * n));
        double top = 0;
        for (int i = n - k; i < n; i++) top += sorted[i];
        return top / total;
    }

    /** The fewest members who together hold more than half of all balances. */
    public int nakamoto() {
        if (empty()) return 0;
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
        double h = 0;
        for (int i = 0; i < n; i++) {
            double share = sorted[i] / total;
            h += share * share;
        }
        return h;
    }

    /** Lorenz curve at {@code points} evenly spaced population shares: {@code [0]} population, {@code [1]} balance share. */
    public double[][] lorenz(int points) {
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

    /** Balances are never negative, so unsigned digit order is numeric order. */
    private void radixSort(long usedBits) {
        if (usedBits < counts.length) {
            countingSort((int) usedBits);
            return;
        }
        long[] from = sorted;
        long[] to = scratch;
        for (int shift = 0; shift < 64; shift += 16) {
            if ((usedBits >>> shift) == 0) break;
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) counts[(int) ((from[i] >>> shift) & 0xFFFF)]++;
            if (counts[(int) ((from[0] >>> shift) & 0xFFFF)] == n) continue; // every balance shares this digit
            int running = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = running;
                running += c;
            }
            for (int i = 0; i < n; i++) to[counts[(int) ((from[i] >>> shift) & 0xFFFF)]++] = from[i];
            long[] t = from;
            from = to;
            to = t;
        }
        sorted = from;
        scratch = to;
    }

    /**
     * Values below 2^16 (content counts, young balances): count each value and write the runs out in
     * order, two sequential passes instead of a scatter through a 64k-entry table.
     */
    private void countingSort(int usedBits) {
        int range = Integer.highestOneBit(usedBits) << 1;
        java.util.Arrays.fill(counts, 0, range, 0);
        for (int i = 0; i < n; i++) counts[(int) sorted[i]]++;
        for (int v = 0, at = 0; v < range; v++) {
            int c = counts[v];
            if (c > 0) java.util.Arrays.fill(sorted, at, at += c, v);
        }
    }
}
