package communitysim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --recipe} from the command line: the recipe's values fill what the flags leave out, flags
 * win, SCENARIO becomes optional, and a bad recipe exits 2 at its file, line and field with nothing
 * written.
 */
class RecipeCliTest {
    @TempDir
    Path dir;

    /** A recipe in its own folder, naming the scenario beside that folder. */
    private static final String RECIPE = """
            scenario: ../s.yaml
            set:
              churn.base: 0.02
            fit:
              - {path: recruitment.external.rate, lo: 0.0001, hi: 0.01, scale: log, why: "inflow"}
            targets: [new_contributors, contributions=content]
            period: week
            particles: 10
            budget: 20
            seed: 7
            backtest:
              origins: [85]
              horizon: 28
              draws: 5
              budget: 30
            """;

    private Path observed;

    private Path recipe(String text) throws IOException {
        Files.writeString(dir.resolve("s.yaml"), "name: s\npool: {size: 2000}\ninitial: {members: 20}\n");
        StringBuilder csv = new StringBuilder("day,new_contributors,contributions\n");
        for (int d = 1; d <= 120; d++) csv.append(d).append(',').append(d % 3).append(',').append(d % 2).append('\n');
        observed = Files.writeString(dir.resolve("obs.csv"), csv);
        Path folder = Files.createDirectories(dir.resolve("recipes"));
        return Files.writeString(folder.resolve("r.yaml"), text);
    }

    private CliRunner run(String command, Path recipe, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--recipe", recipe.toString(), "--observed", observed.toString(),
                "--threads", "1", "--quiet"));
        args.addAll(List.of(more));
        if (!args.contains("--out")) args.addAll(List.of("--out", dir.resolve("out").toString()));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private JsonNode command(CliRunner r) throws IOException {
        assertEquals(0, r.exitCode(), r.err());
        return new ObjectMapper().readTree(dir.resolve("out/manifest.json").toFile()).get("command");
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void theRecipeFillsWhatTheFlagsLeaveOut() throws Exception {
        Path r = recipe(RECIPE);
        JsonNode c = command(run("calibrate", r));
        assertEquals(dir.resolve("s.yaml").toAbsolutePath().normalize().toString(), c.get("scenario").asText(), "from the recipe's folder");
        assertEquals(r.toAbsolutePath().normalize().toString(), c.get("recipe").asText());
        assertEquals(List.of("recruitment.external.rate=0.0001:0.01:log"), texts(c.get("fit")));
        assertEquals(List.of("new_contributors", "contributions=content"), texts(c.get("target")));
        assertEquals(List.of("churn.base=0.02"), texts(c.get("set")));
        assertEquals("week", c.get("period").asText());
        assertEquals(10, c.get("particles").asInt());
        assertEquals(20, c.get("budget").asInt());
        assertEquals(7, c.get("seed").asInt());
    }

    @Test
    void flagsWinAndListFlagsReplaceTheRecipesLists() throws Exception {
        Path r = recipe(RECIPE);
        Path other = Files.writeString(dir.resolve("other.yaml"), "name: other\npool: {size: 1000}\n");
        JsonNode c = command(run("calibrate", r, other.toString(), "--budget", "30", "--target", "new_contributors", "--fit",
                "churn.base=0.01:0.1", "--set", "churn.base=0.05", "--period", "day"));
        assertEquals(other.toAbsolutePath().normalize().toString(), c.get("scenario").asText(), "SCENARIO on the command line wins");
        assertEquals(30, c.get("budget").asInt());
        assertEquals(10, c.get("particles").asInt(), "what the flags leave out still comes from the recipe");
        assertEquals(List.of("new_contributors"), texts(c.get("target")));
        assertEquals(List.of("churn.base=0.01:0.1"), texts(c.get("fit")));
        assertEquals(List.of("churn.base=0.02", "churn.base=0.05"), texts(c.get("set")), "the command line's --set comes last, so it wins");
        assertEquals("day", c.get("period").asText());
    }

    @Test
    void backtestTakesItsSectionOverTheTopLevel() throws Exception {
        JsonNode c = command(run("backtest", recipe(RECIPE)));
        assertEquals(List.of("85"), texts(c.get("origin")));
        assertEquals(28, c.get("horizon").asInt());
        assertEquals(5, c.get("draws").asInt());
        assertEquals(30, c.get("budget").asInt(), "the backtest section's budget");
        assertEquals(10, c.get("particles").asInt(), "the top level's particles");
        CliRunner again = run("backtest", recipe(RECIPE), "--out", dir.resolve("again").toString(), "--horizon", "14");
        assertEquals(0, again.exitCode(), again.err());
        JsonNode second = new ObjectMapper().readTree(dir.resolve("again/manifest.json").toFile()).get("command");
        assertEquals(14, second.get("horizon").asInt(), "--horizon wins over the recipe's");
    }

    private void bad(CliRunner r, String... expected) throws IOException {
        assertEquals(2, r.exitCode(), r.err());
        for (String e : expected) assertTrue(r.err().contains(e), "expected '" + e + "' in: " + r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("out")), "nothing written");
        }
    }

    @Test
    void aBadRecipeExits2AtItsFileLineAndField() throws Exception {
        String r = dir.resolve("recipes/r.yaml").toString();
        bad(run("calibrate", recipe(RECIPE.replace("hi: 0.01", "hi: 0.00001"))), r + ":5 fit[0].lo: must be below hi (0.00001)");
        bad(run("calibrate", recipe(RECIPE.replace("particles: 10", "particle: 10"))), r + ":8 particle: unknown field");
        bad(run("calibrate", recipe(RECIPE.replace("churn.base: 0.02", "churn.base: -1"))), r + ":3 set.churn.base: must be >= 0, got -1");
        bad(run("calibrate", recipe(RECIPE.replace("../s.yaml", "../gone.yaml"))), r + ":1 scenario: no such file");
        bad(run("backtest", recipe(RECIPE.replace("[85]", "[85, 85]"))), r + ":12 backtest.origins[1]: 85 is given twice");
        bad(run("backtest", recipe(RECIPE.replace("horizon: 28", "horizon: 0"))), r + ":13 backtest.horizon: must be a whole number >= 1, got 0");
        bad(run("backtest", recipe(RECIPE.replace("[85]", "[115]"))), "--origin 115 --horizon 28: runs past", "the origins of " + r);
        bad(run("calibrate", recipe(RECIPE.replace("fit:", "fit: [\n"))), r + ":");
        bad(run("calibrate", dir.resolve("nope.yaml")), dir.resolve("nope.yaml") + ": file not found");
    }

    @Test
    void withoutARecipeOrAScenarioThereIsNothingToFit() throws Exception {
        recipe(RECIPE);
        bad(CliRunner.run("calibrate", "--observed", observed.toString(), "--fit", "churn.base=0.01:0.1", "--target", "new_contributors",
                "--out", dir.resolve("out").toString()), "SCENARIO: give a scenario file, or a --recipe that names one");
        bad(run("calibrate", recipe(RECIPE.replace("scenario: ../s.yaml\n", ""))), "names no scenario");
        bad(CliRunner.run("backtest", dir.resolve("s.yaml").toString(), "--observed", observed.toString(), "--fit", "churn.base=0.01:0.1",
                "--target", "new_contributors", "--horizon", "28", "--out", dir.resolve("out").toString()), "--origin: give at least one origin");
    }
}
