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
 * <p>Steps are drawn by thinning, as churn is: among the members below their ceiling, the gap to
 * the next one who faces a draw is geometric with the step-up bound {@code upRate * (1 + influence)}
 * (a neighbour share is at most 1), and that member steps up with its own probability over the
 * bound; among those above their ceiling the gap to the next one who steps down is geometric with
 * {@code downRate}. Each member still steps with exactly its own probability, for a draw or two per
 * step instead of a draw per member.
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
        /** With groups off everyone is in group 0: its core count is kept here, not in the census's memory. */
        private final boolean groups = model.organisation.enabled();
        private int coreOfAll;
        /**
         * Leader counts kept here and handed to the census once a chunk: the two workers' censuses
         * lie side by side in memory, and a field of theirs written for every leader would bounce
         * a cache line between the workers.
         */
        private int groupLeaders, opinionLeaders;
        private final byte[] role = m.role;
        private final byte[] nextRole = m.nextRole;
        private final double upBound = Math.min(1, r.upRate() * Math.max(1, 1 + r.neighbourInfluence()));
        private final double logUp = Math.log1p(-upBound);
        private final double logDown = Math.log1p(-r.downRate());
        /** Eligible members to pass over before the next draw, for stepping up and down. */
        private long upSkip;
        private long downSkip;

        private Chunk(MersenneTwisterFast random, GroupCensus census) {
            this.random = random;
            this.census = census;
            this.upSkip = Thinning.gap(upBound, logUp, random);
            this.downSkip = Thinning.gap(r.downRate(), logDown, random);
        }

        /**
         * The member's step, with its engagement and activity as the interactions pass left them
         * and the count of active neighbours its activity read. With the rare draw in {@link #step},
         * it is some 315 bytes of bytecode, which C2 inlines into the pass: the interactions phase
         * took 1.39-1.44 s against 1.61-1.63 s with the step out of line, while 100-run sweeps of
         * the baseline averaged 3.61 s against 3.49 s, within their noise (docs/performance.md,
         * the sixth pass).
         */
        void visit(int id, float engagement, boolean active, int activeNeighbours) {
            int inactive = Role.INACTIVE.code;
            int role = this.role[id];
            int since = day - Math.max(m.lastActiveDay[id], m.joinDay[id]);
            if (since >= inactiveAfterDays) {
                role = inactive;
            } else {
                if (role == inactive) role = Role.ONLOOKER.code;
                // A member below its ceiling brings the next step-up draw one nearer, one above it
                // the next step down: counted as numbers, since the ceiling hangs on engagement just
                // computed and a jump on it would be guessed before it is known.
                int ceiling = roles.ceiling(engagement);
                upSkip -= (role - ceiling) >>> 31;
                downSkip -= (ceiling - role) >>> 31;
                if ((upSkip | downSkip) < 0) role = step(id, role, activeNeighbours);
            }
            nextRole[id] = (byte) role;
            int g = 0;
            if (groups) {
                g = groupOf[id];
                if (engagement >= coreEngagement) census.core[g]++;
            } else {
                coreOfAll += engagement >= coreEngagement ? 1 : 0;
            }
            byte f = m.flags[id];
            if ((f & Members.FLAG_GROUP_LEADER) != 0) {
                groupLeaders++;
                if (role == inactive) census.idleLeaders[g]++;
                else if (active) census.activeLeaders[g]++;
            }
            if ((f & Members.FLAG_OPINION_LEADER) != 0) opinionLeaders++;
        }

        /** The draw that came due: a step up (if it succeeds) or a step down, and the gap to the next. */
        private int step(int id, int role, int activeNeighbours) {
            if (upSkip < 0) {
                upSkip = Thinning.gap(upBound, logUp, random);
                double p = r.upRate() * (1 + r.neighbourInfluence() * Activity.neighbourShare(model, id, activeNeighbours));
                return random.nextDouble() * upBound < p ? role + 1 : role;
            }
            downSkip = Thinning.gap(r.downRate(), logDown, random);
            return role - 1;
        }

        /** Hands the chunk's counts kept aside on to the census. */
        void finish() {
            census.core[0] += coreOfAll;
            census.groupLeaders += groupLeaders;
            census.opinionLeaders += opinionLeaders;
        }
    }
}
