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

    /**
     * The bench scenario with every mechanism on, in a community that turns over fast (many join
     * by referral, so many leave too): {@code founders} of a pool of {@code pool} over {@code days} days.
     */
    public static Scenario busy(int founders, int pool, int days, String... more) throws Exception {
        List<String> sets = new java.util.ArrayList<>(List.of(
                "initial.members=" + founders, "pool.size=" + pool, "days=" + days, "recruitment.referral.rate=0.05",
                "groups.enabled=true", "groups.classSize=40", "leaders.seedCount=5", "leaders.targetShare=0.01",
                "operations.content.cadence=weekly"));
        sets.addAll(List.of(more));
        return ScenarioLoader.load(Path.of("src/main/resources/communitysim/bench.yaml"), sets).scenario();
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
