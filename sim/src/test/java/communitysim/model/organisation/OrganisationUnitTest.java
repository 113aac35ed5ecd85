package communitysim.model.organisation;

import communitysim.model.DayTally;
import communitysim.model.Members;
import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static communitysim.model.TestCommunities.closed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Organisation} alone: members, a random stream and a day, no model. */
class OrganisationUnitTest {
    private int day = 1;

    Organisation organisation(Members m, String... sets) throws Exception {
        Scenario s = closed(sets);
        return new Organisation(s, m, new MersenneTwisterFast(4), () -> day);
    }

    static int join(Members m, Organisation o, int referrer, int day) {
        int id = m.add(day, 0.5f, 0.2f, 0.5f, 1f, false, false);
        o.assign(id, referrer, day);
        return id;
    }

    @Test
    void newcomersFillTheNewestGroupThenOpenANewOneAndFollowTheirReferrer() throws Exception {
        Members m = new Members(64, Members.Columns.ALL);
        Organisation o = organisation(m, "groups.classSize=3");
        for (int i = 0; i < 7; i++) join(m, o, -1, 1);
        GroupTable g = o.groups;
        assertEquals(3, g.count(), "3 + 3 + 1");
        assertEquals(3, g.size(0));
        assertEquals(1, g.size(2));
        int referred = join(m, o, 6, 2);
        assertEquals(2, g.groupOf(referred), "its referrer's group, which has room");
        int overflow = join(m, o, 0, 2);
        assertEquals(2, g.groupOf(overflow), "the referrer's group is full: the newest open group");
        assertEquals(-1, g.parent(1), "a group opened for newcomers has no parent");
    }

    @Test
    void anUnoperatedGroupWithoutActiveMembersDiesAndItsMembersLeaveOrMove() throws Exception {
        Members m = new Members(64, Members.Columns.ALL);
        Organisation o = organisation(m, "groups.operations=0", "groups.leaderOperations=0", "groups.decay=0.5",
                "groups.reassignShare=0", "groups.classSize=10");
        for (int i = 0; i < 10; i++) join(m, o, -1, 0);
        DayTally tally = new DayTally();
        GroupCensus census = new GroupCensus();
        int diedOn = -1;
        for (day = 1; day <= 40 && diedOn < 0; day++) {
            census.clear(o.groups.count());
            o.settleNeeds(census.active); // nobody active: every follower is idle
            o.takeCensus(census);
            o.step(tally);
            if (o.deaths() > 0) diedOn = day;
        }
        assertTrue(diedOn > 1 && diedOn < 40, "died on day " + diedOn);
        assertFalse(o.groups.alive(0));
        assertEquals(diedOn, o.groups.closedDay(0));
        assertEquals(10, o.groups.peakSize(0));
        assertEquals(10, tally.churnedVoluntary, "reassignShare 0: all ten left");
        for (int id = 0; id < 10; id++) assertFalse(m.isAlive(id));
    }

    @Test
    void activeMembersKeepAnUnoperatedGroupAlive() throws Exception {
        Members m = new Members(64, Members.Columns.ALL);
        Organisation o = organisation(m, "groups.operations=0", "groups.leaderOperations=0", "groups.decay=0.5", "groups.classSize=10");
        for (int i = 0; i < 10; i++) join(m, o, -1, 0);
        DayTally tally = new DayTally();
        GroupCensus census = new GroupCensus();
        for (day = 1; day <= 100; day++) {
            census.clear(o.groups.count());
            census.active[0] = 10; // everyone active every day
            o.settleNeeds(census.active);
            o.takeCensus(census);
            o.step(tally);
        }
        assertTrue(o.groups.alive(0));
        assertEquals(1, o.groups.vitality(0), 0);
    }
    /**
     * A leadership review picks each group's most engaged members who are current, not inactive
     * and not leaders yet: checked against a direct ranking, for a group of more than a quarter of
     * the community (read through the member list, in id order) and a small one (read through its
     * own list, in joining order).
     */
    @Test
    void aReviewPromotesEachGroupsMostEngagedWhateverTheGroupsSize() throws Exception {
        Members m = new Members(128, Members.Columns.ALL);
        Organisation o = organisation(m, "groups.classSize=60", "groups.membersPerLeader=10", "groups.leaderReviewEvery=1");
        MersenneTwisterFast random = new MersenneTwisterFast(9);
        for (int i = 0; i < 75; i++) {
            int id = join(m, o, -1, 0);
            m.engagement[id] = (float) random.nextDouble();
        }
        for (int id = 3; id < 75; id += 7) m.role[id] = communitysim.model.Role.INACTIVE.code;
        m.markGone(11); // left with a dying group today: still listed, no longer a candidate
        m.engagement[40] = m.engagement[41]; // a tie: the lower id goes first
        GroupTable g = o.groups;
        assertEquals(60, g.size(0));
        assertEquals(15, g.size(1));
        assertTrue(g.size(0) > m.aliveCount() / 4 && g.size(1) <= m.aliveCount() / 4, "one big group, one small");
        GroupCensus census = new GroupCensus();
        census.clear(g.count());
        o.settleNeeds(census.active);
        o.takeCensus(census);
        day = 1;
        o.step(new DayTally());
        for (int group = 0; group < 2; group++) {
            int wanted = (g.size(group) + 9) / 10;
            java.util.List<Integer> candidates = new java.util.ArrayList<>();
            for (int id = 0; id < 75; id++) {
                if (g.groupOf(id) == group && m.isAlive(id) && m.role[id] != communitysim.model.Role.INACTIVE.code) candidates.add(id);
            }
            candidates.sort((a, b) -> m.engagement[a] != m.engagement[b] ? Float.compare(m.engagement[b], m.engagement[a]) : Integer.compare(a, b));
            java.util.Set<Integer> expected = new java.util.TreeSet<>(candidates.subList(0, wanted));
            java.util.Set<Integer> leaders = new java.util.TreeSet<>();
            for (int id = 0; id < 75; id++) {
                if (g.groupOf(id) == group && (m.flags[id] & Members.FLAG_GROUP_LEADER) != 0) leaders.add(id);
            }
            assertEquals(expected, leaders, "leaders of group " + group);
            assertEquals(wanted, g.leaders(group));
        }
    }
}
