package communitysim.cli;

import communitysim.output.Numbers;

import communitysim.calibrate.AbcSmc;
import communitysim.calibrate.Calibration;
import communitysim.calibrate.CalibrationFiles;
import communitysim.calibrate.CalibrationPlan;
import communitysim.calibrate.ObservedException;
import communitysim.calibrate.PredictiveCheck;
import communitysim.calibrate.Recipe;
import communitysim.scenario.ScenarioException;
import communitysim.sweep.LocalExecutor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit knobs of a scenario to an observed history by ABC-SMC and write a calibration folder"
                + " (posterior.csv, calibrated.yaml, fit.csv, ppc.csv, summary.json, charts, report.html, manifest.json). See docs/calibration.md.",
                "Example: calibrate scenarios/oss-contributors.yaml --observed numpy.daily.csv --from 2012-01-01 --until 2018-12-31"
                        + " --fit recruitment.external.rate=0.00002:0.002:log --target new_contributors --target contributors_30d"
                        + " --target contributions=content",
                "With a recipe: calibrate --recipe scenarios/recipes/oss-contributors.yaml --observed numpy.daily.csv"})
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FitOptions fit;

    @Option(names = "--until", paramLabel = "DATE|DAY", description = "Last day of the fitted window (default: the history's last row).")
    String until;

    @Option(names = "--out", paramLabel = "DIR", description = "Calibration folder to create (default: results/<name>-calibration-<yyyyMMdd-HHmmss>, UTC).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        CalibrationPlan plan;
        AbcSmc.Settings settings;
        int threads;
        PartialFolder folder;
        try {
            Recipe.Settings recipe = fit.resolve(spec.commandLine().getParseResult(), false);
            if (recipe != null && until == null) until = recipe.until();
            threads = fit.threads();
            fit.checkOut(out, "calibration");
            plan = fit.plan(until);
            settings = fit.settings();
            folder = fit.folder(out, plan.base().scenario().name(), "calibration", fit.record(until));
        } catch (ObservedException e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        } catch (ScenarioException e) {
            return ScenarioInput.report(e, err);
        }
        if (folder.complete) {
            spec.commandLine().getOut().println("calibration: " + folder.target + " (already complete)");
            return Main.OK;
        }
        Calibration.Result result;
        try (GenerationProgress progress = new GenerationProgress(err, fit.quiet, fit.budget)) {
            result = Calibration.run(plan, settings, new LocalExecutor(threads), progress, folder.partial.resolve("simulations.csv"));
        }
        folder.finish(d -> CalibrationFiles.write(result, fit.record(until), d));
        Path dir = folder.target;
        PrintWriter o = spec.commandLine().getOut();
        o.println("calibration: " + dir);
        o.println(PredictiveCheck.of(result).verdict());
        o.printf("simulations: %d in %d generations, wall %.1f s%n", result.simulations(), result.populations().size(),
                (result.end().toEpochMilli() - result.start().toEpochMilli()) / 1000.0);
        double[] med = result.medians();
        for (int k = 0; k < med.length; k++) {
            o.printf("%s: median %s [90%% %s, %s], %s of the prior's width%n", plan.params().get(k).path(), Numbers.readable(med[k]),
                    Numbers.readable(result.quantile(k, 0.05)), Numbers.readable(result.quantile(k, 0.95)),
                    Numbers.readable(communitysim.calibrate.Calibration.widthShare(result, k)));
        }
        return Main.OK;
    }
}
