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
        description = {"Posterior-predictive forecast from a calibration folder, optionally under a policy change from the forecast's origin"
                + " (--set, --intervene): forecast.csv (q05..q95 per period and target, with the observed value where known), fan charts,"
                + " report.html; with a policy also the same forecast without it (no_change.csv) and their paired difference (difference.csv).",
                "Example: forecast results/numpy-calibration --until 2019-12-31 --set rewards.enabled=true --set rewards.unitPrice=5"})
final class ForecastCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALIBRATION_DIR", description = "A folder written by calibrate.")
    Path calibration;

    @Option(names = "--days", paramLabel = "D", description = "Days to forecast past the fitted window (default: 365 unless --until).")
    Integer days;

    @Option(names = "--until", paramLabel = "DATE|DAY", description = "Forecast up to this date (or day).")
    String until;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "A policy change, from the forecast's origin (the day after the"
            + " fitted window) unless --at says otherwise (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--at", paramLabel = "DATE|DAY|start", description = "When the --set changes start: a date or day (default: the"
            + " forecast's origin), or 'start' to apply them to the whole run from model day 0, rewriting the fitted past (the old meaning).")
    String at;

    @Option(names = "--intervene", paramLabel = "FILE", description = "A YAML list of interventions ({at, set, ramp, label}, as a"
            + " scenario's interventions:); items without 'at' start at the origin (or --at).")
    Path intervene;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

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
        Forecast.Policy policy;
        long policyStart;
        List<communitysim.scenario.Scenario.Intervention> applied;
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
            if (at != null && sets.isEmpty() && intervene == null) throw new ObservedException("--at " + at + ": says when --set or --intervene starts; give one of them");
            boolean wholeRun = "start".equals(at);
            long origin = plan.until() + 1;
            policyStart = wholeRun ? plan.start() + 1 : at == null ? origin : communitysim.calibrate.CalibrationPlan.key("--at", at, plan.observed());
            if (!wholeRun && (policyStart <= plan.start() || policyStart > last)) {
                throw new ObservedException("--at " + at + ": must fall within the run, after model day 0 ("
                        + plan.observed().keyText(plan.start()) + ") and by the forecast's end (" + plan.observed().keyText(last) + "), or be 'start'");
            }
            if (intervene != null && !java.nio.file.Files.isRegularFile(intervene)) throw new ObservedException("--intervene " + intervene + ": no such file");
            int atDay = (int) (policyStart - plan.start());
            policy = new Forecast.Policy(wholeRun ? sets : List.of(), atDay, wholeRun ? List.of() : sets, intervene);
            // a bad policy is an error before any simulation
            applied = policy.apply(ScenarioLoader.withOverrides(plan.base(), List.of("days=" + (Math.max(last, plan.until()) - plan.start()))))
                    .scenario().interventions();
        } catch (ObservedException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ScenarioException e) {
            return ScenarioInput.report(e, err);
        }
        Instant start = Instant.now();
        boolean whatIf = !policy.isNone();
        long perForecast = (long) draws * reps;
        long total = perForecast * (whatIf ? 2 : 1);
        Forecast f;
        Forecast noChange = null;
        try (ProgressReporter progress = new ProgressReporter("forecast", "simulations", total, quiet)) {
            LocalExecutor executor = new LocalExecutor(t);
            // the no-change forecast first, on the same draws and seeds: the pairs differ only by the policy
            if (whatIf) noChange = Forecast.run(cal, last, Forecast.Policy.NONE, draws, reps, seed, executor, discrepancy.mode,
                    (done, n) -> progress.advanced(done, total));
            long offset = whatIf ? perForecast : 0;
            f = Forecast.run(cal, last, policy, draws, reps, seed, executor, discrepancy.mode, (done, n) -> progress.advanced(offset + done, total));
        }
        Forecast base = noChange;
        Path dir = out != null ? out : Path.of("results", communitysim.output.ResultsWriter.folderName(cal.plan().base().scenario().name() + "-forecast", start));
        List<String> words = new ArrayList<>();
        sets.forEach(s -> words.add("--set " + s));
        if (intervene != null) words.add("--intervene " + intervene);
        String described = String.join(" ", words);
        long from = policyStart;
        AtomicDirectory.create(dir, d -> {
            ForecastFiles.write(f, base, described, from, d);
            var m = Json.object();
            m.put("calibration", calibration.toAbsolutePath().normalize().toString());
            sets.forEach(m.putArray("set")::add);
            if (whatIf) {
                m.put("policy_from", "start".equals(at) ? "start" : cal.plan().observed().keyText(from));
                if (intervene != null) m.put("intervene", intervene.toAbsolutePath().normalize().toString());
                m.putArray("interventions").addAll((com.fasterxml.jackson.databind.node.ArrayNode)
                        new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(applied));
            }
            var r = m.putObject("runaways");
            r.put("member_cap", cal.plan().memberCap());
            r.put("simulations", f.runaway().length);
            r.put("forecast", f.runaways());
            if (base != null) r.put("no_change", base.runaways());
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
        PrintWriter o = spec.commandLine().getOut();
        o.println("forecast: " + dir);
        if (f.runaways() > 0 || base != null && base.runaways() > 0) {
            o.println("runaways: " + f.runaways() + " of " + f.runaway().length + " simulations" + (base == null ? "" : " with the policy and "
                    + base.runaways() + " of " + base.runaway().length + " without it") + " grew past "
                    + communitysim.output.Numbers.readable(cal.plan().memberCap()) + " members and were stopped (see report.html)");
        }
        return Main.OK;
    }
}
