package communitysim.sweep;

import communitysim.metrics.SummaryStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainEffectsTest {

    @Test
    void matchesAHandComputation(@TempDir Path dir) throws Exception {
        // Runs: 0 (-4, graph), 1 (-4, complete), 2 (-3, graph), 3 (-3, complete); 2 replicates each.
        SweepPlan plan = Sweep.of(Path.of(Cli.BASELINE)).vary("activation.base=-4,-3")
                .vary("network.mixing=graph,complete").replicates(2).plan();
        RunsTable table = plan.table();
        Path runs = dir.resolve("runs.csv");
        Journal.create(runs, table);
        try (Journal.Appender a = new Journal.Appender(runs)) {
            for (int run = 0; run < 4; run++) {
                for (int rep = 0; rep < 2; rep++) {
                    double[] finals = new double[FinalMetrics.COLUMNS.size()];
                    finals[0] = 10 * run + rep; // members: run means 0.5, 10.5, 20.5, 30.5
                    a.append(table.line(new TaskResult(run, rep, 0, finals, null)));
                }
            }
        }
        MainEffects effects = MainEffects.of(new RunMeans(runs, table), plan.design());

        // activation.base = -4: runs 0 and 1, means 0.5 and 10.5: mean 5.5, sd sqrt(50),
        // CI 5.5 ± t(0.975, 1 df) × sqrt(50) / sqrt(2) = 5.5 ± 12.7062047 × 5.
        double t1 = 12.706204736174694;
        assertStats(effects.stats(0, 0, 0), 2, 5.5, Math.sqrt(50), 5.5 - 5 * t1, 5.5 + 5 * t1);
        // activation.base = -3: runs 2 and 3 (20.5, 30.5).
        assertStats(effects.stats(0, 1, 0), 2, 25.5, Math.sqrt(50), 25.5 - 5 * t1, 25.5 + 5 * t1);
        // network.mixing = complete: runs 1 and 3 (10.5, 30.5): mean 20.5, sd sqrt(200).
        assertStats(effects.stats(1, 1, 0), 2, 20.5, Math.sqrt(200), 20.5 - 10 * t1, 20.5 + 10 * t1);

        // Replicates of every run are 1 apart (rep 0 and 1): sd sqrt(1/2) within each run, pooled the same.
        assertEquals(Math.sqrt(0.5), effects.replicateSd(0, 0, 0), 1e-12);
        assertEquals(Math.sqrt(0.5), effects.replicateSd(1, 1, 0), 1e-12);
        assertEquals(0, effects.replicateSd(0, 0, 1));

        Path csv = dir.resolve(MainEffects.FILE);
        effects.write(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("parameter,level,level_low,level_high,metric,n,mean,sd,ci_low,ci_high,replicate_sd", lines.get(0));
        assertEquals(1 + (2 + 2) * FinalMetrics.COLUMNS.size(), lines.size());
        assertTrue(lines.get(1).startsWith("activation.base,-4,-4,-4,members,2,5.5,"), lines.get(1));
        String complete = lines.get(1 + 3 * FinalMetrics.COLUMNS.size());
        assertTrue(complete.startsWith("network.mixing,complete,,,members,2,20.5,"), complete);
    }

    /** A one-knob grid: every level is exactly one run (of 3 replicates), values given per run and replicate. */
    private static MainEffects oneRunPerLevel(Path dir, double[][] membersByRunAndReplicate) throws Exception {
        SweepPlan plan = Sweep.of(Path.of(Cli.BASELINE)).vary("activation.base=-4.5,-4,-3.5").replicates(3).plan();
        RunsTable table = plan.table();
        Path runs = dir.resolve("runs.csv");
        Journal.create(runs, table);
        try (Journal.Appender a = new Journal.Appender(runs)) {
            for (int run = 0; run < 3; run++) {
                for (int rep = 0; rep < 3; rep++) {
                    double[] finals = new double[FinalMetrics.COLUMNS.size()];
                    finals[FinalMetrics.COLUMNS.indexOf("members")] = membersByRunAndReplicate[run][rep];
                    a.append(table.line(new TaskResult(run, rep, 0, finals, null)));
                }
            }
        }
        return MainEffects.of(new RunMeans(runs, table), plan.design());
    }

    private static final double[][] MEMBERS = {{400, 410, 430}, {3000, 3300, 3600}, {21000, 22000, 23000}};

    @Test
    void aLevelWithOneRunHasNoIntervalInTheCsv(@TempDir Path dir) throws Exception {
        MainEffects effects = oneRunPerLevel(dir, MEMBERS);
        Path csv = dir.resolve(MainEffects.FILE);
        effects.write(csv);
        String members = Files.readAllLines(csv).stream().filter(l -> l.startsWith("activation.base,-4.5,-4.5,-4.5,members,"))
                .findFirst().orElseThrow();
        // n = 1: no spread between runs to estimate, so no sd and no interval (not a zero-width one).
        assertTrue(members.startsWith("activation.base,-4.5,-4.5,-4.5,members,1,413.333333333,,,"), members);
    }

    @Test
    void theChartDrawsNoIntervalForOneRunAndSaysSo(@TempDir Path dir) throws Exception {
        SweepPlan plan = Sweep.of(Path.of(Cli.BASELINE)).vary("activation.base=-4.5,-4,-3.5").replicates(3).plan();
        MainEffects effects = oneRunPerLevel(dir, MEMBERS);
        org.jfree.chart.JFreeChart chart = MainEffectsCharts.build(effects, plan.design(), 0, 3);
        String subtitle = ((org.jfree.chart.title.TextTitle) chart.getSubtitle(0)).getText();
        assertTrue(subtitle.contains("n = 1"), subtitle);
        org.jfree.chart.plot.CategoryPlot members = (org.jfree.chart.plot.CategoryPlot)
                ((org.jfree.chart.plot.CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().get(0);
        org.jfree.data.statistics.StatisticalCategoryDataset means =
                (org.jfree.data.statistics.StatisticalCategoryDataset) members.getDataset(0);
        for (int level = 0; level < 3; level++) {
            assertEquals(null, means.getStdDevValue(0, level), "a zero-width interval drawn for level " + level);
        }
        assertTrue(((java.util.List<?>) members.getAnnotations()).stream().anyMatch(a -> a instanceof org.jfree.chart.annotations.CategoryTextAnnotation t
                && t.getText().equals("n = 1")), "the points say n = 1");
        // Replicate noise on the same chart: runs at -4 spread by sd 300 between replicates.
        org.jfree.data.category.IntervalCategoryDataset noise =
                (org.jfree.data.category.IntervalCategoryDataset) members.getDataset(1);
        assertEquals(3300 - 300, noise.getStartValue(0, 1).doubleValue(), 1e-9);
        assertEquals(3300 + 300, noise.getEndValue(0, 1).doubleValue(), 1e-9);
        // All five panels are counts or shares, never negative: the axis starts at 0 so noise is not magnified.
        assertTrue(members.getRangeAxis().getLowerBound() <= 0, "members axis starts at " + members.getRangeAxis().getLowerBound());
    }

    @Test
    void accumulatorAgreesWithSummaryStats() {
        Random random = new Random(3);
        for (int n : new int[] {0, 1, 2, 7, 100}) {
            double[] values = random.doubles(n, -1e6, 1e6).toArray();
            Accumulator acc = new Accumulator();
            for (double v : values) acc.add(v);
            SummaryStats want = SummaryStats.of(values);
            SummaryStats got = acc.stats();
            assertStats(got, want.n(), want.mean(), want.sd(), want.ciLow(), want.ciHigh());
        }
    }

    private static void assertStats(SummaryStats s, int n, double mean, double sd, double low, double high) {
        if (Double.isNaN(mean)) {
            assertEquals(n, s.n());
            assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.ciLow()) && Double.isNaN(s.ciHigh()), s.toString());
            return;
        }
        double tol = 1e-9 * Math.max(1, Math.abs(mean) + Math.abs(sd));
        assertEquals(n, s.n());
        assertEquals(mean, s.mean(), tol, "mean");
        assertEquals(sd, s.sd(), tol, "sd");
        assertEquals(low, s.ciLow(), tol, "ci_low");
        assertEquals(high, s.ciHigh(), tol, "ci_high");
    }
}
