package communitysim.model;

import communitysim.scenario.Scenario;
import communitysim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A console stops a model (finish) and plays it again (start): a model with helper threads must
 * then run again (its helpers are gone, so the schedule's thread runs every chunk), and from the
 * same seed to the same results as a fresh one.
 */
class RestartTest {
    @Test
    void aFinishedModelStartsAgainWithTheSameResults() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("src/main/resources/communitysim/bench.yaml"),
                List.of("initial.members=9000", "pool.size=36000", "days=30")).scenario();
        double[][] fresh = TestCommunities.run(new CommunityModel(s, 3, 1));
        CommunityModel model = new CommunityModel(s, 3, 2);
        TestCommunities.run(model);
        model.setSeed(3); // as a console does when told to replay the same seed
        double[][] again = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TestCommunities.run(model));
        for (int day = 0; day < fresh.length; day++) assertArrayEquals(fresh[day], again[day], "day " + (day + 1));
    }
}
