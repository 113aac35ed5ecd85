package communitysim.compare;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

import java.util.Arrays;

/**
 * The two-sided Wilcoxon signed-rank test of paired differences, as R's {@code wilcox.test(paired = TRUE)}
 * computes it: zero differences are dropped, tied absolute differences share their average rank, and the
 * p-value is exact (the sign-flip distribution of the actual ranks, ties included) for up to
 * {@value #EXACT_LIMIT} non-zero differences, else the normal approximation with tie and continuity
 * corrections.
 *
 * <p>Not commons-math3's {@code WilcoxonSignedRankTest}: in 3.6.1 it ranks zero differences as negative
 * (five zero differences give p = 0.0625 instead of 1), enumerates untied ranks for its exact p-value,
 * can return p above 1, and applies the continuity correction away from the mean. Where its exact
 * p-value is right (no zeros, no ties) the tests check that both agree.
 */
final class SignedRankTest {

    static final int EXACT_LIMIT = 50;

    private static final NaturalRanking RANKING = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /** The outcome: the rank sums of positive and negative differences, and the two-sided p-value. */
    record Outcome(double wPlus, double wMinus, double pValue) {}

    private SignedRankTest() {}

    static Outcome test(double[] differences) {
        double[] nonZero = Arrays.stream(differences).filter(d -> d != 0).toArray();
        int n = nonZero.length;
        if (n == 0) return new Outcome(0, 0, 1);
        double[] ranks = RANKING.rank(Arrays.stream(nonZero).map(Math::abs).toArray());
        double wPlus = 0;
        for (int i = 0; i < n; i++) if (nonZero[i] > 0) wPlus += ranks[i];
        double wMinus = (double) n * (n + 1) / 2 - wPlus;
        double p = n <= EXACT_LIMIT ? exactP(ranks, wPlus) : normalP(ranks, wPlus);
        return new Outcome(wPlus, wMinus, p);
    }

    /**
     * Counts, over all 2^n sign patterns, how many give each rank sum. Average ranks are multiples of
     * one half, so doubled ranks are integers and the counts fit one array indexed by doubled sum.
     */
    static double exactP(double[] ranks, double wPlus) {
        int[] doubled = Arrays.stream(ranks).mapToInt(r -> (int) Math.round(2 * r)).toArray();
        int total = Arrays.stream(doubled).sum();
        // Doubles hold counts up to 2^53 exactly; n <= EXACT_LIMIT keeps them below 2^50.
        double[] ways = new double[total + 1];
        ways[0] = 1;
        int reach = 0;
        for (int r : doubled) {
            for (int s = reach; s >= 0; s--) ways[s + r] += ways[s];
            reach += r;
        }
        int observed = (int) Math.round(2 * wPlus);
        double atMost = 0;
        double atLeast = 0;
        for (int s = 0; s <= total; s++) {
            if (s <= observed) atMost += ways[s];
            if (s >= observed) atLeast += ways[s];
        }
        double patterns = Math.pow(2, ranks.length);
        return Math.min(1, 2 * Math.min(atMost, atLeast) / patterns);
    }

    static double normalP(double[] ranks, double wPlus) {
        double n = ranks.length;
        double z = wPlus - n * (n + 1) / 4;
        double variance = n * (n + 1) * (2 * n + 1) / 24 - tieCorrection(ranks) / 48;
        double corrected = (z - Math.signum(z) * 0.5) / Math.sqrt(variance);
        return Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(corrected)));
    }

    /** Sum of t^3 - t over groups of t tied ranks. */
    private static double tieCorrection(double[] ranks) {
        double[] sorted = ranks.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            double t = j - i;
            sum += t * t * t - t;
            i = j;
        }
        return sum;
    }
}
