package communitysim.model;

import communitysim.metrics.DailyObserver;
import communitysim.scenario.Scenario;
import communitysim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

/** Communities the mechanism tests share: the closed test scenario, and a run to its daily rows. */
public final class TestCommunities {
    private TestCommunities() {}

    /** {@code closed.yaml} (nobody joins or leaves, states frozen) with one mechanism switched on by {@code sets}. */
    public static Scenario closed(String... sets) throws Exception {
        return ScenarioLoader.load(Path.of("src/test/resources/scenarios/closed.yaml"), List.of(sets)).scenario();
    }

    /** Starts {@code model}, runs it to its horizon with a daily observer, finishes it and returns the rows. */
    public static double[][] run(CommunityModel model) {
        model.start();
        DailyObserver observer = new DailyObserver(model);
        model.addObserver(observer);
        model.runToEnd();
        model.finish();
        return observer.rows();
    }
}
