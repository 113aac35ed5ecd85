package communitysim.model;

import communitysim.scenario.Scenario;

/**
 * The end-of-day count of the members who stay: daily, weekly and monthly actives, roles, stages,
 * core nodes, engagement and belonging sums, and link ends to current members.
 *
 * <p>A chunk counts into a {@link Count} of its own and hands it on once: counters in locals and
 * small arrays rather than in the shared tally, and each decision an addition rather than a
 * branch (whether a member was active this week is a coin toss the processor cannot predict).
 */
final class Census {
    private final Scenario.Stages stages;

    Census(Scenario scenario) {
        this.stages = scenario.stages();
    }

    /** A chunk's count on {@code day}; {@code mixing} tells each member's live links. */
    Count begin(int day, Mixing mixing) {
        return new Count(day, mixing);
    }

    final class Count {
        private final int day;
        private final Mixing mixing;
        private final double positive = stages.positive(), firm = stages.firm(), elevated = stages.elevated();
        private final long[] roles = new long[Role.count()];
        private final long[] stageCounts = new long[Stage.values().length];
        private long dau, wau, mau, core, linkEnds;
        private double sumEngagement, sumBelonging;

        private Count(int day, Mixing mixing) {
            this.day = day;
            this.mixing = mixing;
        }

        void count(Members m, int id, int role, double engagement, double belonging) {
            int last = m.lastActiveDay[id];
            dau += m.activeToday[id];
            wau += last > day - 7 ? 1 : 0;
            mau += last > day - 30 ? 1 : 0;
            roles[role]++;
            core += (m.flags[id] & Members.FLAG_CORE) != 0 ? 1 : 0;
            stageCounts[Stage.of(engagement, positive, firm, elevated)]++;
            sumEngagement += engagement;
            sumBelonging += belonging;
            linkEnds += mixing.liveDegree(id);
        }

        /** Adds the chunk's counts to its tally part. */
        void addTo(DayTally tally) {
            tally.dau += dau;
            tally.wau += wau;
            tally.mau += mau;
            for (int r = 0; r < roles.length; r++) tally.roles[r] += roles[r];
            for (int s = 0; s < stageCounts.length; s++) tally.stages[s] += stageCounts[s];
            tally.coreNodes += core;
            tally.sumEngagement += sumEngagement;
            tally.sumBelonging += sumBelonging;
            tally.liveLinkEnds += linkEnds;
        }
    }
}
