package communitysim.model;

import communitysim.scenario.Scenario;
import communitysim.model.organisation.GroupCensus;
import ec.util.MersenneTwisterFast;

/**
 * The role chain. A member not active for {@code inactiveAfterDays} (counted from joining if it
 * never was) becomes inactive; one who comes back restarts as an onlooker. Otherwise its engagement
 * sets a ceiling (the highest role whose {@code minEngagement} it meets): below the ceiling it steps
 * up one rung with probability {@code upRate * (1 + influence * share of active neighbours)}, above
 * it steps down one rung with probability {@code downRate}.
 */
final class RoleTransitions extends MemberPhase {
    static final int PHASE = 4;

    RoleTransitions(CommunityModel model) {
        super(model, PHASE);
    }

    @Override
    protected void runChunk(int from, int to, MersenneTwisterFast random, DayTally tally, GroupCensus census) {
        Members m = model.members;
        Scenario.Roles r = model.scenario.roles();
        RoleTable roles = model.roles;
        int day = model.day();
        int[] alive = m.alive;
        int inactive = Role.INACTIVE.ordinal();
        int onlooker = Role.ONLOOKER.ordinal();
        int[] groupOf = model.organisation.groups.memberGroups();
        double coreEngagement = model.scenario.groups().coreEngagement();
        for (int k = from; k < to; k++) {
            int id = alive[k];
            int role = m.role[id];
            int since = day - Math.max(m.lastActiveDay[id], m.joinDay[id]);
            if (since >= r.inactiveAfterDays()) {
                role = inactive;
            } else {
                if (role == inactive) role = onlooker;
                int ceiling = roles.ceiling(m.engagement[id]);
                if (role < ceiling) {
                    if (random.nextDouble() < r.upRate() * (1 + r.neighbourInfluence() * m.neighbourShare[id])) role++;
                } else if (role > ceiling) {
                    if (random.nextDouble() < r.downRate()) role--;
                }
            }
            m.role[id] = (byte) role;
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

    @Override
    protected boolean countsGroups() {
        return true;
    }

    @Override
    protected void afterCensus(GroupCensus total) {
        model.organisation.takeCensus(total);
    }

    @Override
    protected void after(DayTally sum) {}
}
