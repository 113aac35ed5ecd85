package communitysim.model;

import communitysim.metrics.DailyObserver;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The member store holds a mechanism's column only when the scenario turns the mechanism on. */
class MembersTest {
    private static final Members.Columns NONE = new Members.Columns(false, false, false, false);

    @Test
    void eachOptionalColumnFollowsItsMechanism() throws Exception {
        String[] off = {"roles.propensitySd=0", "roles.advantage=0", "roles.discouragement=0", "rewards.enabled=false"};
        assertEquals(NONE, Members.Columns.of(TestCommunities.closed(off)));
        assertTrue(Members.Columns.of(TestCommunities.closed(with(off, "rewards.enabled=true"))).tokens());
        assertTrue(Members.Columns.of(TestCommunities.closed(with(off, "roles.propensitySd=1"))).propensity());
        assertTrue(Members.Columns.of(TestCommunities.closed(with(off, "roles.discouragement=0.1"))).propensity());
        assertTrue(Members.Columns.of(TestCommunities.closed(with(off, "roles.advantage=0.5"))).standing());
    }

    @Test
    void aStoreWithoutOptionalColumnsGrowsAndCountsOnlyWhatItHolds() {
        Members m = new Members(16, NONE);
        for (int i = 0; i < 100; i++) m.add(0, 0.5f, 0.3f, 0.5f, 1f, false, false);
        assertEquals(100, m.aliveCount());
        assertNull(m.balance);
        assertNull(m.taskLevel);
        assertNull(m.propensity);
        assertNull(m.standing);
        assertNull(m.boost);
        assertNull(m.boostUntil);
        assertNull(m.commitment);
        assertEquals(40, m.bytesPerSlot());
        // 40 + balance 8 + task level 1 + propensity 4 + standing 4 + boost 4 + 4 + commitment class 1
        assertEquals(66, new Members(16, Members.Columns.ALL).bytesPerSlot());
        assertEquals((long) m.capacity() * 40, m.allocatedBytes());
    }

    @Test
    void withoutTokensTheLorenzCurveIsTheLineOfEquality() throws Exception {
        CommunityModel model = new CommunityModel(TestCommunities.closed("rewards.enabled=false", "days=3"), 3, 1);
        model.start();
        DailyObserver observer = new DailyObserver(model);
        model.addObserver(observer);
        model.runToEnd();
        model.finish();
        assertFalse(model.rewards.enabled());
        double[][] lorenz = observer.lorenz();
        assertArrayEquals(lorenz[0], lorenz[1], 0.0);
    }

    private static String[] with(String[] sets, String set) {
        String[] all = java.util.Arrays.copyOf(sets, sets.length + 1);
        all[sets.length] = set;
        return all;
    }

    /** A flag reads as 1 exactly when set, for every bit of the byte, the top one included. */
    @Test
    void flaggedIsOneExactlyWhenTheFlagIsSet() {
        for (int bit = 0; bit < 8; bit++) {
            byte flag = (byte) (1 << bit);
            for (int f = 0; f < 256; f++) {
                assertEquals((f & (1 << bit)) != 0 ? 1 : 0, Members.flagged((byte) f, flag), "flags " + f + ", bit " + bit);
            }
        }
    }
}
