package communitysim.calibrate;

import communitysim.scenario.Problem;
import communitysim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recipes as read from a file: the shipped one, the settings per command, and each problem at its line and field. */
class RecipeTest {
    @TempDir
    Path dir;

    private static final Path SHIPPED = Path.of("..", "scenarios", "recipes", "oss-contributors.yaml");

    @Test
    void theShippedRecipeIsTheWorkedExample() throws Exception {
        Recipe r = Recipe.read(SHIPPED);
        assertEquals(Path.of("..", "scenarios", "oss-contributors.yaml"), r.scenario().orElseThrow());
        assertEquals("startDate=2011-01-01", r.setList().get(0));
        assertTrue(r.setList().get(1).startsWith("commitment.classes=[{\"name\":\"driveBy\""), r.setList().get(1));
        // the six --fit flags of docs/calibration.md's worked example, then the commitment classes'
        assertEquals(List.of("recruitment.external.rate=0.02:100:log", "recruitment.referral.rate=0.0005:0.05:log", "activation.base=-7:-3",
                "churn.base=0.003:0.3:log", "initial.members=3:3000:log", "roles.piecesPerDay=1:10:log",
                "commitment.classes[0].share=0.1:0.6", "commitment.classes[1].share=0.02:0.35", "commitment.classes[1].churn=0.01:1:log",
                "commitment.classes[1].activation=0:4"), r.fitSpecs());
        for (Recipe.Fit f : r.fits()) assertTrue(f.why() != null && !f.why().isBlank() && !f.why().contains("\n"), f.path());
        assertEquals(List.of("new_contributors", "contributors_30d", "contributions=content"), r.targets());
        Recipe.Settings cal = r.settings(false);
        assertEquals("2012-01-01", cal.from());
        assertNull(cal.until());
        assertEquals(Period.month, cal.period());
        assertEquals(150, cal.particles());
        assertEquals(4000, cal.budget());
        Recipe.Settings bt = r.settings(true);
        assertEquals("2012-01-01", bt.from(), "the back-test takes the top level where its section is silent");
        assertEquals(List.of("2017-01-01", "2019-01-01", "2021-01-01"), bt.origins());
        assertEquals(365, bt.horizon());
        assertEquals(100, bt.particles());
        assertEquals(2000, bt.budget());
        assertEquals(60, bt.draws());
        r.checkAgainst(r.scenario().orElseThrow(), true); // its set and every prior's bounds apply to the scenario
    }

