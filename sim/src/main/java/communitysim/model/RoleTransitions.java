package communitysim.model;

import communitysim.model.organisation.GroupCensus;
import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/**
 * The role chain. A member not active for {@code inactiveAfterDays} (counted from joining if it
 * never was) becomes inactive; one who comes back restarts as an onlooker. Otherwise its engagement
 * sets a ceiling (the highest role whose {@code minEngagement} it meets): below the ceiling it steps
 * up one rung with probability {@code upRate * (1 + influence * share of active neighbours)}, above
 * it steps down one rung with probability {@code downRate}. It also takes the census the
 * organisation needs (core members, active and idle group leaders, leader counts).
 *
 * <p>The step comes after the interactions and reads only the member's own state, so it runs in
 * the interactions pass as its follower ({@link MemberPhase}), on the member just visited, with its
 * own stream. New roles go to {@link Members#nextRole} while the pass still reads today's roles of
 * neighbours, and {@link Members#commitRoles} makes them current once the pass is over.
 */
final class RoleTransitions {
    static final int PHASE = 4;

    private final CommunityModel model;

    RoleTransitions(CommunityModel model) {
        this.model = model;
    }

    /** Today's transitions over one chunk of the member list. */
    Chunk chunk(MersenneTwisterFast random, GroupCensus census) {
        return new Chunk(random, census);
    }

    final class Chunk {
        private final MersenneTwisterFast random;
        private final GroupCensus census;
        private final Members m = model.members;
        private final Scenario.Roles r = model.scenario.roles();
        private final RoleTable roles = model.roles;
        private final int day = model.day();
        private final int inactiveAfterDays = r.inactiveAfterDays();
        private final int[] groupOf = model.organisation.groups.memberGroups();
        private final double coreEngagement = model.scenario.groups().coreEngagement();
        private final byte[] role = m.role;
        private final byte[] nextRole = m.nextRole;

        private Chunk(MersenneTwisterFast random, GroupCensus census) {
            this.random = random;
            this.census = census;
        }

        void visit(int id) {
            int inactive = Role.INACTIVE.code;
            int role = this.role[id];
            int since = day - Math.max(m.lastActiveDay[id], m.joinDay[id]);
            if (since >= inactiveAfterDays) {
                role = inactive;
            } else {
                if (role == inactive) role = Role.ONLOOKER.code;
                int ceiling = roles.ceiling(m.engagement[id]);
                if (role < ceiling) {
                    if (random.nextDouble() < r.upRate() * (1 + r.neighbourInfluence() * m.neighbourShare[id])) role++;
                } else if (role > ceiling) {
                    if (random.nextDouble() < r.downRate()) role--;
                }
            }
            nextRole[id] = (byte) role;
            int g = groupOf[id];
            if (m.engagement[id] >= coreEngagement) census.core[g]++;
            byte f = m.flags[id];
            if ((f & Members.FLAG_GROUP_LEADER) != 0) {
                census.groupLeaders++;
                if (role == inactive) census.idleLeaders[g]++;
                else if (m.activeToday[id] != 0) census.activeLeaders[g]++;
            }
            if ((f & Members.FLAG_OPINION_LEADER) != 0) census.opinionLeaders++;
        }
    }
}
