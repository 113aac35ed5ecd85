package communitysim.metrics;

import communitysim.model.organisation.GroupTable;

import java.util.Arrays;
import java.util.List;

/**
 * The life of every subgroup a replicate opened: the day it opened, the day it closed (-1 if it was
 * still open at the end), its largest size and the group its first members came from. Lifetimes of
 * groups still open at the end are censored, so their distribution is read with Kaplan–Meier
 * ({@link #lifetimeQuantile}), never as if those groups had died on the last day.
 *
 * @param lastDay the replicate's last simulated day (the censoring day)
 */
public record GroupLives(int[] born, int[] closed, int[] peakSize, int[] parent, int lastDay) {
    /** Why a group's record ends. */
    public enum Cause { vitality, open }

    public static GroupLives of(GroupTable table, int lastDay) {
        int n = table.count();
        int[] born = new int[n], closed = new int[n], peak = new int[n], parent = new int[n];
        for (int g = 0; g < n; g++) {
            born[g] = table.createdDay(g);
            closed[g] = table.closedDay(g);
            peak[g] = table.peakSize(g);
            parent[g] = table.parent(g);
        }
        return new GroupLives(born, closed, peak, parent, lastDay);
    }

    public static GroupLives none(int lastDay) {
        return new GroupLives(new int[0], new int[0], new int[0], new int[0], lastDay);
    }

    public int count() {
        return born.length;
    }

    public boolean died(int g) {
        return closed[g] >= 0;
    }

    /** Days from opening to closing, or to the last day for a group still open. */
    public int lifetime(int g) {
        return (died(g) ? closed[g] : lastDay) - born[g];
    }

    public Cause cause(int g) {
        return died(g) ? Cause.vitality : Cause.open;
    }

    /**
     * The Kaplan–Meier curve of lifetimes across the given replicates' groups: {@code [0]} the
     * lifetimes (days) at which some group died, ascending, {@code [1]} the share of groups still open
     * just after each. Empty when no group died.
     */
    public static double[][] survival(List<GroupLives> lives) {
        int total = 0;
        for (GroupLives l : lives) total += l.count();
        // (lifetime, died) pairs sorted by lifetime; at a tie deaths come before censorings, as usual
        long[] keys = new long[total];
        int k = 0;
        for (GroupLives l : lives) {
            for (int g = 0; g < l.count(); g++) keys[k++] = ((long) l.lifetime(g) << 1) | (l.died(g) ? 0 : 1);
        }
        Arrays.sort(keys);
        double[] times = new double[total], shares = new double[total];
        int points = 0;
        double surviving = 1;
        int atRisk = total;
        for (int i = 0; i < total; ) {
            long t = keys[i] >> 1;
            int deaths = 0, leaving = 0;
            for (; i < total && keys[i] >> 1 == t; i++, leaving++) if ((keys[i] & 1) == 0) deaths++;
            if (deaths > 0) {
                surviving *= 1 - (double) deaths / atRisk;
                times[points] = t;
                shares[points++] = surviving;
            }
            atRisk -= leaving;
        }
        return new double[][] {Arrays.copyOf(times, points), Arrays.copyOf(shares, points)};
    }

    /**
     * The {@code q} quantile of lifetimes across the given replicates' groups by the Kaplan–Meier
     * estimator: the first lifetime at which the share still open falls to {@code 1 - q} or below;
     * NaN when too few groups died for the curve to get there.
     */
    public static double lifetimeQuantile(List<GroupLives> lives, double q) {
        return quantile(survival(lives), q);
    }

    /** The {@code q} quantile read off a curve from {@link #survival}, as {@link #lifetimeQuantile}. */
    public static double quantile(double[][] curve, double q) {
        for (int i = 0; i < curve[0].length; i++) if (curve[1][i] <= 1 - q + 1e-12) return curve[0][i];
        return Double.NaN;
    }
}
