package communitysim.scenario;

import static communitysim.scenario.TestFiles.problems;
import static communitysim.scenario.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interventions in scenario files: resolved days, and every kind of bad change named by file, line and field. */
class InterventionInputTest {

    @TempDir
    Path dir;

    private Path file(String interventions) {
        return write(dir, "s.yaml", "days: 730\nstartDate: 2018-01-01\ninterventions:\n" + interventions);
    }

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), "expected one starting " + expected + " in " + problems);
    }

    @Test
    void aDateIsTheDayCountedFromStartDate() throws Exception {
        Path f = file("  - at: 2019-01-01\n    set: {rewards.enabled: true, rewards.unitPrice: 5}\n  - at: 400\n    ramp: 30\n"
                + "    label: calmer\n    set: {governance.ratio: 0.7}\n");
        Scenario s = ScenarioLoader.load(f, List.of()).scenario();
        assertEquals(2, s.interventions().size());
        Scenario.Intervention first = s.interventions().get(0);
        assertEquals(365, first.day());
        assertEquals("rewards.enabled=true, rewards.unitPrice=5", first.label());
        assertEquals(400, s.interventions().get(1).day());
        assertEquals(30, s.interventions().get(1).ramp());
        assertEquals("calmer", s.interventions().get(1).label());
        assertTrue(Timeline.of(s).changeOn(365).rewards().enabled());
    }

    @Test
    void anUnknownKnobIsNamedWithItsLine() {
        String f = file("  - at: 100\n    set:\n      rewards.unitPrise: 5\n").toString();
        assertProblem(problems(Path.of(f)), f + ":6 interventions[0].set.rewards.unitPrise: unknown field 'unitPrise'");
    }

    @Test
    void aDateOutsideTheRunIsRefused() {
        String f = file("  - at: 2030-01-01\n    set: {churn.base: 0.1}\n").toString();
        assertProblem(problems(Path.of(f)), f + ":4 interventions[0].at: 2030-01-01 is day 4383, which is outside the run");
        String g = file("  - at: 0\n    set: {churn.base: 0.1}\n").toString();
        assertProblem(problems(Path.of(g)), g + ":4 interventions[0].at: day 0 is outside the run: changes apply on days 1..730");
    }

    @Test
    void aDateNeedsAStartDate() {
        Path f = write(dir, "n.yaml", "days: 730\ninterventions:\n  - at: 2019-01-01\n    set: {churn.base: 0.1}\n");
        assertProblem(problems(f), f + ":3 interventions[0].at: a date needs the scenario's startDate");
    }

    @Test
    void aKnobThatCannotChangeMidRunIsRefusedWithTheReason() {
        String f = file("  - at: 100\n    set:\n      churn.base: 0.1\n      pool.size: 5000\n").toString();
        assertProblem(problems(Path.of(f)), f + ":7 interventions[0].set.pool.size: cannot change mid-run: pool.size is the pool on day 0");
        String g = file("  - at: 100\n    set: {network: {edgesPerJoin: 2}}\n").toString();
        assertProblem(problems(Path.of(g)), g + ":5 interventions[0].set.network.edgesPerJoin: cannot change mid-run");
    }

    @Test
    void oneKnobChangedTwiceOnOneDayIsRefused() {
        String f = file("  - at: 100\n    set: {churn.base: 0.1}\n  - at: 100\n    set: {churn.base: 0.2}\n").toString();
        assertProblem(problems(Path.of(f)), f + ":7 interventions[1].set.churn.base: is changed twice on day 100 (also by interventions[0])");
    }

    @Test
    void aKnobAndAPathInsideItCountAsOne() {
        String f = file("  - at: 100\n    set: {rewards.levels: [{minEngagement: 0, weight: 2}]}\n  - at: 100\n    set: {\"rewards.levels[0].weight\": 3}\n").toString();
        assertProblem(problems(Path.of(f)), f + ":7 interventions[1].set.rewards.levels[0].weight: is changed twice on day 100");
    }

    @Test
    void anEmptyMappingIsRefused() {
        String f = file("  - at: 100\n    set: {rewards: {}}\n").toString();
        assertProblem(problems(Path.of(f)), f + ":5 interventions[0].set.rewards: is an empty mapping, which changes nothing");
    }

    @Test
    void aChangeDuringItsOwnRampIsRefused() {
        String f = file("  - at: 100\n    ramp: 50\n    set: {churn.base: 0.1}\n  - at: 120\n    set: {churn.base: 0.2}\n").toString();
        assertProblem(problems(Path.of(f)), f + ":8 interventions[1].set.churn.base: changes on day 120 while interventions[0] is still ramping it");
    }

    @Test
    void aBadValueIsCheckedAsInAFile() {
        String f = file("  - at: 100\n    set: {churn.base: -1}\n").toString();
        assertProblem(problems(Path.of(f)), f + ":5 interventions[0].set.churn.base: must be >= 0, got -1");
        String g = file("  - at: 100\n    set: {stages.positive: 0.99}\n").toString();
        assertProblem(problems(Path.of(g)), g + ":5 interventions[0].set: from day 100, stages.firm must be >=");
    }

    @Test
    void aNestedMappingChangesItsLeavesAndASetCanReachInsideAnIntervention() throws Exception {
        Path f = file("  - at: 100\n    set: {rewards: {enabled: true}}\n");
        Scenario s = ScenarioLoader.load(f, List.of("interventions[0].set.rewards.unitPrice=7")).scenario();
        Scenario after = Timeline.of(s).changeOn(100);
        assertTrue(after.rewards().enabled());
        assertEquals(7, after.rewards().unitPrice());
        assertEquals(s.rewards().levels(), after.rewards().levels(), "knobs the change leaves out keep their values");
    }

    @Test
    void aSetInsideAnInterventionNamesAnUnknownKnob() {
        Path f = file("  - at: 100\n    set: {rewards.enabled: true}\n");
        assertProblem(problems(f, "interventions[0].set.rewards.unitPrise=7"), "--set interventions[0].set.rewards.unitPrise: unknown field 'unitPrise'");
    }

    @Test
    void aSetOfTheWholeListIsCheckedToo() {
        Path f = write(dir, "x.yaml", "days: 100\n");
        List<String> p = problems(f, "interventions=[{at: 50, set: {initial.members: 10}}]");
        assertProblem(p, "--set interventions[0].set.initial.members: cannot change mid-run");
    }
}
