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
        MainEffects effects = MainEffects.of(runs, table, plan.design());

        // activation.base = -4: runs 0 and 1, means 0.5 and 10.5: mean 5.5, sd sqrt(50),
        // CI 5.5 ± t(0.975, 1 df) × sqrt(50) / sqrt(2) = 5.5 ± 12.7062047 × 5.
        double t1 = 12.706204736174694;
        assertStats(effects.stats(0, 0, 0), 2, 5.5, Math.sqrt(50), 5.5 - 5 * t1, 5.5 + 5 * t1);
        // activation.base = -3: runs 2 and 3 (20.5, 30.5).
        assertStats(effects.stats(0, 1, 0), 2, 25.5, Math.sqrt(50), 25.5 - 5 * t1, 25.5 + 5 * t1);
        // network.mixing = complete: runs 1 and 3 (10.5, 30.5): mean 20.5, sd sqrt(200).
        assertStats(effects.stats(1, 1, 0), 2, 20.5, Math.sqrt(200), 20.5 - 10 * t1, 20.5 + 10 * t1);

        Path csv = dir.resolve(MainEffects.FILE);
        effects.write(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("parameter,level,level_low,level_high,metric,n,mean,sd,ci_low,ci_high", lines.get(0));
        assertEquals(1 + (2 + 2) * FinalMetrics.COLUMNS.size(), lines.size());
        assertTrue(lines.get(1).startsWith("activation.base,-4,-4,-4,members,2,5.5,"), lines.get(1));
        String complete = lines.get(1 + 3 * FinalMetrics.COLUMNS.size());
        assertTrue(complete.startsWith("network.mixing,complete,,,members,2,20.5,"), complete);
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
