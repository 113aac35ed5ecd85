package communitysim.model;

import communitysim.scenario.Scenario;

/**
 * The end-of-day count of the members who stay: daily, weekly and monthly actives, roles, stages,
 * core nodes, engagement and belonging sums, and link ends to current members.
 */
final class Census {
    private final Scenario.Stages stages;

    Census(Scenario scenario) {
        this.stages = scenario.stages();
    }

    void count(Members m, int id, int day, double engagement, double belonging, DayTally tally) {
        int last = m.lastActiveDay[id];
        tally.dau += m.activeToday[id];
        if (last > day - 7) tally.wau++;
        if (last > day - 30) tally.mau++;
        tally.roles[m.role[id]]++;
        if ((m.flags[id] & Members.FLAG_CORE) != 0) tally.coreNodes++;
        tally.stages[Stage.of(engagement, stages)]++;
        tally.sumEngagement += engagement;
        tally.sumBelonging += belonging;
    }
}
