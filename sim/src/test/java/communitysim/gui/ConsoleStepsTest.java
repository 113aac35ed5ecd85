package communitysim.gui;

import communitysim.model.CommunityModel;
import communitysim.scenario.Scenario;
import communitysim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console over a model, driven headless the way MASON's Console plays it: start, then
 * {@code step()} until it answers false. The trust pass found it playing on to day 1392 of a 365-day
 * scenario, its Model tab frozen until Refresh was pressed.
 */
class ConsoleStepsTest {

    private static Scenario scenario(int days) throws Exception {
        return ScenarioLoader.load(Path.of("../scenarios/baseline.yaml"), List.of("days=" + days, "pool.size=5000")).scenario();
    }

    @Test
    void playingStopsAtTheScenariosHorizon() throws Exception {
        CommunityModelWithUI gui = new CommunityModelWithUI(scenario(12));
        gui.start();
        int steps = 0;
        while (steps < 100 && gui.step()) steps++;
        assertEquals(12, steps);
        assertEquals(12, ((CommunityModel) gui.state).day());
        assertFalse(gui.step(), "a further press of Step stays at the horizon");
        assertEquals(12, ((CommunityModel) gui.state).day());
        gui.finish();
    }

    @Test
    void stoppingAndPlayingAgainRunsTheHorizonAgain() throws Exception {
        CommunityModelWithUI gui = new CommunityModelWithUI(scenario(5));
        for (int round = 0; round < 2; round++) {
            gui.start();
            int steps = 0;
            while (steps < 100 && gui.step()) steps++;
            assertEquals(5, steps, "round " + round);
            gui.finish();
        }
    }

    @Test
    void theModelTabFollowsTheRunWithoutRefresh() throws Exception {
        CommunityModelWithUI gui = new CommunityModelWithUI(scenario(30));
        gui.start();
        assertTrue(gui.getInspector().isVolatile(), "the console updates only volatile inspectors as it plays");
        ModelView view = (ModelView) gui.getSimulationInspectedObject();
        for (int i = 0; i < 10; i++) gui.step();
        assertEquals(10, view.getDay());
        for (int i = 0; i < 20; i++) gui.step();
        assertEquals(30, view.getDay());
        assertEquals(((CommunityModel) gui.state).members.aliveCount(), view.getMembers());
        double ratio = view.getActiveRatio();
        assertEquals(ratio, new java.math.BigDecimal(ratio).round(new java.math.MathContext(4)).doubleValue(),
                "four significant digits, not 0.1346153846153846");
        sim.util.Properties properties = view.properties();
        assertEquals(1 + communitysim.metrics.Metric.headlines().size(), properties.numProperties());
        assertEquals(communitysim.metrics.Metric.MEMBERS.label, properties.getName(1), "the headlines by label, in rank order");
        assertEquals((double) view.getMembers(), properties.getValue(1));
        gui.finish();
    }
}
