package communitysim.model;

import communitysim.scenario.Scenario;
import communitysim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import sim.engine.Steppable;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The share of active neighbours that drives activation comes from counts the graph keeps up to
 * date (set in the interactions pass, lowered as members leave, raised as newcomers link), and the
 * opinion leaders' pull from weights the leaders push to their neighbours, rather than from a walk
 * over each member's links. Checked against the walk, member by member, every day, right
 * after the activity phase and again at the end of the day, in a community that grows, churns,
 * closes groups and has opinion leaders, on two threads.
 */
class NeighbourShareTest {
    @Test
    void keptCountsAgreeWithAWalkOverTheLinks() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("src/main/resources/communitysim/bench.yaml"), List.of(
                "initial.members=3000", "pool.size=12000", "days=60", "recruitment.referral.rate=0.02",
                "groups.enabled=true", "groups.classSize=40", "leaders.seedCount=5", "leaders.targetShare=0.01")).scenario();
        CommunityModel model = new CommunityModel(s, 17, 2);
        model.start();
        int[][] links = {new int[16]};
        long[] checked = {0, 0};
        // after activity: each member's kept count is its links to members active yesterday, its live degree its links to current members
        model.schedule.scheduleRepeating(1.0, CommunityModel.ORDER_ACTIVITY + 1, (Steppable) state -> {
            Members m = model.members;
            long[] yesterday = model.activeBitsYesterday();
            for (int k = 0; k < m.aliveCount(); k++) {
                int id = m.alive[k];
                int degree = model.graph.neighbours(id, links);
                int live = 0, active = 0;
                for (int i = 0; i < degree; i++) {
                    int other = links[0][i];
                    if (!m.isAlive(other)) continue;
                    live++;
                    active += (int) (yesterday[other >>> 6] >>> other) & 1;
                }
                assertEquals(live, model.graph.liveDegree(id), "live links of " + id + " on day " + model.day());
                assertEquals(active, model.graph.activeNeighbours(id), "active neighbours of " + id + " on day " + model.day());
                checked[0]++;
            }
        }, 1.0);
        // before activity: the leaders' pushed weights equal a walk over each member's links
        long[] leaderChecks = {0};
        model.schedule.scheduleRepeating(1.0, CommunityModel.ORDER_ACTIVITY - 1, (Steppable) state -> {
            Members m = model.members;
            long[] leaderBits = model.leaderBitsYesterday();
            double deepTies = s.leaders().deepTies();
            double[] pushed = new double[m.capacity()];
            Activity.pushLeaderWeights(model.graph, m, leaderBits, deepTies, pushed);
            for (int k = 0; k < m.aliveCount(); k++) {
                int id = m.alive[k];
                int degree = model.graph.neighbours(id, links);
                double walked = 0;
                for (int i = 0; i < degree; i++) {
                    int other = links[0][i];
                    if (((leaderBits[other >>> 6] >>> other) & 1) == 0) continue;
                    walked += Math.min(1.0, deepTies / Math.max(1, model.graph.liveDegree(other)));
                    leaderChecks[0]++;
                }
                assertEquals(walked, pushed[id], 1e-12, "leader weight of " + id + " on day " + model.day());
            }
        }, 1.0);
        // at the end of the day: the counts kept for tomorrow are today's active current neighbours
        model.addObserver(state -> {
            Members m = model.members;
            for (int k = 0; k < m.aliveCount(); k++) {
                int id = m.alive[k];
                int degree = model.graph.neighbours(id, links);
                int active = 0;
                for (int i = 0; i < degree; i++) {
                    int other = links[0][i];
                    if (m.isAlive(other) && m.activeToday[other] != 0) active++;
                }
                assertEquals(active, model.graph.activeNeighbours(id), "active neighbours of " + id + " on day " + model.day());
                checked[1]++;
            }
        });
        model.runToEnd();
        model.finish();
        Members m = model.members;
        int joined = m.joined() - 3000;
        int left = m.joined() - m.aliveCount();
        assertTrue(joined > 500 && left > 500, "joins " + joined + ", leavers " + left);
        assertTrue(checked[0] > 60 * 2000 && checked[1] > 60 * 2000, checked[0] + ", " + checked[1]);
        assertTrue(leaderChecks[0] > 1000, "member-days with an active leader about: " + leaderChecks[0]);
    }
}
