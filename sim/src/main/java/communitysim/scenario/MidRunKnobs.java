package communitysim.scenario;

import java.util.List;

/**
 * Which knobs an intervention may change once the run is under way. A knob is refused when the
 * model reads it only to build day 0 (the seed group, the pool's first size, the graph's form, each
 * member's keenness as it joins) or when it defines the run itself; everything else is read again
 * by its mechanism from the day it changes (see {@code CommunityModel.reconfigure}). The model's
 * tests change every allowed knob mid-run and check that it takes effect, so a knob added here
 * without its mechanism reading it again fails a test rather than doing nothing.
 */
public final class MidRunKnobs {

    private record Rule(KnobPath prefix, String why) {}

    private static final List<Rule> REFUSED = List.of(
            rule("name", "names the run"),
            rule("description", "describes the run"),
            rule("days", "is the run's horizon"),
            rule("startDate", "is the run's calendar"),
            rule("replicates", "is the number of runs"),
            rule("seed", "sets the run's random streams"),
            rule("metrics", "sets what the run measures"),
            rule("interventions", "an intervention cannot add interventions"),
            rule("initial", "describes the community on day 0"),
            rule("pool.size", "is the pool on day 0; add prospects from a day on with pool.growthPerDay"),
            rule("network", "the social graph's form (mixing, links per join, closure, degree cap) is fixed at day 0"),
            rule("roles.propensitySd", "each member's keenness is drawn once, as it joins, from one spread for the run"),
            rule("groups.enabled", "subgroups exist from day 0 or not at all"),
            rule("groups.ownGroupLinks", "is part of the graph's form, fixed at day 0 (how newcomers' links favour their group)"),
            rule("leaders.seedCount", "seeds opinion leaders on day 0 only"),
            rule("operations.events", "events have their own days and rhythms: give the event its day (operations.events[i].day) instead"));

    private MidRunKnobs() {}

    private static Rule rule(String path, String why) {
        return new Rule(KnobPath.parse(path), why);
    }

    /** Why {@code path} cannot change mid-run, or null when it can. */
    public static String refusal(String path) {
        return refusal(KnobPath.parse(path));
    }

    static String refusal(KnobPath path) {
        for (Rule r : REFUSED) {
            if (path.startsWith(r.prefix) || r.prefix.startsWith(path)) {
                return "cannot change mid-run: " + r.prefix + " " + r.why;
            }
        }
        return null;
    }
}
