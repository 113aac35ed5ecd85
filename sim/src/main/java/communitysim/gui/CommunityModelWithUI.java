package communitysim.gui;

import communitysim.model.CommunityModel;
import communitysim.scenario.Scenario;
import sim.display.Console;
import sim.display.GUIState;

/**
 * The MASON console over a {@link CommunityModel}: start, pause, step and inspect the community
 * day by day. All display lives here; the model runs the same without it.
 */
public final class CommunityModelWithUI extends GUIState {
    public CommunityModelWithUI(Scenario scenario) {
        super(new CommunityModel(scenario, scenario.seed(), 1));
    }

    public static String getName() {
        return "communitysim";
    }

    /** The console's About pane. */
    public static Object getInfo() {
        return "<html><body><h2>communitysim</h2><p>An agent-based model of community growth: members with roles, "
                + "engagement, fit and belonging; subgroups and leaders; behaviour-mining rewards; the centralisation "
                + "ratio. One step is one day.</p><p>Press play; the <b>Model</b> tab shows the day's figures "
                + "(members, daily actives, joins, departures, engagement).</p></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new ModelView((CommunityModel) state);
    }

    public static void open(Scenario scenario) {
        Console console = new Console(new CommunityModelWithUI(scenario));
        console.setVisible(true);
    }
}
