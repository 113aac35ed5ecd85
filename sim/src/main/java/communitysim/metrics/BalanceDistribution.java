package communitysim.metrics;

import java.util.Arrays;

/**
 * Inequality of token balances over current members: Gini, top-1% and top-10% shares, the Nakamoto
 * coefficient (fewest members holding more than half), and the Lorenz curve. Exact, from a sorted
 * copy: O(n log n) once anyone holds tokens, which is why observers compute it on the scenario's
 * cadence.
 *
 * <p>While nobody holds tokens there is nothing to share out: Gini, top shares and Nakamoto are 0
 * (the contract's value for a switched-off column) and the Lorenz curve is the line of equality.
 */
public final class BalanceDistribution {
    private final long[] sorted;
    private final int n;
    private final double total;

    /** @param balances balances of the members listed in {@code ids[0..count)} */
    public BalanceDistribution(long[] balances, int[] ids, int count) {
        this.n = count;
        this.sorted = new long[count];
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sorted[k] = balances[ids[k]];
            sum += sorted[k];
        }
        // Nothing to order while nobody holds tokens, which keeps token-free runs O(n).
        if (sum > 0) Arrays.sort(sorted);
        this.total = sum;
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
}
