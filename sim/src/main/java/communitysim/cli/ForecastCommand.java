package communitysim.cli;

import communitysim.calibrate.Calibration;
import communitysim.calibrate.CalibrationFiles;
import communitysim.calibrate.Forecast;
import communitysim.calibrate.ForecastFiles;
import communitysim.calibrate.ObservedException;
import communitysim.output.AtomicDirectory;
import communitysim.output.Json;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;
import communitysim.sweep.LocalExecutor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Posterior-predictive forecast from a calibration folder, optionally under a policy change (--set):"
                + " forecast.csv (q05..q95 per period and target, with the observed value where known), fan charts, report.html.",
                "Example: forecast results/numpy-calibration --until 2019-12-31 --set rewards.enabled=false"})
final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALIBRATION_DIR", description = "A folder written by calibrate.")
    Path calibration;

    @Option(names = "--days", paramLabel = "D", description = "Days to forecast past the fitted window (default: 365 unless --until).")
    Integer days;

    @Option(names = "--until", paramLabel = "DATE|DAY", description = "Forecast up to this date (or day).")
    String until;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "A policy change applied to the whole run (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--draws", paramLabel = "N", defaultValue = "100", description = "Posterior draws (default: 100).")
    int draws;

    @Option(names = "--reps", paramLabel = "R", defaultValue = "2", description = "Replicates per draw (default: 2).")
    int reps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the draws and their simulations (default: 1).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Mixin
    DiscrepancyOption discrepancy;

    @Option(names = "--out", paramLabel = "DIR", description = "Forecast folder to create (default: results/<name>-forecast-<yyyyMMdd-HHmmss>, UTC).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Calibration.Result cal;
        long last;
        int t;
        try {
            if (days != null && until != null) throw new ObservedException("--days and --until: give one of them");
            if (draws < 1) throw new ObservedException("--draws " + draws + ": must be >= 1");
            if (reps < 1) throw new ObservedException("--reps " + reps + ": must be >= 1");
            if (Threads.problem(threads).isPresent()) throw new ObservedException(Threads.problem(threads).get());
            t = Threads.resolve(threads);
            if (out != null) Destination.check(out, "--out");
            cal = CalibrationFiles.read(calibration);
            var plan = cal.plan();
            if (until != null) {
                last = communitysim.calibrate.CalibrationPlan.key("--until", until, plan.observed());
                if (last <= plan.until()) throw new ObservedException("--until " + until + ": must come after the fitted window's end " + plan.observed().keyText(plan.until()));
            } else {
                int d = days == null ? 365 : days;
                if (d < 1) throw new ObservedException("--days " + d + ": must be >= 1");
                last = plan.until() + d;
            }
            if (last - plan.start() > communitysim.calibrate.CalibrationPlan.MAX_DAYS) throw new ObservedException("--days/--until: too far; at most "
                    + communitysim.calibrate.CalibrationPlan.MAX_DAYS + " days after model day 0");
            ScenarioLoader.withOverrides(plan.base(), sets); // a bad policy is an error before any simulation
        } catch (ObservedException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ScenarioException e) {
            return ScenarioInput.report(e, err);
        }
        Instant start = Instant.now();
        Forecast f = Forecast.run(cal, last, sets, draws, reps, seed, new LocalExecutor(t), discrepancy.mode);
        Path dir = out != null ? out : Path.of("results", communitysim.output.ResultsWriter.folderName(cal.plan().base().scenario().name() + "-forecast", start));
        String policy = String.join(" ", sets.stream().map(s -> "--set " + s).toList());
        AtomicDirectory.create(dir, d -> {
            ForecastFiles.write(f, policy, d);
            var m = Json.object();
            m.put("calibration", calibration.toAbsolutePath().normalize().toString());
            sets.forEach(m.putArray("set")::add);
            m.put("draws", draws);
            m.put("reps", reps);
            m.put("discrepancy", discrepancy.mode.name());
            ForecastFiles.discrepancy(f, m.putArray("discrepancy_fit"));
            m.put("seed", seed);
            m.put("seed_rule", "draw d simulates on Streams.derive(seed, 0xf0eca, d, 0) >>> 11; replicate r > 0 on Seeds.of(that, 0, r)");
            m.put("until", cal.plan().observed().keyText(last));
            m.put("start", start.toString());
            m.put("end", Instant.now().toString());
            Json.write(d.resolve("manifest.json"), m);
        });
        spec.commandLine().getOut().println("forecast: " + dir);
        return Main.OK;
    }
}
