package communitysim.calibrate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The posterior predictive check on quantiles made by hand: coverage, log ratios and the verdict either way. */
class PredictiveCheckTest {
    /** Quantiles 10, 20, 30, 40, 50 (q05, q25, q50, q75, q95) around every observed value. */
    private static PredictiveCheck.Row row(String target, long period, double observed) {
        return new PredictiveCheck.Row(target, period, observed, 10, 20, 30, 40, 50);
    }

    @Test
    void bandsCountTheirEdgesAsInside() {
        assertTrue(row("a", 0, 20).inside50());
        assertTrue(row("a", 0, 40).inside50());
        assertFalse(row("a", 0, 19.99).inside50());
        assertTrue(row("a", 0, 19.99).inside90());
        assertTrue(row("a", 0, 10).inside90());
        assertTrue(row("a", 0, 50).inside90());
        assertFalse(row("a", 0, 50.01).inside90());
        assertFalse(row("a", 0, 9).inside90());
    }

    @Test
    void coverageIsTheShareOfObservedPeriodsInsideEachBand() {
        List<PredictiveCheck.Row> rows = List.of(row("a", 0, 30), row("a", 1, 15), row("a", 2, 45), row("a", 3, 60),
                row("a", 4, Double.NaN)); // not observed: counts nowhere
        PredictiveCheck.TargetCheck t = PredictiveCheck.of(rows, "months").targets().get(0);
        assertEquals(4, t.periods());
        assertEquals(0.25, t.coverage50(), 1e-12);
        assertEquals(0.75, t.coverage90(), 1e-12);
    }

    @Test
    void theLogRatioAddsOneSoThatZeroMonthsStayFinite() {
        assertEquals(Math.log(31.0 / 11.0), row("a", 0, 10).logRatio(), 1e-12);
        assertEquals(Math.log(31.0), row("a", 0, 0).logRatio(), 1e-12);
        assertEquals(0, new PredictiveCheck.Row("a", 0, 0, 0, 0, 0, 0, 0).logRatio());
        assertTrue(row("a", 0, 60).logRatio() < 0, "the model's median below the data is a negative ratio");
    }

    @Test
    void theMedianLogRatioIsTakenOverObservedPeriods() {
        // ratios log(31/1) = 3.43, log(31/31) = 0, log(31/61) = -0.68, log(31/16) = 0.66
        List<PredictiveCheck.Row> rows = List.of(row("a", 0, 0), row("a", 1, 30), row("a", 2, 60), row("a", 3, 15), row("a", 4, Double.NaN));
        PredictiveCheck.TargetCheck t = PredictiveCheck.of(rows, "months").targets().get(0);
        // absolute, sorted: 0, 0.66, 0.68, 3.43; signed, sorted: -0.68, 0, 0.66, 3.43
        assertEquals((Math.log(31.0 / 16) + Math.log(61.0 / 31)) / 2, t.medianAbsLogRatio(), 1e-12);
        assertEquals(Math.log(31.0 / 16) / 2, t.medianLogRatio(), 1e-12);
    }

    @Test
    void targetsAreCheckedEachOnItsOwnInTheirOrder() {
        List<PredictiveCheck.Row> rows = new ArrayList<>();
        for (int p = 0; p < 4; p++) rows.add(row("b", p, 30));
        for (int p = 0; p < 4; p++) rows.add(row("a", p, 100));
        PredictiveCheck c = PredictiveCheck.of(rows, "months");
        assertEquals(List.of("b", "a"), c.targets().stream().map(PredictiveCheck.TargetCheck::target).toList());
        assertTrue(c.targets().get(0).passes());
        assertFalse(c.targets().get(1).passes());
        assertFalse(c.passes());
        assertTrue(c.verdict().startsWith("fit check: FAILS for a: the 90% band covers 0% of months (needs 75%)"), c.verdict());
        assertFalse(c.verdict().contains("for b"), c.verdict());
    }

    @Test
    void exactlyAtTheThresholdsPasses() {
        assertEquals(0.75, PredictiveCheck.MIN_COVERAGE90);
        assertEquals(0.35, PredictiveCheck.MAX_MEDIAN_ABS_LOG_RATIO);
        assertTrue(check(0.75, 0.35).passes());
        assertTrue(check(0.75, 0.35).verdict().startsWith("fit check: passes"), check(0.75, 0.35).verdict());
        assertFalse(check(Math.nextDown(0.75), 0.35).passes());
        assertFalse(check(0.75, Math.nextUp(0.35)).passes());
        // coverage 3 of 4 periods, built from rows, is exactly the threshold
        List<PredictiveCheck.Row> rows = List.of(row("a", 0, 30), row("a", 1, 31), row("a", 2, 29), row("a", 3, 200));
        assertTrue(PredictiveCheck.of(rows, "months").passes());
    }

    @Test
    void aFailingVerdictSaysWhatFailedAndByHowMuch() {
        String coverage = check(0.41, Math.log(2.3)).verdict();
        assertEquals("fit check: FAILS for contributions: the 90% band covers 41% of months (needs 75%), the median is off by a factor of 2.3,"
                + " the model mostly below the data (needs at most 1.42)", coverage);
        String median = check(0.9, 0.5).verdict();
        assertEquals("fit check: FAILS for contributions: the median is off by a factor of 1.65, the model mostly below the data (needs at most 1.42)", median);
        PredictiveCheck scattered = new PredictiveCheck(List.of(), List.of(new PredictiveCheck.TargetCheck("x", 12, 0.2, 0.8, 0.1, 0.5)), "weeks");
        assertEquals("fit check: FAILS for x: the median is off by a factor of 1.65, above the data in some, below in others (needs at most 1.42)",
                scattered.verdict());
        String cov = check(0.6, 0.1).verdict();
        assertEquals("fit check: FAILS for contributions: the 90% band covers 60% of months (needs 75%), the median is off by a factor of 1.11", cov);
        // a share just under the threshold never reads as the threshold itself
        assertTrue(check(0.7499, 0.1).verdict().contains("covers 74% of months"), check(0.7499, 0.1).verdict());
    }

    @Test
    void aPassingVerdictGivesEachTargetsFigures() {
        PredictiveCheck c = new PredictiveCheck(List.of(), List.of(new PredictiveCheck.TargetCheck("new", 12, 0.5, 0.92, 0.1, 0.11),
                new PredictiveCheck.TargetCheck("active", 12, 0.5, 1, -0.05, 0.05)), "months");
        assertEquals("fit check: passes: every target's 90% band covers at least 75% of months and its median is off by a factor of at most 1.42"
                + " (new: 92%, 1.12; active: 100%, 1.06)", c.verdict());
    }

    /** One target named contributions whose model runs low. */
    private static PredictiveCheck check(double coverage90, double medianAbsLogRatio) {
        return new PredictiveCheck(List.of(), List.of(new PredictiveCheck.TargetCheck("contributions", 36, 0.3, coverage90,
                -medianAbsLogRatio, medianAbsLogRatio)), "months");
    }
}
