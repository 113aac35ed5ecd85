package communitysim.model;

import communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.engine.Steppable;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The churn pass's tally of the members who stay, read by the observer instead of walking them: on
 * every day the distribution metrics are read it holds exactly the current members' content counts
 * (one past 2^16 among them), summed over two workers' chunks; on the other days there is none.
 */
class ContributorTallyTest {
    @Test
    void theChurnPassTalliesExactlyTheCurrentContributorsOnDistributionDays() throws Exception {
        Scenario s = TestCommunities.busy(20_000, 200_000, 40, "metrics.distributionEvery=3");
        CommunityModel model = new CommunityModel(s, 31, 2);
        model.start();
        Members m = model.members;
        // a keen member past what the counts hold, before the churn pass tallies
        model.schedule.scheduleRepeating(1.0, CommunityModel.ORDER_CHURN - 1, (Steppable) state -> {
            if (model.day() == 20) m.contentCount[m.alive[m.aliveCount() / 2]] += 70_000;
        }, 1.0);
        int[] checked = {0, 0};
        model.addObserver(state -> {
            int day = model.day();
            ContributorTally tally = model.contributorsToday();
            if (!s.metrics().distributionDay(day)) {
                assertNull(tally, "day " + day + ": a tally on a day without distribution metrics");
                return;
            }
            ContributorTally direct = new ContributorTally();
            for (int k = 0; k < m.aliveCount(); k++) {
                int id = m.alive[k];
                if (m.contentCount[id] > 0) direct.record(m.contentCount[id], (m.flags[id] & Members.FLAG_REPEAT) != 0);
            }
            String where = "day " + day;
            assertTrue(tally != null, where + ": no tally");
            assertEquals(direct.size(), tally.size(), where + ": contributors");
            assertEquals(direct.once(), tally.once(), where + ": one-day contributors");
            assertEquals(direct.upTo(), tally.upTo(), where + ": counts up to");
            assertEquals(Arrays.toString(Arrays.copyOf(direct.byCount(), direct.upTo())),
                    Arrays.toString(Arrays.copyOf(tally.byCount(), tally.upTo())), where + ": counts");
            long[] wideDirect = new long[direct.wideCount()], wideTally = new long[tally.wideCount()];
            for (int i = 0; i < wideDirect.length; i++) wideDirect[i] = direct.wide(i);
            for (int i = 0; i < wideTally.length; i++) wideTally[i] = tally.wide(i);
            Arrays.sort(wideTally);
            assertEquals(Arrays.toString(wideDirect), Arrays.toString(wideTally), where + ": wide counts");
            checked[0]++;
            if (wideTally.length > 0) checked[1]++;
        });
        model.runToEnd();
        assertEquals(14, checked[0], "days checked");
        assertTrue(checked[1] >= 6, "days with a count past 2^16: " + checked[1]);
        assertTrue(m.aliveCount() > 2 * MemberPhase.CHUNK, "chunks for both workers");
    }
}