    @Test
    void everyShippedRecipeReads() throws Exception {
        try (Stream<Path> files = Files.list(SHIPPED.getParent())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Recipe r = Recipe.read(f);
                r.checkAgainst(r.scenario().orElseThrow(), true);
            }
        }
    }

    @Test
    void aListOrMappingInSetGoesToTheScenarioAsWritten() throws Exception {
        Path f = Files.writeString(dir.resolve("l.yaml"), "set:\n  commitment.classes: [{name: core, share: 0.2, churn: 0.1}]\n");
        Files.writeString(dir.resolve("s.yaml"), "name: s\n");
        Recipe r = Recipe.read(f);
        assertEquals(List.of("commitment.classes=[{\"name\":\"core\",\"share\":0.2,\"churn\":0.1}]"), r.setList());
        r.checkAgainst(dir.resolve("s.yaml"), true);
        var loaded = communitysim.scenario.ScenarioLoader.load(dir.resolve("s.yaml"), r.setList());
        assertEquals(0.1, loaded.scenario().commitment().classes().get(0).churn());
    }

    private List<String> problems(String text) throws Exception {
        Path f = Files.writeString(dir.resolve("r.yaml"), text);
        Files.writeString(dir.resolve("s.yaml"), "name: s\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> {
            Recipe r = Recipe.read(f);
            r.checkAgainst(r.scenario().orElse(dir.resolve("s.yaml")), true);
        });
        return e.problems().stream().map(Problem::toString).map(s -> s.replace(f.toString(), "r.yaml")).toList();
    }

    @Test
    void eachProblemIsAtItsLineAndField() throws Exception {
        assertEquals(List.of("r.yaml:3 fit[1].lo: must be below hi (0.1)"), problems("""
                fit:
                  - {path: churn.base, lo: 0.01, hi: 0.1}
                  - {path: activation.base, lo: 0.2, hi: 0.1}
                """));
        assertEquals(List.of("r.yaml:2 fit[0].lo: must be above 0 on a log scale"), problems("""
                fit:
                  - {path: churn.base, lo: 0, hi: 0.1, scale: log}
                """));
        assertEquals(List.of("r.yaml:4 fit[0].path: no knob churn.bse (./communitysim knobs lists them)",
                "r.yaml:5 fit[0].hi: must be a number, got 'high'"), problems("""
                # a comment
                fit:
                  - why: no reason
                    path: churn.bse
                    hi: high
                    lo: 1
                """));
        assertEquals(List.of("r.yaml:2 fit[0]: has no hi"), problems("fit:\n  - {path: churn.base, lo: 0.01}\n"));
        assertEquals(List.of("r.yaml:1 particle: unknown field; a recipe takes backtest, budget, description, distance, fit, from, particles,"
                + " period, reps, scenario, seed, set, targets, until"), problems("particle: 10\n"));
        assertEquals(List.of("r.yaml:2 particles: must be a whole number >= 10, got 'many'",
                "r.yaml:3 period: must be one of day, week, month, got 'year'"), problems("fit: []\nparticles: many\nperiod: year\n").subList(1, 3));
        assertEquals(List.of("r.yaml:1 horizon: belongs in the backtest section (backtest: {horizon: ...})"), problems("horizon: 365\n"));
        assertEquals(List.of("r.yaml:3 backtest.origins[1]: must be an ISO date (yyyy-mm-dd) or a day number, got '2019-13-01'"),
                problems("backtest:\n  origins:\n    [2017-01-01, 2019-13-01]\n"));
        assertEquals(List.of("r.yaml:3 targets[1]: no metric named stars (map the column to a metric with COLUMN=METRIC); metrics: "
                + Target.metricList()), problems("targets:\n  - new_contributors\n  - stars\n"));
        assertEquals(List.of("r.yaml:2 budget: budget 5 is less than particles 10: too small for one generation"), problems("particles: 10\nbudget: 5\n"));
        assertEquals(List.of("r.yaml:2 particles: repeated key (first at line 1)"), problems("particles: 10\nparticles: 20\n"));
    }

    @Test
    void unreadableAndEmptyFilesSaySo() throws Exception {
        List<String> p = problems("fit: [\n  {path: churn.base\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).matches("r\\.yaml:\\d+: is not readable YAML: .*"), p.get(0));
        assertEquals(List.of("r.yaml: is empty; a recipe is a mapping (scenario:, fit:, targets: ...)"), problems("# nothing\n"));
        assertEquals(List.of("r.yaml:1: must be a mapping of fields (scenario:, fit:, targets: ...)"), problems("- a\n- b\n"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> Recipe.read(dir.resolve("nope.yaml")));
        assertEquals(dir.resolve("nope.yaml") + ": file not found", e.getMessage());
    }

    @Test
    void whatDependsOnTheScenarioIsCheckedAgainstIt() throws Exception {
        assertEquals(List.of("r.yaml:1 scenario: no such file " + dir.resolve("missing.yaml") + " (a path from the recipe's folder, or absolute)"),
                problems("scenario: missing.yaml\n"));
        assertEquals(List.of("r.yaml:3 set.churn.bse: unknown field 'bse' (did you mean 'base'?)"),
                problems("set:\n  startDate: 2011-01-01\n  churn.bse: 0.1\n"));
        assertEquals(List.of("r.yaml:2 fit[0].lo: -1 is not a valid value of churn.base: must be >= 0, got -1"),
                problems("fit:\n  - {path: churn.base, lo: -1, hi: 0.1}\n"));
    }
}
