package communitysim.model;

import communitysim.model.organisation.GroupTable;
import communitysim.model.rewards.TaskRewards;
import communitysim.model.rewards.TokenLedger;
import communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.engine.Steppable;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leavers' slots go to later newcomers ({@link Members#recycle}). In a community that grows fast
 * and churns hard, with subgroups, opinion leaders and tokens on, on two threads, checked every
 * day: a newcomer in a reused slot starts as fresh as one in a new slot (no content, tokens,
 * fatigue, standing, group, activity or links of its predecessor); links stay symmetric, so no
 * member is left linked to a slot that has changed hands; every current member sits in its group's
 * list; the tokens held plus those leavers took equal the tokens paid out less those sold; the
 * contributors who left plus the current ones are everyone who ever contributed; and slots were in
 * fact reused, the id range staying near the most members the community had at once.
 */
class SlotRecyclingTest {
    @Test
    void aReusedSlotHoldsNothingOfItsFormerMember() throws Exception {
        Scenario s = TestCommunities.busy(2000, 40_000, 150, "rewards.enabled=true", "roles.advantage=0.2");
        CommunityModel model = new CommunityModel(s, 23, 2);
        model.start();
        Members m = model.members;
        int[][] links = {new int[16]};
        int[][] back = {new int[16]};
        long[] checks = {0, 0, 0};
        long[] everContributed = {0};
        int[] mostAtOnce = {m.aliveCount()};
        // right after recruitment: today's newcomers, reused slots or not, hold nothing from before
        model.schedule.scheduleRepeating(1.0, CommunityModel.ORDER_RECRUITMENT + 1, (Steppable) state -> {
            int day = model.day();
            for (int k = 0; k < m.aliveCount(); k++) {
                int id = m.alive[k];
                if (m.joinDay[id] != day) continue;
                String who = "newcomer " + id + " on day " + day;
                assertTrue(m.contentCount[id] <= 1, who + ": content " + m.contentCount[id]); // at most its arrival piece
                assertEquals(0, m.balance[id], who + ": balance");
                assertEquals(0f, m.fatigue[id], who + ": fatigue");
                assertEquals(0f, m.standing[id], who + ": standing");
                assertEquals(Members.NEVER, m.lastActiveDay[id], who + ": last active day");
                assertEquals(0, m.activeToday[id], who + ": active");
                assertEquals(0, m.flags[id] & (Members.FLAG_OPINION_LEADER | Members.FLAG_GROUP_LEADER | Members.FLAG_REPEAT), who + ": flags");
                assertTrue(model.organisation.groups.groupOf(id) >= 0, who + ": no group");
                assertEquals(0, (model.activeBitsYesterday()[id >>> 6] >>> id) & 1, who + ": active yesterday");
                assertEquals(0, (model.leaderBitsYesterday()[id >>> 6] >>> id) & 1, who + ": leader yesterday");
                // its links are the ones it just made, each to a current member
                int degree = model.graph.neighbours(id, links);
                assertEquals(degree, model.graph.liveDegree(id), who + ": links to leavers");
                for (int i = 0; i < degree; i++) assertTrue(m.isAlive(links[0][i]), who + ": linked to a leaver");
                checks[0]++;
            }
        }, 1.0);
        model.addObserver(state -> {
            int day = model.day();
            everContributed[0] += model.tally.newContributors;
            mostAtOnce[0] = Math.max(mostAtOnce[0], m.aliveCount());
            java.util.BitSet seen = new java.util.BitSet();
            GroupTable groups = model.organisation.groups;
            long balances = m.leaversBalance();
            int contributors = 0;
            for (int k = 0; k < m.aliveCount(); k++) {
                int id = m.alive[k];
                String who = "member " + id + " on day " + day;
                assertTrue(m.isAlive(id), who + ": listed but gone");
                assertFalse(seen.get(id), who + ": listed twice");
                seen.set(id);
                int g = groups.groupOf(id);
                assertTrue(g >= 0 && groups.member(g, positionIn(groups, g, id)) == id, who + ": not in its group's list");
                balances += m.balance[id];
                if (m.contentCount[id] > 0) contributors++;
                // every link to a current member is seen from both ends: a link left pointing at a
                // slot that changed hands would be seen from one end only
                int degree = model.graph.neighbours(id, links);
                for (int i = 0; i < degree; i++) {
                    int other = links[0][i];
                    if (!m.isAlive(other)) continue;
                    int otherDegree = model.graph.neighbours(other, back);
                    boolean found = false;
                    for (int j = 0; j < otherDegree && !found; j++) found = back[0][j] == id;
                    assertTrue(found, who + ": linked to " + other + ", who is not linked back");
                    checks[1]++;
                }
            }
            TokenLedger ledger = ((TaskRewards) model.rewards).ledger;
            assertEquals(ledger.paid - ledger.sold, balances, "day " + day + ": tokens held and taken away != paid - sold");
            assertEquals(everContributed[0], contributors + m.pastContributors().size(), "day " + day + ": contributors ever");
            checks[2]++;
        });
        model.runToEnd();
        model.finish();
        assertTrue(checks[0] > 5000 && checks[1] > 100_000 && checks[2] == 150, checks[0] + ", " + checks[1] + ", " + checks[2]);
        int left = m.joined() - m.aliveCount();
        assertTrue(left > 5000, "leavers " + left);
        // without reuse the id range would be every member who ever joined
        assertTrue(m.size() < m.joined() - left / 2, "id range " + m.size() + " of " + m.joined() + " joined");
        assertTrue(m.size() < 1.5 * mostAtOnce[0], "id range " + m.size() + " against at most " + mostAtOnce[0] + " members at once");
    }

    private static int positionIn(GroupTable groups, int g, int id) {
        for (int i = 0; i < groups.size(g); i++) if (groups.member(g, i) == id) return i;
        return -1;
    }
}
