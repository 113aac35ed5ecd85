package communitysim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.calibrate.CalibrationPlan;
import communitysim.calibrate.ObservedException;
import communitysim.calibrate.Period;
import communitysim.calibrate.Recipe;
import communitysim.output.Json;
import communitysim.scenario.ScenarioException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options calibrate and backtest share: what to fit, to what, over which window; with
 * {@code --recipe}, the values the command line leaves out come from the recipe.
 */
final class FitOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (.yaml, .yml or .json): the model whose knobs are fitted (optional with a --recipe that names one).")
    Path scenarioFile;

    @Option(names = "--recipe", paramLabel = "FILE",
            description = "A recipe (YAML): the scenario, --set overrides, the knobs to fit with their priors, the targets and the settings;"
                    + " flags given on the command line win over it (--fit and --target replace its lists). See docs/calibration.md.")
    Path recipeFile;

    @Option(names = "--observed", paramLabel = "FILE", required = true,
            description = "Observed history: a CSV with a date (ISO) or day column and one column per series, dense (every day) or sparse (dated checkpoints).")
    Path observed;

    @Option(names = "--fit", paramLabel = "PATH=lo:hi[:log]",
            description = "A knob to fit and its uniform prior (log-uniform with :log), e.g. recruitment.referral.rate=0.001:0.1:log (repeatable).")
    List<String> fit = new ArrayList<>();

    @Option(names = "--target", paramLabel = "COLUMN[=METRIC]",
            description = "An observed column to fit and the daily metric it observes (same name when omitted), e.g. contributions=content (repeatable).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE|DAY", description = "First day of the fitted window (default: the history's first row).")
    String from;

    @Option(names = "--period", paramLabel = "day|week|month", defaultValue = "month",
            description = "Periods compared: flows summed, levels read at the period's end (default: month). Sparse checkpoints compare at their own dates.")
    Period period;

    @Option(names = "--particles", paramLabel = "N", defaultValue = "120", description = "ABC-SMC population size (default: 120).")
    int particles;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "2400", description = "Most simulations in all (default: 2400); the last complete generation is kept.")
    int budget;

    @Option(names = "--distance", paramLabel = "periods|projected", defaultValue = "periods",
            description = "periods: every period of every target, each scaled by its spread (default); projected: semi-automatic"
                    + " summaries, a ridge regression of the knobs on the periods fitted to a pilot of prior simulations (Fearnhead and Prangle 2012).")
    String distance;

    @Option(names = "--reps", paramLabel = "R", defaultValue = "1", description = "Replicates per particle, averaged before the distance (default: 1).")
    int reps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the sampler and of every simulation's seed (default: 1).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a knob of the scenario before fitting (repeatable; after a recipe's set).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Option(names = "--resume", description = "Continue the interrupted work of --out (DIR.partial) with the same command; exits 0 at once if DIR is complete.")
    boolean resume;

    /** The recipe read by {@link #resolve}, or null without {@code --recipe}. */
    Recipe recipe;

    /**
     * Reads {@code --recipe} and fills from it every option the command line did not give, then
     * checks that there is a scenario. Call first: the other methods read the filled options.
     *
     * @param given       what the command line gave
     * @param forBacktest take the recipe's backtest section over its top level
     * @return the recipe's settings for this command, for the options only that command has; null without a recipe
     */
    Recipe.Settings resolve(ParseResult given, boolean forBacktest) throws ObservedException, ScenarioException {
        if (recipeFile == null) {
            if (scenarioFile == null) throw new ObservedException("SCENARIO: give a scenario file, or a --recipe that names one");
            return null;
        }
        recipe = Recipe.read(recipeFile);
        boolean scenarioFromRecipe = scenarioFile == null;
        if (scenarioFromRecipe) {
            scenarioFile = recipe.scenario().orElseThrow(() -> new ObservedException(recipeFile
                    + ": names no scenario (scenario: FILE); give SCENARIO on the command line"));
        }
        boolean recipeFits = !given.hasMatchedOption("--fit");
        recipe.checkAgainst(scenarioFile, recipeFits);
        List<String> allSets = new ArrayList<>(recipe.setList());
        allSets.addAll(sets); // later overrides win: the command line's over the recipe's
        sets = allSets;
        if (recipeFits) fit = new ArrayList<>(recipe.fitSpecs());
        if (!given.hasMatchedOption("--target")) targets = new ArrayList<>(recipe.targets());
        Recipe.Settings r = recipe.settings(forBacktest);
        if (!given.hasMatchedOption("--from") && r.from() != null) from = r.from();
        if (!given.hasMatchedOption("--period") && r.period() != null) period = r.period();
        if (!given.hasMatchedOption("--particles") && r.particles() != null) particles = r.particles();
        if (!given.hasMatchedOption("--budget") && r.budget() != null) budget = r.budget();
        if (!given.hasMatchedOption("--reps") && r.reps() != null) reps = r.reps();
        if (!given.hasMatchedOption("--seed") && r.seed() != null) seed = r.seed();
        if (!given.hasMatchedOption("--distance") && r.distance() != null) distance = r.distance();
        return r;
    }

    CalibrationPlan plan(String until) throws ObservedException, ScenarioException {
        if (budget < particles) throw new ObservedException("--budget " + budget + ": too small for one generation of --particles " + particles);
        if (particles < 10) throw new ObservedException("--particles " + particles + ": at least 10 are needed to estimate a population's spread");
        return CalibrationPlan.of(scenarioFile, sets, observed, fit, targets, from, until, period, reps);
    }

    communitysim.calibrate.AbcSmc.Settings settings() throws ObservedException {
        if (!distance.equals("periods") && !distance.equals("projected")) throw new ObservedException("--distance " + distance + ": periods or projected");
        return communitysim.calibrate.AbcSmc.Settings.defaults(particles, budget, seed).projected(distance.equals("projected"));
    }

    /**
     * The resumable folder of this run: {@code out}, or {@code results/<scenario>-<kind>-<stamp>} (UTC);
     * with {@code --resume}, the interrupted one of {@code out}.
     */
    PartialFolder folder(Path out, String scenarioName, String kind, com.fasterxml.jackson.databind.JsonNode command)
            throws ObservedException, java.io.IOException {
        Path dir = out != null ? out : Path.of("results", communitysim.output.ResultsWriter.folderName(scenarioName + "-" + kind, java.time.Instant.now()));
        return PartialFolder.open(dir, resume, command, "--out");
    }

    /** Checks {@code --out} and {@code --resume} before any work. */
    void checkOut(Path out, String kind) throws ObservedException {
        if (resume && out == null) throw new ObservedException("--resume needs --out DIR, the folder of the " + kind + " to continue");
        if (out != null && !resume) Destination.check(out, "--out");
    }

    int threads() throws ObservedException {
        java.util.Optional<String> problem = Threads.problem(threads);
        if (problem.isPresent()) throw new ObservedException(problem.get());
        return Threads.resolve(threads);
    }

    ObjectNode record(String until) {
        ObjectNode c = Json.object();
        if (recipeFile != null) c.put("recipe", recipeFile.toAbsolutePath().normalize().toString());
        c.put("scenario", scenarioFile.toAbsolutePath().normalize().toString());
        c.put("observed", observed.toAbsolutePath().normalize().toString());
        fit.forEach(c.putArray("fit")::add);
        targets.forEach(c.putArray("target")::add);
        sets.forEach(c.putArray("set")::add);
        if (from != null) c.put("from", from);
        if (until != null) c.put("until", until);
        c.put("period", period.name());
        c.put("particles", particles);
        c.put("budget", budget);
        c.put("reps", reps);
        c.put("distance", distance);
        c.put("seed", seed);
        return c;
    }
}
