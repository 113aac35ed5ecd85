package communitysim.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BalanceDistributionTest {
    static BalanceDistribution of(long... balances) {
        int[] ids = IntStream.range(0, balances.length).toArray();
        return BalanceDistribution.of(balances, ids, balances.length);
    }

    @Test
    void equalBalancesHaveNoInequality() {
        BalanceDistribution d = of(5, 5, 5, 5);
        assertEquals(0, d.gini(), 1e-12);
        assertEquals(0.25, d.topShare(0.10), 1e-12); // the top 10% of 4 is one member
        assertEquals(3, d.nakamoto()); // two hold exactly half, not more
        assertEquals(0.25, d.hhi(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 10, 1000})
    void oneHolderAmongN(int n) {
        long[] b = new long[n];
        b[n / 2] = 123_456_789L;
        BalanceDistribution d = of(b);
        assertEquals(1 - 1.0 / n, d.gini(), 1e-12);
        assertEquals(1, d.nakamoto());
        assertEquals(1, d.topShare(0.01), 1e-12);
        assertEquals(1, d.hhi(), 1e-12);
    }

    @Test
    void knownDistribution() {
        // 1..10: total 55; the top member holds 10/55; more than half (27.5) takes 10+9+8 = 27, then +7
        BalanceDistribution d = of(3, 1, 4, 10, 5, 9, 2, 6, 8, 7);
        assertEquals(4, d.nakamoto());
        assertEquals(10.0 / 55, d.topShare(0.10), 1e-12);
        // Gini of 1..n is (n - 1) / (3n) ... for n = 10: sum (2i - 11) i / (10 * 55) = 165 / 550 = 0.3
        assertEquals(0.3, d.gini(), 1e-12);
        double[][] lorenz = d.lorenz(11);
        assertEquals(0, lorenz[1][0], 1e-12);
        assertEquals(1.0 / 55, lorenz[1][1], 1e-12);
        assertEquals(1, lorenz[1][10], 1e-12);
    }

    @Test
    void nobodyHoldingAnythingReadsAsZero() {
        BalanceDistribution d = of(0, 0, 0);
        assertEquals(0, d.gini());
        assertEquals(0, d.topShare(0.1));
        assertEquals(0, d.nakamoto());
        assertEquals(0, d.hhi());
        assertArrayEquals(new double[] {0, 0.5, 1}, d.lorenz(3)[1], 1e-12);
    }

    /** The radix sort against Arrays.sort, through the Lorenz curve (which reads the sorted order). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void radixOrderMatchesAComparisonSort(long seed) {
        Random random = new Random(seed);
        int n = 5000;
        long[] b = new long[n];
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(3);
            b[i] = kind == 0 ? 0 : kind == 1 ? random.nextInt(70_000) : random.nextLong() >>> (1 + random.nextInt(20));
        }
        BalanceDistribution d = of(b.clone());
        long[] sorted = b.clone();
        Arrays.sort(sorted);
        double total = 0;
        for (long x : sorted) total += x;
        double[][] lorenz = d.lorenz(n + 1);
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            cumulative += sorted[i];
            assertEquals(cumulative / total, lorenz[1][i + 1], 1e-9, "position " + i);
        }
    }

    /**
     * One instance reused over days whose values switch between all zero, small (counted), wide
     * (radix-sorted) and a single large holder, each metric asked for in a different order: every
     * metric matches one computed from a comparison sort of the same values.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void reusedDayAfterDayEveryMetricMatchesAComparisonSort(long seed) {
        Random random = new Random(seed);
        BalanceDistribution d = new BalanceDistribution();
        for (int day = 0; day < 40; day++) {
            int n = 1 + random.nextInt(3000);
            long[] b = new long[2 * n];
            int[] ids = new int[n];
            int kind = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                ids[i] = 2 * i + (day & 1);
                b[ids[i]] = switch (kind) {
                    case 0 -> 0;
                    case 1 -> random.nextInt(10) == 0 ? random.nextInt(1 + random.nextInt(65_536)) : 0;
                    case 2 -> random.nextLong() >>> (1 + random.nextInt(40));
                    default -> i == 0 ? 1L << 40 : random.nextInt(3);
                };
            }
            long[] sorted = new long[n];
            for (int i = 0; i < n; i++) sorted[i] = b[ids[i]];
            Arrays.sort(sorted);
            BalanceDistribution reference = of(sorted);
            d.compute(b, ids, n);
            String where = "day " + day + " kind " + kind;
            // the top shares first: for counted values they are read off the counts
            assertEquals(reference.topShare(0.01), d.topShare(0.01), 1e-12, where);
            assertEquals(reference.topShare(0.10), d.topShare(0.10), 1e-12, where);
            if (random.nextBoolean()) assertEquals(reference.gini(), d.gini(), 1e-12, where);
            assertEquals(reference.nakamoto(), d.nakamoto(), where);
            assertEquals(reference.hhi(), d.hhi(), 1e-12, where);
            assertEquals(reference.topShare(0.5), d.topShare(0.5), 1e-12, where);
            assertArrayEquals(reference.lorenz(11)[1], d.lorenz(11)[1], 1e-12, where);
        }
    }

    /** Read off the counts, the Gini is the member-by-member sum's to the last bit. */
    @Test
    void giniFromCountsEqualsGiniFromOrderedValuesExactly() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(20_000);
            int[] values = new int[n];
            int[] ids = new int[n];
            int top = 1 + random.nextInt(65_535);
            for (int i = 0; i < n; i++) {
                ids[i] = i;
                values[i] = random.nextInt(4) == 0 ? random.nextInt(1 + top) : random.nextInt(3);
            }
            BalanceDistribution d = new BalanceDistribution();
            d.begin();
            for (int i = 0; i < n; i++) d.add(values[ids[i]]);
            d.end();
            double fromCounts = d.gini();
            d.lorenz(2); // puts the values in order
            assertEquals(d.gini(), fromCounts, 0.0, "trial " + trial);
        }
    }

    /**
     * A tally merged with {@link BalanceDistribution#addCounts}, and a closed distribution merged
     * with {@link BalanceDistribution#addAll}, read exactly as their values added one at a time,
     * day after day on one instance, whether the values stay counted, are few over a wide range
     * (sorted) or include one of 2^16 or more (radix-sorted), every metric asked for.
     */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void aMergedTallyReadsAsItsValuesAddedOneByOne(long seed) {
        Random random = new Random(seed);
        BalanceDistribution merged = new BalanceDistribution();
        BalanceDistribution oneByOne = new BalanceDistribution();
        for (int day = 0; day < 60; day++) {
            int kind = random.nextInt(3);
            int listed = random.nextInt(kind == 1 ? 40 : 3000);
            int talliedValues = random.nextInt(kind == 1 ? 40 : 3000);
            int top = kind == 1 ? 60_000 : 1 + random.nextInt(200);
            int[] tally = new int[65_536];
            int upTo = 0;
            merged.begin();
            oneByOne.begin();
            long[] listedValues = new long[listed];
            for (int i = 0; i < listed; i++) {
                long v = kind == 2 && i == 0 ? 70_000 + random.nextInt(1000) : random.nextInt(top + 1);
                listedValues[i] = v;
                merged.add(v);
                oneByOne.add(v);
            }
            for (int i = 0; i < talliedValues; i++) {
                int v = 1 + random.nextInt(top);
                tally[v]++;
                upTo = Math.max(upTo, v + 1);
                oneByOne.add(v);
            }
            merged.addCounts(tally, upTo);
            merged.end();
            oneByOne.end();
            // and a closed distribution merged into another reads as its values added one by one
            BalanceDistribution union = new BalanceDistribution();
            BalanceDistribution unionOneByOne = new BalanceDistribution();
            union.begin();
            unionOneByOne.begin();
            union.addAll(merged);
            union.addAll(oneByOne);
            for (int k = 0; k < 2; k++) {
                for (int i = 0; i < listedValues.length; i++) unionOneByOne.add(listedValues[i]);
                for (int v = 0; v < upTo; v++) for (int c = 0; c < tally[v]; c++) unionOneByOne.add(v);
            }
            union.end();
            unionOneByOne.end();
            String merging = "merging, day " + day + " kind " + kind;
            assertEquals(unionOneByOne.size(), union.size(), merging);
            assertEquals(unionOneByOne.topShare(0.01), union.topShare(0.01), 0.0, merging);
            assertEquals(unionOneByOne.gini(), union.gini(), 0.0, merging);
            assertEquals(unionOneByOne.nakamoto(), union.nakamoto(), merging);
            assertArrayEquals(unionOneByOne.lorenz(11)[1], union.lorenz(11)[1], 0.0, merging);
            String where = "day " + day + " kind " + kind;
            assertEquals(oneByOne.size(), merged.size(), where);
            assertEquals(oneByOne.topShare(0.01), merged.topShare(0.01), 0.0, where);
            assertEquals(oneByOne.topShare(0.10), merged.topShare(0.10), 0.0, where);
            assertEquals(oneByOne.gini(), merged.gini(), 0.0, where);
            assertEquals(oneByOne.nakamoto(), merged.nakamoto(), where);
            assertEquals(oneByOne.hhi(), merged.hhi(), 0.0, where);
            assertArrayEquals(oneByOne.lorenz(11)[1], merged.lorenz(11)[1], 0.0, where);
        }
    }
}
