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

    @Override
    public Object getSimulationInspectedObject() {
        return new ModelView((CommunityModel) state);
    }

    public static void open(Scenario scenario) {
        Console console = new Console(new CommunityModelWithUI(scenario));
        console.setVisible(true);
    }
}
