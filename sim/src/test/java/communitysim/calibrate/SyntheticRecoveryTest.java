package communitysim.calibrate;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.run.ReplicateRunner;
import communitysim.scenario.ScenarioLoader;
import communitysim.sweep.LocalExecutor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Simulation-based calibration in small: truths drawn from the priors of five knobs, data made by
 * the model over three years, calibrated on the first two. The posterior's 90% intervals must
 * cover the truths (coverage) and, for the best-identified knob, be clearly narrower than the
 * prior's (the data were used: with three contributor series, external inflow, referrals and the
 * pool trade off against each other, so not every knob can narrow), and the 80% forecast band must
 * cover the third year's months.
 */
@Tag("slow")
class SyntheticRecoveryTest {
    private static final String SCENARIO = """
            name: synthetic
            days: 1095
            pool: {size: 3000}
            initial: {members: 20, engagement: 0.8, belonging: 0.5}
            recruitment:
              external: {unit: perProspect, rate: 0.0002}
              referral: {rate: 0.01}
            network: {mixing: graph, edgesPerJoin: 3}
            activation: {base: -4.5}
            churn: {base: 0.03}
            """;
    private static final List<String> FIT = List.of("recruitment.external.rate=0.00005:0.001:log",
            "recruitment.referral.rate=0.002:0.05:log", "activation.base=-5.5:-3.5", "churn.base=0.01:0.1:log",
            "pool.size=1000:8000:log");

    @Test
    void posteriorsCoverAndContractAndForecastsCover(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("synthetic.yaml");
        Files.writeString(scenario, SCENARIO);
        List<Parameter> priors = new ArrayList<>();
        for (String f : FIT) priors.add(CalibrationPlan.parseFit(f));
        // 4 truths in the build; the full check is -Dsynthetic.truths=20 (see docs/calibration.md)
        int truths = Integer.getInteger("synthetic.truths", 4), covered = 0, cases = 0, forecastIn = 0, forecastN = 0;
        double[] widthRatio = new double[priors.size()];
        ec.util.MersenneTwisterFast rng = new ec.util.MersenneTwisterFast(2024);
        for (int k = 0; k < truths; k++) {
            double[] truth = new double[priors.size()];
            List<String> sets = new ArrayList<>();
            for (int j = 0; j < truth.length; j++) {
                Parameter p = priors.get(j);
                truth[j] = p.fromZ(p.zLo() + rng.nextDouble() * (p.zHi() - p.zLo()));
                if (p.path().equals("pool.size")) truth[j] = Math.round(truth[j]);
                sets.add(p.path() + "=" + communitysim.output.Numbers.format(truth[j]));
            }
            var loaded = ScenarioLoader.withOverrides(ScenarioLoader.load(scenario, List.of()), sets);
            ReplicateResult r = ReplicateRunner.run(loaded.scenario(), 0, 1000 + k, 1);
            Path observed = dir.resolve("observed-" + k + ".csv");
            StringBuilder csv = new StringBuilder("day,new_contributors,contributors_30d,content\n");
            for (int d = 0; d < r.daily().length; d++) {
                double[] row = r.daily()[d];
                csv.append(d + 1).append(',').append((long) row[Metric.NEW_CONTRIBUTORS.ordinal()]).append(',')
                        .append((long) row[Metric.CONTRIBUTORS_30D.ordinal()]).append(',').append((long) row[Metric.CONTENT.ordinal()]).append('\n');
            }
            Files.writeString(observed, csv);
            CalibrationPlan plan = CalibrationPlan.of(scenario, List.of(), observed, FIT,
                    List.of("new_contributors", "contributors_30d", "content"), "1", "720", Period.month, 1);
            AbcSmc.Settings settings = AbcSmc.Settings.defaults(100, 900, 7 + k);
            Calibration.Result cal = Calibration.run(plan, settings, new LocalExecutor(2), (p, e, l) -> { });
            for (int j = 0; j < truth.length; j++) {
                Parameter p = priors.get(j);
                double lo = cal.quantile(j, 0.05), hi = cal.quantile(j, 0.95);
                cases++;
                if (truth[j] >= lo && truth[j] <= hi) covered++;
                widthRatio[j] += (p.toZ(hi) - p.toZ(lo)) / (0.9 * (p.zHi() - p.zLo())) / truths;
            }
            Forecast f = Forecast.run(cal, 1080, List.of(), 60, 1, 99 + k, new LocalExecutor(2), Discrepancy.Mode.level);
            for (int t = 0; t < plan.targets().size(); t++) {
                for (int p = f.future(); p < f.periods().size(); p++) {
                    double[] q = Quantiles.of(f.sample(t, p));
                    double y = f.observed(t, p);
                    forecastN++;
                    if (y >= q[1] && y <= q[5]) forecastIn++;
                }
            }
        }
        double coverage = (double) covered / cases;
        double narrowest = java.util.Arrays.stream(widthRatio).min().orElse(1);
        double forecastCoverage = (double) forecastIn / forecastN;
        System.out.printf("synthetic recovery: 90%% interval coverage %.2f over %d cases, interval widths as shares of the prior's %s,"
                + " 80%% forecast coverage %.2f over %d points%n", coverage, cases, java.util.Arrays.toString(widthRatio), forecastCoverage, forecastN);
        assertTrue(coverage >= 0.8, "90% posterior intervals cover the truth in " + coverage);
        // a sampler that ignored the data would leave every interval at the prior's width
        assertTrue(narrowest < 0.7, "the narrowest knob's posterior interval is " + narrowest + " of the prior's: the data barely informed it");
        assertTrue(forecastCoverage >= 0.7, "80% forecast bands cover " + forecastCoverage + " of the third year's months");
    }
}
