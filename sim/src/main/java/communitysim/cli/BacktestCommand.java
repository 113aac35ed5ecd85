package communitysim.cli;

import communitysim.calibrate.AbcSmc;
import communitysim.calibrate.Backtest;
import communitysim.calibrate.BacktestFiles;
import communitysim.calibrate.CalibrationPlan;
import communitysim.calibrate.ForecastFiles;
import communitysim.calibrate.ObservedException;
import communitysim.calibrate.PredictiveCheck;
import communitysim.calibrate.Recipe;
import communitysim.output.Json;
import communitysim.scenario.ScenarioException;
import communitysim.sweep.LocalExecutor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Calibrate on the history before each origin, forecast --horizon days, and score against what happened:"
                + " backtest.csv, scores.csv (coverage of the 50/80/95% bands and CRPS, for the model and two baselines), ppc.csv and summary.json"
                + " (each origin's fit check), charts, report.html.",
                "Example: backtest scenarios/oss-contributors.yaml --observed numpy.daily.csv --from 2012-01-01 --origin 2017-01-01"
                        + " --origin 2019-01-01 --horizon 365 --fit ... --target new_contributors",
                "With a recipe: backtest --recipe scenarios/recipes/oss-contributors.yaml --observed numpy.daily.csv"})
final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FitOptions fit;

    @Option(names = "--origin", paramLabel = "DATE|DAY", description = "A forecast origin: fitted on the days before it (repeatable; required without a recipe's origins).")
    List<String> origins = new ArrayList<>();

    @Option(names = "--horizon", paramLabel = "DAYS", description = "Days forecast after each origin (required without a recipe's horizon).")
    Integer horizon;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "100", description = "Posterior draws per forecast (default: 100).")
    int draws;

    @Mixin
    DiscrepancyOption discrepancy;

    @Option(names = "--out", paramLabel = "DIR", description = "Back-test folder to create (default: results/<name>-backtest-<yyyyMMdd-HHmmss>, UTC).")
    Path out;

    private com.fasterxml.jackson.databind.node.ObjectNode record() {
        var c = fit.record(null);
        origins.forEach(c.putArray("origin")::add);
        c.put("horizon", horizon);
        c.put("draws", draws);
        c.put("discrepancy", discrepancy.mode.name());
        return c;
    }

    private boolean originsFromRecipe;

    /** The back-test's own options the command line left out, from the recipe. */
    private void fromRecipe(Recipe.Settings recipe) {
        var given = spec.commandLine().getParseResult();
        if (!given.hasMatchedOption("--origin") && recipe.origins() != null) {
            origins = new ArrayList<>(recipe.origins());
            originsFromRecipe = true;
        }
        if (!given.hasMatchedOption("--horizon") && recipe.horizon() != null) horizon = recipe.horizon();
        if (!given.hasMatchedOption("--draws") && recipe.draws() != null) draws = recipe.draws();
        if (!given.hasMatchedOption("--discrepancy") && recipe.discrepancy() != null) discrepancy.mode = recipe.discrepancy();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        CalibrationPlan plan;
        PartialFolder folder;
        List<Long> keys = new ArrayList<>();
        int threads;
        AbcSmc.Settings settings;
        try {
            Recipe.Settings recipe = fit.resolve(spec.commandLine().getParseResult(), true);
            if (recipe != null) fromRecipe(recipe);
            if (origins.isEmpty()) throw new ObservedException("--origin: give at least one origin (or origins: in the recipe's backtest section)");
            if (horizon == null) throw new ObservedException("--horizon: give the days to forecast (or horizon: in the recipe's backtest section)");
            threads = fit.threads();
            if (horizon < 1) throw new ObservedException("--horizon " + horizon + ": must be >= 1 day");
            if (draws < 1) throw new ObservedException("--draws " + draws + ": must be >= 1");
            fit.checkOut(out, "back-test");
            plan = fit.plan(null);
            settings = fit.settings();
            try {
                for (String o : origins) {
                    long k = CalibrationPlan.key("--origin", o, plan.observed());
                    if (k <= plan.from()) throw new ObservedException("--origin " + o + ": must come after --from " + plan.observed().keyText(plan.from()));
                    if (k + horizon - 1 > plan.until()) {
                        throw new ObservedException("--origin " + o + " --horizon " + horizon + ": runs past the history's last day "
                                + plan.observed().keyText(plan.until()) + ", so nothing could score it");
                    }
                    if (keys.contains(k)) throw new ObservedException("--origin " + o + ": given twice");
                    keys.add(k);
                }
            } catch (ObservedException e) {
                if (!originsFromRecipe) throw e;
                throw new ObservedException(e.getMessage() + " (the origins of " + fit.recipeFile + "; --origin and --horizon override them)");
            }
            folder = fit.folder(out, plan.base().scenario().name(), "backtest", record());
        } catch (ObservedException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ScenarioException e) {
            return ScenarioInput.report(e, err);
        }
        if (folder.complete) {
            spec.commandLine().getOut().println("backtest: " + folder.target + " (already complete)");
            return Main.OK;
        }
        Instant start = Instant.now();
        List<Backtest.Origin> done = new ArrayList<>();
        List<Backtest.Row> rows = new ArrayList<>();
        LocalExecutor executor = new LocalExecutor(threads);
        // the job's simulations, counted as the budget counts them: a calibration's proposals, then the forecast's draws
        long simulationsDone = 0;
        for (int i = 0; i < keys.size(); i++) {
            String origin = "origin " + plan.observed().keyText(keys.get(i)) + " (" + (i + 1) + "/" + keys.size() + ")";
            if (!fit.quiet) err.println(origin + ": calibrating on the history before it, then forecasting " + horizon + " days");
            long jobTotal = simulationsDone + (long) (keys.size() - i) * (fit.budget + draws);
            Backtest.Origin o;
            try (GenerationProgress progress = new GenerationProgress(err, fit.quiet, fit.budget, origin + ", ", start, simulationsDone, jobTotal)) {
                o = Backtest.one(plan, keys.get(i), horizon, settings, draws, executor, progress,
                        folder.partial.resolve("simulations-" + plan.observed().keyText(keys.get(i)) + ".csv"), discrepancy.mode);
            } catch (ObservedException e) {
                err.println(e.getMessage());
                return Main.BAD_INPUT;
            }
            done.add(o);
            rows.addAll(Backtest.score(o.forecast(), keys.get(i)));
            simulationsDone += o.calibration().simulations() / o.calibration().plan().reps() + draws;
            if (!fit.quiet) {
                double seconds = (Instant.now().toEpochMilli() - start.toEpochMilli()) / 1000.0;
                long left = (long) (keys.size() - i - 1) * (fit.budget + draws);
                err.println(origin + ": done, " + (i + 1) + " of " + keys.size() + " origins in " + GenerationProgress.duration(seconds)
                        + (left == 0 ? "" : "; at most " + GenerationProgress.duration(seconds / simulationsDone * left) + " left"));
                err.flush();
            }
        }
        List<Backtest.Score> scores = Backtest.summarise(rows, plan.observed()::keyText);
        Path dir = folder.target;
        folder.finish(d -> {
            BacktestFiles.write(done, rows, scores, d);
            var m = Json.object();
            m.set("command", record());
            var sims = m.putArray("simulations_per_origin");
            done.forEach(o -> sims.add(o.calibration().simulations()));
            var fits = m.putObject("discrepancy_fit");
            done.forEach(o -> ForecastFiles.discrepancy(o.forecast(), fits.putArray(plan.observed().keyText(o.origin()))));
            m.put("start", start.toString());
            m.put("end", Instant.now().toString());
            m.put("wall_seconds", (Instant.now().toEpochMilli() - start.toEpochMilli()) / 1000.0);
            Json.write(d.resolve("manifest.json"), m);
        });
        PrintWriter o = spec.commandLine().getOut();
        o.println("backtest: " + dir);
        for (Backtest.Origin d : done) o.println("origin " + plan.observed().keyText(d.origin()) + ": " + PredictiveCheck.of(d.calibration()).verdict());
        for (Backtest.Score s : scores) {
            if (!s.origin().equals("all")) continue;
            o.printf("%s %s: coverage50 %.2f, coverage80 %.2f, coverage95 %.2f, crps %.4g (n=%d)%n", s.metric(), s.model(), s.coverage50(),
                    s.coverage80(), s.coverage95(), s.crps(), s.n());
        }
        return Main.OK;
    }
}
