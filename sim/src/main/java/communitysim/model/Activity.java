package communitysim.model;

import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/**
 * Who is active today. Each member's probability is
 * {@code logistic(base + e*engagement + b*belonging + f*fit + n*share - t*fatigue)}, where share is
 * the fraction of its current neighbours active yesterday (the global active share under complete
 * mixing). Decisions read only yesterday's state, so members can be visited in any order.
 */
final class Activity extends MemberPhase {
    static final int PHASE = 2;

    Activity(CommunityModel model) {
        super(model, PHASE);
    }

    @Override
    protected void runChunk(int from, int to, MersenneTwisterFast random, DayTally tally, int[][] buffer) {
        Members m = model.members;
        Scenario.Activation a = model.scenario.activation();
        boolean complete = model.completeMixing();
        double globalShare = model.activeShareYesterday();
        SocialGraph graph = model.graph;
        int day = model.day();
        byte[] yesterday = m.activeYesterday;
        byte[] today = m.activeToday;
        byte[] flags = m.flags;
        int[] alive = m.alive;
        for (int k = from; k < to; k++) {
            int id = alive[k];
            double share;
            if (complete) {
                share = globalShare;
            } else {
                int d = graph.neighbours(id, buffer);
                int[] nb = buffer[0];
                int live = 0;
                int active = 0;
                for (int j = 0; j < d; j++) {
                    int other = nb[j];
                    live += flags[other] & Members.FLAG_ALIVE;
                    active += yesterday[other];
                }
                share = live == 0 ? 0 : (double) active / live;
                tally.liveLinkEnds += live;
            }
            m.neighbourShare[id] = (float) share;
            double x = a.base() + a.engagement() * m.engagement[id] + a.belonging() * m.belonging[id]
                    + a.fit() * m.fit[id] + a.neighbours() * share - a.fatigue() * m.fatigue[id];
            boolean active = random.nextDouble() * (1 + Math.exp(-x)) < 1;
            today[id] = (byte) (active ? 1 : 0);
            if (active) {
                m.lastActiveDay[id] = day;
                tally.dau++;
            }
        }
    }

    @Override
    protected void after(DayTally sum) {
        model.setActiveToday(sum.dau, sum.liveLinkEnds);
    }
}
