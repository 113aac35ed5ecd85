package communitysim.gui;

import communitysim.metrics.DailyObserver;
import communitysim.model.CommunityModel;
import communitysim.scenario.Scenario;
import sim.display.Console;
import sim.display.GUIState;
import sim.portrayal.Inspector;

/**
 * The MASON console over a {@link CommunityModel}: start, pause, step and inspect the community
 * day by day. All display lives here; the model runs the same without it.
 */
public final class CommunityModelWithUI extends GUIState {
    private final int days;
    private final ModelView view;

    public CommunityModelWithUI(Scenario scenario) {
        super(new CommunityModel(scenario, scenario.seed(), 1));
        this.days = scenario.days();
        this.view = new ModelView();
    }

    @Override
    public void start() {
        super.start();
        CommunityModel model = (CommunityModel) state;
        // The same observer a batch run uses, so the tab shows the figures a results folder would.
        DailyObserver observer = new DailyObserver(model);
        model.addObserver(observer);
        view.capture(model.day(), observer);
        // After each day (and under the schedule's lock), so the tab shows whole days only.
        scheduleRepeatingImmediatelyAfter(s -> view.capture(model.day(), observer));
    }

    /**
     * One day, or false at the scenario's horizon: the model's schedule repeats its phases forever (a
     * batch run stops it at {@code days}), and the console plays until a step answers false.
     */
    @Override
    public boolean step() {
        if (((CommunityModel) state).day() >= days) return false;
        return super.step();
    }

    /** The Model tab, updated as the console plays (MASON's default waits for Refresh). */
    @Override
    public Inspector getInspector() {
        Inspector inspector = super.getInspector();
        inspector.setVolatile(true);
        return inspector;
    }

    public static String getName() {
        return "communitysim";
    }

    /** The console's About pane. */
    public static Object getInfo() {
        return "<html><body><h2>communitysim</h2><p>An agent-based model of community growth: members with roles, "
                + "engagement, fit and belonging; subgroups and leaders; behaviour-mining rewards; the centralisation "
                + "ratio. One step is one day.</p><p>Press play; the <b>Model</b> tab shows the day's figures "
                + "(the headline metrics: members, daily actives, joins, losses, content, engagement, ...) as it plays; it stops at the scenario's last day.</p></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return view;
    }

    public static void open(Scenario scenario) {
        Console console = new Console(new CommunityModelWithUI(scenario));
        console.setVisible(true);
    }
}
