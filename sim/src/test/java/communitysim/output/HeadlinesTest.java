package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.run.RunResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HeadlinesTest {

    @Test
    void peopleAreCountedWithThousandsSeparatorsNotAnExponent() {
        // The trust pass reproducer: "members (final day): 1.127e+05".
        RunResult run = FakeRuns.simple(2, 5);
        run.replicates().get(0).daily()[4][Metric.MEMBERS.ordinal()] = 112_650;
        run.replicates().get(1).daily()[4][Metric.MEMBERS.ordinal()] = 112_750;
        List<String> lines = Headlines.lines(RunSummary.of(run.replicates()));
        // t(0.975, 1) = 12.7062; sd 70.71; half width 12.7062 * 50 = 635.3.
        assertEquals("members (final day): 112,700 [95% CI 112,065, 113,335]", lines.get(0));
        for (String line : lines) assertFalse(line.matches(".*\\d[eE][+-]?\\d.*"), line);
    }

    @Test
    void flowsAreMeansPerDayAndRatiosKeepFourDigits() {
        RunResult run = FakeRuns.simple(1, 4);
        double[][] daily = run.replicates().get(0).daily();
        for (int d = 0; d < 4; d++) daily[d][Metric.JOINS.ordinal()] = d + 1; // mean 2.5
        daily[3][Metric.ACTIVE_RATIO.ordinal()] = 0.328412;
        List<String> lines = Headlines.lines(RunSummary.of(run.replicates()));
        assertEquals("active_ratio (final day): 0.3284 (1 replicate: no confidence interval)", lines.get(2));
        assertEquals("joins (mean per day): 2.5 (1 replicate: no confidence interval)", lines.get(3));
    }
}
