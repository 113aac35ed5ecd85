package communitysim.model.operations;

import communitysim.model.Members;
import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Events} alone, against a recording host instead of a model. */
class EventsTest {
    /** Records what the events asked of the community. */
    static final class RecordingHost implements EventHost {
        final List<String> calls = new ArrayList<>();

        @Override
        public void join(int day, int referrer) {
            calls.add("join " + day + " " + referrer);
        }

        @Override
        public void content(int member, int day) {
            calls.add("content " + member + " " + day);
        }

        @Override
        public void recruitCoreNode(int day) {
            calls.add("core " + day);
        }
    }

    static Members members(int n) {
        Members m = new Members(1024, Members.Columns.ALL);
        for (int i = 0; i < n; i++) m.add(0, 0.5f, 0.2f, 0.5f, 1f, false, true);
        return m;
    }

    static Scenario.Event event(Scenario.EventType type, int day, int every, int reach, List<Scenario.Call> calls) {
        return new Scenario.Event(type, day, every, reach, 3, 0.7, 0.5, 0.4, 2, 3, 100, calls);
    }

    @Test
    void aMeetupReachesItsCapacityAndRaisesEngagementAndBelonging() {
        Members m = members(50);
        RecordingHost host = new RecordingHost();
        Events events = new Events(List.of(event(Scenario.EventType.meetup, 5, 0, 20, List.of())), m, new MersenneTwisterFast(1), host);
        Operations ops = new Operations(new Scenario.Operations(
                new Scenario.Content(Scenario.Cadence.none, 0, 0, 0, 0), List.of(), 0));
        assertEquals(0, events.run(4, ops), "not on day 4");
        assertEquals(20, events.run(5, ops));
        int raised = 0;
        for (int id = 0; id < 50; id++) {
            if (m.engagement[id] > 0.5f) {
                raised++;
                assertEquals(0.5f + 0.5f * 0.5f, m.engagement[id], 1e-6f);
                assertEquals(0.2f + 0.4f * 0.8f, m.belonging[id], 1e-6f);
            }
        }
        assertEquals(20, raised, "20 distinct members reached");
        assertTrue(host.calls.isEmpty(), "no calls to action");
    }

    @Test
    void callsToActionGoThroughTheHost() {
        Members m = members(10);
        RecordingHost host = new RecordingHost();
        List<Scenario.Call> calls = List.of(new Scenario.Call(Scenario.Action.join, 1), new Scenario.Call(Scenario.Action.create, 1),
                new Scenario.Call(Scenario.Action.hold, 1));
        Events events = new Events(List.of(event(Scenario.EventType.article, 1, 7, 10, calls)), m, new MersenneTwisterFast(2), host);
        Operations ops = new Operations(new Scenario.Operations(
                new Scenario.Content(Scenario.Cadence.none, 0, 0, 0, 0), List.of(), 0));
        assertEquals(10, events.run(8, ops), "weekly from day 1: on day 8");
        assertEquals(10, host.calls.stream().filter(c -> c.equals("join 8 -1")).count());
        assertEquals(10, host.calls.stream().filter(c -> c.startsWith("content ") && c.endsWith(" 8")).count());
        for (int id = 0; id < 10; id++) assertEquals(0, m.flags[id] & Members.FLAG_TRADER, "every trader turned holder");
    }

    @Test
    void aCityTourRecruitsItsCoreNodesAndATemporaryGroupPullsForItsDuration() {
        Members m = members(5);
        RecordingHost host = new RecordingHost();
        Events events = new Events(List.of(event(Scenario.EventType.cityTour, 3, 0, 0, List.of()),
                event(Scenario.EventType.tempGroup, 3, 0, 5, List.of())), m, new MersenneTwisterFast(3), host);
        Operations ops = new Operations(new Scenario.Operations(
                new Scenario.Content(Scenario.Cadence.none, 0, 0, 0, 0), List.of(), 0));
        events.run(3, ops);
        assertEquals(List.of("core 3", "core 3", "core 3", "core 3", "core 3", "core 3"), host.calls, "2 cities x 3 nodes");
        for (int id = 0; id < 5; id++) {
            assertEquals(3 + 3 - 1, m.boostUntil[id], "pulled days 3-5");
            assertEquals(0.7f, m.boost[id], 1e-6f);
        }
    }
}
