package communitysim.model;

import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The community as a MASON simulation: one step of the schedule is one day, and the day's phases
 * are ordered steppables (recruitment, activity, interactions, role transitions, churn), each a
 * single pass over the members rather than one scheduled event per member. Observers are added by
 * callers with {@link #addObserver} and run after the phases. The model does no I/O.
 *
 * <p>Day 0 is the set-up (the seed group); the phases run on days 1..{@code scenario.days()}.
 */
public class CommunityModel extends SimState {
    /** Orderings on the schedule within a day. */
    static final int ORDER_RECRUITMENT = 0, ORDER_ACTIVITY = 1, ORDER_INTERACTIONS = 2, ORDER_ROLES = 3,
            ORDER_CHURN = 4, ORDER_OBSERVERS = 100;

    public final Scenario scenario;
    /** Rebuilt by {@link #start()}, so a console can restart the model. */
    public Members members;
    public SocialGraph graph;
    public final RoleTable roles;
    /** Today's counts, cleared as the day begins. */
    public final DayTally tally = new DayTally();

    long poolRemaining;
    long poolTotal;

    private final ChunkRunner chunks;
    private final boolean completeMixing;
    private int day;
    private double activeShareYesterday;
    private double activeShareToday;
    private long liveLinkEnds;

    /**
     * @param workers threads used inside this replicate's member phases; results do not depend on it
     */
    public CommunityModel(Scenario scenario, long seed, int workers) {
        super(seed);
        this.scenario = scenario;
        this.roles = new RoleTable(scenario.roles());
        this.completeMixing = scenario.network().mixing() == Scenario.Mixing.complete;
        this.chunks = new ChunkRunner(workers);
    }

    @Override
    public void start() {
        super.start();
        members = new Members(Math.max(1024, scenario.initial().members() * 2));
        graph = new SocialGraph();
        day = 0;
        activeShareToday = 0;
        liveLinkEnds = 0;
        tally.clear();
        poolTotal = scenario.pool().size();
        poolRemaining = poolTotal - scenario.initial().members();
        Scenario.Initial initial = scenario.initial();
        double concentration = scenario.newMember().engagementConcentration();
        for (int i = 0; i < initial.members(); i++) {
            float fit = (float) Sampling.beta(scenario.prospects().fitAlpha(), scenario.prospects().fitBeta(), random);
            float engagement = (float) Sampling.betaMean(initial.engagement(), concentration, random);
            join(0, engagement, (float) initial.belonging(), fit, false, -1);
        }
        schedule.scheduleRepeating(1.0, ORDER_RECRUITMENT, new Recruitment(this), 1.0);
        schedule.scheduleRepeating(1.0, ORDER_ACTIVITY, new Activity(this), 1.0);
        schedule.scheduleRepeating(1.0, ORDER_INTERACTIONS, new Interactions(this), 1.0);
        schedule.scheduleRepeating(1.0, ORDER_ROLES, new RoleTransitions(this), 1.0);
        schedule.scheduleRepeating(1.0, ORDER_CHURN, new Churn(this), 1.0);
    }

    /** Runs after the day's phases, every day from day 1. */
    public void addObserver(Steppable observer) {
        schedule.scheduleRepeating(1.0, ORDER_OBSERVERS, observer, 1.0);
    }

    /** Runs the whole horizon. */
    public void runToEnd() {
        while (day < scenario.days() && schedule.step(this)) {
            // each step of the schedule is one day
        }
    }

    @Override
    public void finish() {
        super.finish();
        chunks.close();
    }

    public int day() {
        return day;
    }

    public long poolRemaining() {
        return poolRemaining;
    }

    public boolean completeMixing() {
        return completeMixing;
    }

    /** Links among the members present at today's activity phase, counted once each. */
    public long liveEdges() {
        return completeMixing ? 0 : liveLinkEnds / 2;
    }

    int workers() {
        return chunks.workers();
    }

    ChunkRunner chunks() {
        return chunks;
    }

    double activeShareYesterday() {
        return activeShareYesterday;
    }

    double activeShareToday() {
        return activeShareToday;
    }

    void beginDay() {
        day = (int) Math.round(schedule.getTime());
        tally.clear();
        activeShareYesterday = activeShareToday;
        members.startDay();
    }

    void setActiveToday(long active, long liveLinkEnds) {
        int n = members.aliveCount();
        activeShareToday = n == 0 ? 0 : (double) active / n;
        this.liveLinkEnds = liveLinkEnds;
    }

    /**
     * A candidate faces admission: the fit threshold, then the fee, which a candidate of fit f
     * pays with probability {@code exp(-fee / (feeScale * f))}. Returns whether it joined.
     */
    boolean admit(int day, int referrer) {
        Scenario.Admission a = scenario.admission();
        double fit = Sampling.beta(scenario.prospects().fitAlpha(), scenario.prospects().fitBeta(), random);
        if (fit < a.fitThreshold()) return false;
        boolean fee = a.entryFee() > 0;
        if (fee && random.nextDouble() >= Math.exp(-a.entryFee() / (a.feeScale() * fit))) return false;
        Scenario.NewMember n = scenario.newMember();
        float engagement = (float) Sampling.betaMean(n.engagement(), n.engagementConcentration(), random);
        float belonging = (float) Math.min(1, n.belonging() + (fee ? n.feeBelonging() : 0));
        join(day, engagement, belonging, (float) fit, fee, referrer);
        return true;
    }

    private void join(int day, float engagement, float belonging, float fit, boolean feePaid, int referrer) {
        int id = members.add(day, engagement, belonging, fit, feePaid, referrer);
        if (!completeMixing) attach(id, referrer);
    }

    /** Preferential attachment with triadic closure; see {@link SocialGraph}. */
    private void attach(int id, int referrer) {
        Scenario.Network net = scenario.network();
        graph.ensureMembers(id + 1);
        int previous = -1;
        for (int e = 0; e < net.edgesPerJoin(); e++) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int target;
                if (e == 0 && attempt == 0 && referrer >= 0 && net.linkReferrer()) target = referrer;
                else if (previous >= 0 && attempt < 4 && random.nextDouble() < net.triadicClosure()) target = graph.randomNeighbour(previous, random);
                else if (attempt < 6) target = graph.degreeProportional(random);
                else target = -1;
                if (target < 0 || !members.isAlive(target)) target = uniformMember();
                if (target >= 0 && graph.link(id, target, net.maxDegree())) {
                    previous = target;
                    break;
                }
            }
        }
    }

    private int uniformMember() {
        int n = members.aliveCount();
        return n <= 1 ? -1 : members.alive[random.nextInt(n)];
    }
}
