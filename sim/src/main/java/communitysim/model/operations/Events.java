package communitysim.model.operations;

import communitysim.model.Members;
import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;

import java.util.Arrays;

/**
 * Scheduled events (sources 004, 000). Each occurrence reaches {@code reach} current members drawn
 * at random (a meetup's capacity, an article's readers, a temporary group's members), raises their
 * engagement and belonging, and carries up to three calls to action, each taken by a reached person
 * with its rate: join (a contact joins from the pool), refer (the member brings in a prospect),
 * create (the member produces content) or hold (a trader turns holder). A temporary group's members
 * are pulled in for its duration; a city tour recruits {@code nodesPerCity} core nodes in each city.
 */
public final class Events {
    private final java.util.List<Scenario.Event> events;
    private final Members members;
    private final MersenneTwisterFast random;
    private final EventHost host;

    public Events(java.util.List<Scenario.Event> events, Members members, MersenneTwisterFast random, EventHost host) {
        this.events = events;
        this.members = members;
        this.random = random;
        this.host = host;
    }

    /** Runs today's events; returns their reach (members reached) for the day. */
    public long run(int day, Operations operations) {
        long reached = 0;
        for (Scenario.Event event : events) {
            if (!event.on(day)) continue;
            operations.addCost(event.cost());
            if (event.type() == Scenario.EventType.cityTour) {
                for (int i = 0; i < event.cities() * event.nodesPerCity(); i++) host.recruitCoreNode(day);
            }
            int[] who = sample(event.reach(), random);
            reached += who.length;
            for (int id : who) touch(id, event, day);
        }
        return reached;
    }

    private void touch(int id, Scenario.Event event, int day) {
        Members m = members;
        m.engagement[id] += (float) (event.engagementGain() * (1 - m.engagement[id]));
        m.belonging[id] += (float) (event.belongingGain() * (1 - m.belonging[id]));
        if (event.type() == Scenario.EventType.tempGroup) {
            m.boostUntil[id] = day + event.duration() - 1;
            m.boost[id] = (float) event.pull();
        }
        for (Scenario.Call call : event.calls()) {
            if (random.nextDouble() >= call.rate()) continue;
            switch (call.action()) {
                case join -> host.join(day, -1);
                case refer -> host.join(day, id);
                case create -> host.content(id, day);
                case hold -> m.flags[id] &= ~Members.FLAG_TRADER;
            }
        }
    }

    /** Up to {@code n} distinct current members, in draw order. */
    private int[] sample(int n, MersenneTwisterFast random) {
        Members m = members;
        int alive = m.aliveCount();
        int k = Math.min(n, alive);
        if (k == alive) return Arrays.copyOf(m.alive, alive);
        // Floyd's algorithm: k distinct positions without shuffling the whole list
        java.util.LinkedHashSet<Integer> picked = new java.util.LinkedHashSet<>();
        for (int j = alive - k; j < alive; j++) {
            int t = random.nextInt(j + 1);
            if (!picked.add(t)) picked.add(j);
        }
        int[] out = new int[k];
        int i = 0;
        for (int position : picked) out[i++] = m.alive[position];
        return out;
    }
}
