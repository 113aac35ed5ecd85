package communitysim.compare;

import communitysim.metrics.Metric.Valence;
import communitysim.metrics.SummaryStats;
import communitysim.output.Scope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A verdict never contradicts the numbers printed beside it, over many random reports: differences that
 * are normal, small integer counts with ties, constant, identical, or with a far outlier, in families of
 * every size, for metrics of every valence.
 */
class VerdictConsistencyTest {

    private static final double ALPHA = Verdict.ALPHA;

    @Test
    void verdictsAgreeWithTheirAdjustedIntervalsAndPValues() {
        Random random = new Random(20240611);
        Map<Verdict, Integer> seen = new EnumMap<>(Verdict.class);
        for (int report = 0; report < 400; report++) {
            List<ComparisonRow> unadjusted = new ArrayList<>();
            int rows = 1 + random.nextInt(80);
            int n = 2 + random.nextInt(random.nextBoolean() ? 6 : 20);
            for (int i = 0; i < rows; i++) {
                HeadlineMetric metric = HeadlineMetric.ALL.get(random.nextInt(HeadlineMetric.ALL.size()));
                double[] first = new double[n];
                double[] other = new double[n];
                fill(random, first, other);
                unadjusted.add(new ComparisonRow(metric, Scope.FINAL, 0, "a", SummaryStats.of(first), null,
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN, null));
                unadjusted.add(new ComparisonRow(metric, Scope.FINAL, 1, "b", SummaryStats.of(other),
                        PairedTest.compare(first, other), Double.NaN, Double.NaN, Double.NaN, Double.NaN, null));
            }
            for (ComparisonRow r : ComparisonTable.adjust(unadjusted).rows()) {
                if (r.isReference()) continue;
                check(r);
                seen.merge(r.verdict(), 1, Integer::sum);
            }
        }
        // The inputs reach every kind of verdict, so the checks above were not vacuous.
        for (Verdict v : List.of(Verdict.BETTER, Verdict.WORSE, Verdict.HIGHER, Verdict.LOWER, Verdict.NO_DIFFERENCE,
                Verdict.MIXED, Verdict.TOO_FEW)) {
            assertTrue(seen.getOrDefault(v, 0) > 0, "no " + v + " among " + seen);
        }
    }

    private static void check(ComparisonRow r) {
        PairedResult p = r.paired();
        String row = r.verdict() + " " + p + " pHolm=" + r.pHolm() + " adjusted=[" + r.adjCiLow() + ", " + r.adjCiHigh()
                + "] at " + r.adjLevel();
        if (p.test() == TestKind.IDENTICAL) {
            assertEquals(Verdict.NO_DIFFERENCE, r.verdict(), row);
            assertTrue(r.adjCiLow() == 0 && r.adjCiHigh() == 0, row);
            return;
        }
        assertTrue(r.adjCiLow() <= p.meanDiff() && p.meanDiff() <= r.adjCiHigh(), row);
        // Adjusting for the other tests only ever widens the 95% interval.
        assertTrue(r.adjLevel() <= ALPHA && r.adjCiLow() <= p.diffCiLow() && p.diffCiHigh() <= r.adjCiHigh(), row);
        boolean excludesZero = r.adjCiLow() > 0 || r.adjCiHigh() < 0;
        Valence valence = r.metric().valence();
        switch (r.verdict()) {
            case BETTER, WORSE, HIGHER, LOWER -> {
                assertTrue(r.pHolm() < ALPHA, row);
                assertTrue(excludesZero, row);
                boolean up = r.adjCiLow() > 0;
                assertEquals(up, p.meanDiff() > 0, row);
                Verdict expected = valence == Valence.NEUTRAL ? (up ? Verdict.HIGHER : Verdict.LOWER)
                        : (up == (valence == Valence.HIGHER_IS_BETTER)) ? Verdict.BETTER : Verdict.WORSE;
                assertEquals(expected, r.verdict(), row);
            }
            case NO_DIFFERENCE, TOO_FEW -> {
                assertTrue(r.pHolm() >= ALPHA, row);
                assertTrue(!excludesZero, row);
            }
            case MIXED -> assertEquals(TestKind.WILCOXON, p.test(), "only a rank test can disagree with the mean: " + row);
        }
        if (r.verdict() == Verdict.TOO_FEW) {
            assertEquals(TestKind.WILCOXON, p.test(), row);
            assertTrue(p.smallestP() > 0, row);
        }
    }

    /** A seed's value under the reference and under the other scenario, in one of several shapes. */
    private static void fill(Random random, double[] first, double[] other) {
        int n = first.length;
        double scale = Math.pow(10, random.nextInt(9) - 3);
        double shift = random.nextInt(3) == 0 ? 0 : random.nextGaussian() * 4 / Math.sqrt(n);
        int shape = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            first[i] = scale * (100 + 10 * random.nextGaussian());
            double d = switch (shape) {
                case 0 -> 0;                                                    // identical
                case 1 -> shift == 0 ? 1 : shift;                               // constant
                case 2 -> Math.round(shift + 1.5 * random.nextGaussian());      // small counts, ties, zeros
                default -> shift + random.nextGaussian();
            };
            other[i] = first[i] + scale * d;
        }
        if (shape >= 6 && n >= PairedTest.MIN_PAIRS_FOR_OUTLIERS) {
            other[random.nextInt(n)] += scale * (random.nextBoolean() ? 40 : -40); // a far-out seed
        }
    }
}
