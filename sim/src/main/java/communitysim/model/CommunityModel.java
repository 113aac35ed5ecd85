package communitysim.model;

import communitysim.model.operations.Events;
import communitysim.model.operations.Operations;
import communitysim.model.organisation.Organisation;
import communitysim.model.rewards.TokenEconomy;
import communitysim.scenario.Scenario;
import communitysim.scenario.Timeline;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The community as a MASON simulation: one step of the schedule is one day, and the day's phases
 * are ordered steppables (day start, {@link Recruitment} through {@link Admission} and
 * {@link Attachment}, events, {@link Activity}, {@link Interactions} with the role transitions
 * following each member's visit, organisation, {@link Churn}), each member phase a single pass over
 * the members rather than one scheduled event per member. This class keeps the wiring, the
 * schedule and the day's bookkeeping (the activity bitsets, the pool). Observers are added by callers with {@link #addObserver} and run
 * after the phases. The model does no I/O.
 *
 * <p>Day 0 is the set-up (the seed group); the phases run on days 1..{@code scenario.days()}.
 */
public class CommunityModel extends SimState {
    /** Orderings on the schedule within a day, spaced so that a probe can look between two phases. */
    static final int ORDER_DAY_START = -10, ORDER_RECRUITMENT = 0, ORDER_EVENTS = 5, ORDER_ACTIVITY = 10, ORDER_INTERACTIONS = 20,
            ORDER_ORGANISATION = 40, ORDER_CHURN = 50, ORDER_OBSERVERS = 100;

    /**
     * The knobs in force today: the scenario the model was built with until its first
     * intervention's day, then the scenario that intervention leaves ({@link Timeline}). Passes read
     * it afresh each day; mechanisms that keep a knob are given the new scenario by
     * {@link #reconfigure}.
     */
    public Scenario scenario;
    /** The scenario as built, day 0's knobs. */
    private final Scenario initialScenario;
    private final Timeline timeline;
    /** Rebuilt by {@link #start()}, so a console can restart the model. */
    public Members members;
    public SocialGraph graph;
    /** The role behaviours in force today. */
    public RoleTable roles;
    /** Today's counts, cleared as the day begins. */
    public final DayTally tally = new DayTally();
    /** The token economy ({@link TokenEconomy#NONE} when the scenario's rewards are off); rebuilt by {@link #start()}. */
    public TokenEconomy rewards;
    /** Subgroups, leaders and governance; rebuilt by {@link #start()}. */
    public Organisation organisation;
    /** Content cadence and the operations budget; events. Rebuilt by {@link #start()}. */
    public Operations operations;
    private Events events;
    /** Yesterday's members' referral weights, recorded by the churn pass for today's recruitment. */
    private ReferralWeights referralWeights;
    private Admission admission;
    private Mixing mixing;
    private Churn churn;
    private Interactions interactions;
    /** Commitment classes of newcomers; rebuilt by {@link #start()}. */
    private CommitmentClasses commitment;
    /** The token ledger of the last economy when rewards were switched off mid-run (null otherwise). */
    private communitysim.model.rewards.TokenLedger stoppedLedger;
    /** The day before the token economy started: its emission schedule counts days from the next one. */
    private int rewardsClock;
    /** Core nodes counted at the end of yesterday, who share today's core-node emission. */
    private long coreNodes;

    long poolRemaining;
    long poolTotal;

    private final ChunkRunner chunks;
    private final java.util.Map<String, Long> phaseNanos = new java.util.LinkedHashMap<>();
    /**
     * Who is active today and who was yesterday, one bit a member: a neighbour lookup then hits a
     * few kilobytes that stay in cache instead of a byte array that does not.
     */
    private long[] activeBits = new long[0];
    private long[] activeBitsYesterday = new long[0];
    /** The same for opinion leaders only: who of a member's leaders was active yesterday. */
    private long[] leaderBits = new long[0];
    private long[] leaderBitsYesterday = new long[0];
    private final boolean completeMixing;
    private int day;
    private Propensity propensity;
    private double activeShareYesterday;
    private double activeShareToday;
    private long liveLinkEnds;
    /** The current contributors as today's churn pass tallied them, valid on {@link #contributorsDay}. */
    private final ContributorTally contributors = new ContributorTally();
    private int contributorsDay = -1;

    /**
     * @param workers threads used inside this replicate's member phases; results do not depend on it
     */
    public CommunityModel(Scenario scenario, long seed, int workers) {
        super(seed);
        this.scenario = scenario;
        this.initialScenario = scenario;
        this.timeline = Timeline.of(scenario);
        this.roles = new RoleTable(scenario.roles());
        this.completeMixing = scenario.network().mixing() == Scenario.Mixing.complete;
        this.chunks = new ChunkRunner(workers);
    }

    @Override
    public void start() {
        super.start();
        scenario = initialScenario;
        roles = new RoleTable(scenario.roles());
        // leavers' slots are reused, so the founders plus an eighth (and growth by half when needed) hold a community
        members = new Members(scenario.initial().members() + (scenario.initial().members() >> 3) + 1024, columnsFor(scenario, timeline));
        graph = new SocialGraph();
        activeBits = new long[bitWords(members.capacity())];
        activeBitsYesterday = new long[activeBits.length];
        leaderBits = new long[activeBits.length];
        leaderBitsYesterday = new long[activeBits.length];
        organisation = new Organisation(scenario, members, random, this::day);
        operations = new Operations(scenario.operations());
        events = new Events(scenario.operations().events(), members, random, new Host());
        referralWeights = new ReferralWeights();
        propensity = new Propensity(seed(), scenario.roles().propensitySd());
        commitment = new CommitmentClasses(seed(), scenario.commitment());
        mixing = completeMixing ? new Mixing.CompleteMixing()
                : new Mixing.GraphMixing(graph, new Attachment(scenario, graph, members, organisation, random), chunks);
        day = 0;
        activeShareToday = 0;
        rewards = TokenEconomy.of(scenario.rewards());
        stoppedLedger = null;
        rewardsClock = 0;
        coreNodes = 0;
        liveLinkEnds = 0;
        contributorsDay = -1;
        tally.clear();
        poolTotal = scenario.pool().size();
        poolRemaining = poolTotal - scenario.initial().members();
        Scenario.Initial initial = scenario.initial();
        double concentration = scenario.newMember().engagementConcentration();
        admission = new Admission(scenario, random);
        java.util.function.DoubleSupplier founderEngagement = Sampling.betaByMean(initial.engagement(), concentration, random);
        for (int i = 0; i < initial.members(); i++) {
            float fit = admission.fit();
            float engagement = (float) founderEngagement.getAsDouble();
            join(0, engagement, (float) initial.belonging(), fit, false, -1);
        }
        organisation.seedOpinionLeaders();
        phaseNanos.clear();
        schedulePhase("day_start", ORDER_DAY_START, (Steppable) state -> beginDay());
        schedulePhase("recruitment", ORDER_RECRUITMENT, new Recruitment(this));
        schedulePhase("events", ORDER_EVENTS, (Steppable) state -> runEvents());
        schedulePhase("activity", ORDER_ACTIVITY, new Activity(this));
        // the role transitions run in the interactions pass, member by member (see RoleTransitions)
        interactions = new Interactions(this);
        schedulePhase("interactions_roles", ORDER_INTERACTIONS, interactions);
        schedulePhase("organisation", ORDER_ORGANISATION, (Steppable) state -> organisation.step(tally));
        churn = new Churn(this);
        schedulePhase("churn", ORDER_CHURN, churn);
    }

    /** The member columns every scenario of the run reads: a knob switched on mid-run finds its column there. */
    private static Members.Columns columnsFor(Scenario scenario, Timeline timeline) {
        Members.Columns c = Members.Columns.of(scenario);
        for (Scenario s : timeline.scenarios()) c = c.or(Members.Columns.of(s));
        return c;
    }

    /**
     * The knobs change at the start of a day (an intervention): every mechanism that keeps a knob
     * takes the new scenario, keeping its state (the members, the graph, the groups, the ledger).
     * The token economy starts when rewards switch on (its emission schedule counting from that
     * day, and current members deciding then whether they trade), carries its ledger and clock
     * over when its knobs change, and stops, its ledger kept for the metrics, when they switch off.
     */
    void reconfigure(Scenario next) {
        Scenario.Rewards was = scenario.rewards();
        scenario = next;
        roles = new RoleTable(next.roles());
        commitment.reconfigure(next.commitment());
        admission.reconfigure(next);
        organisation.reconfigure(next);
        operations.reconfigure(next.operations());
        churn.reconfigure(next);
        interactions.reconfigure(next);
        if (!next.rewards().equals(was)) {
            if (!next.rewards().enabled()) {
                if (rewards instanceof communitysim.model.rewards.TaskRewards t) {
                    stoppedLedger = t.ledger;
                    stoppedLedger.paidToday = 0; // nothing is paid while rewards are off
                }
                rewards = TokenEconomy.NONE;
            } else if (rewards instanceof communitysim.model.rewards.TaskRewards t) {
                rewards = new communitysim.model.rewards.TaskRewards(next.rewards(), t, rewardsClock);
            } else {
                rewardsClock = day - 1;
                rewards = new communitysim.model.rewards.TaskRewards(next.rewards(), stoppedLedger, rewardsClock);
                stoppedLedger = null;
                chooseTraders();
            }
        }
    }

    /** Tokens arrive mid-run: each current member decides, as newcomers do, whether it will trade them. */
    private void chooseTraders() {
        double share = scenario.rewards().traderShare();
        int[] alive = members.alive;
        for (int k = 0, n = members.aliveCount(); k < n; k++) {
            int id = alive[k];
            if (random.nextDouble() < share) members.flags[id] |= Members.FLAG_TRADER;
            else members.flags[id] &= ~Members.FLAG_TRADER;
        }
    }

    /** The token ledger: the economy's, or the last one's when rewards were switched off mid-run; null if tokens never moved. */
    public communitysim.model.rewards.TokenLedger tokenLedger() {
        if (rewards instanceof communitysim.model.rewards.TaskRewards t) return t.ledger;
        return stoppedLedger;
    }

    private void schedulePhase(String name, int order, Steppable phase) {
        phaseNanos.put(name, 0L);
        schedule.scheduleRepeating(1.0, order, (Steppable) state -> {
            long t0 = System.nanoTime();
            phase.step(state);
            phaseNanos.merge(name, System.nanoTime() - t0, Long::sum);
        }, 1.0);
    }

    /** Wall time spent in each phase so far, in schedule order (for benchmarks). */
    public java.util.Map<String, Double> phaseSeconds() {
        java.util.Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        phaseNanos.forEach((name, nanos) -> seconds.put(name, nanos / 1e9));
        return seconds;
    }

    /** Runs after the day's phases, every day from day 1. */
    public void addObserver(Steppable observer) {
        schedule.scheduleRepeating(1.0, ORDER_OBSERVERS, observer, 1.0);
    }

    /** Runs the whole horizon. */
    public void runToEnd() {
        runUntil(Long.MAX_VALUE);
    }

    /**
     * Runs the horizon, or stops early at the end of the first day with more than {@code memberCap}
     * members (a calibration's runaway proposal: its fit is hopeless and its cost would dominate).
     * Returns whether it stopped early.
     */
    public boolean runUntil(long memberCap) {
        while (day < scenario.days() && schedule.step(this)) {
            if (members.aliveCount() > memberCap) return day < scenario.days();
        }
        return false;
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

    /** Who can meet whom: the graph or complete mixing. */
    Mixing mixing() {
        return mixing;
    }

    /**
     * The current members' content counts as today's churn pass tallied them (on the days the
     * distribution metrics are read: {@link Scenario.Metrics#distributionDay}), or null when it did not.
     */
    public ContributorTally contributorsToday() {
        return contributorsDay == day ? contributors : null;
    }

    /** The tally {@link #contributorsToday()} hands out today, emptied, for the churn pass to fill. */
    ContributorTally contributorsToFill() {
        contributors.clear();
        contributorsDay = day;
        return contributors;
    }

    /** Links among current members, counted once each. */
    public long liveEdges() {
        return completeMixing ? 0 : liveLinkEnds / 2;
    }

    int workers() {
        return chunks.workers();
    }

    ChunkRunner chunks() {
        return chunks;
    }

    CommitmentClasses commitment() {
        return commitment;
    }

    ReferralWeights referralWeights() {
        return referralWeights;
    }

    double activeShareYesterday() {
        return activeShareYesterday;
    }

    double activeShareToday() {
        return activeShareToday;
    }

    /** The day starts: its number, cleared counts, the token and operations day, yesterday's activity kept. */
    void beginDay() {
        day = (int) Math.round(schedule.getTime());
        Scenario change = timeline.changeOn(day);
        if (change != null) reconfigure(change);
        tally.clear();
        rewards.openDay(day, coreNodes);
        operations.beginDay(day);
        activeShareYesterday = activeShareToday;
        long[] t = activeBitsYesterday;
        activeBitsYesterday = activeBits;
        activeBits = t;
        t = leaderBitsYesterday;
        leaderBitsYesterday = leaderBits;
        leaderBits = t;
        java.util.Arrays.fill(activeBits, 0L);
        java.util.Arrays.fill(leaderBits, 0L);
    }

    void setActiveToday(long active) {
        int n = members.aliveCount();
        activeShareToday = n == 0 ? 0 : (double) active / n;
    }

    void setCoreNodes(long coreNodes) {
        this.coreNodes = coreNodes;
    }

    void setLiveLinkEnds(long liveLinkEnds) {
        this.liveLinkEnds = liveLinkEnds;
    }

    private static int bitWords(int members) {
        return (members >>> 6) + 1;
    }

    long[] activeBits() {
        return activeBits;
    }

    long[] activeBitsYesterday() {
        return activeBitsYesterday;
    }

    long[] leaderBitsYesterday() {
        return leaderBitsYesterday;
    }

    private static final java.lang.invoke.VarHandle BITS = java.lang.invoke.MethodHandles.arrayElementVarHandle(long[].class);

    /**
     * Marks members active today in the shared bitsets, a word of 64 ids at a time ({@code word} -1:
     * nothing to mark). Chunks run in parallel and two chunks can share a word, so the OR is atomic;
     * contention is rare (only at chunk edges).
     */
    void markActive(int word, long active, long opinionLeaders) {
        if (word < 0) return;
        if (active != 0) BITS.getAndBitwiseOr(activeBits, word, active);
        if (opinionLeaders != 0) BITS.getAndBitwiseOr(leaderBits, word, opinionLeaders);
    }

    /** A leaver no longer counts as active for tomorrow's neighbours. */
    void forgetActivity(int id) {
        activeBits[id >>> 6] &= ~(1L << id);
        leaderBits[id >>> 6] &= ~(1L << id);
    }

    /**
     * A candidate from the pool faces {@link Admission} and joins if admitted, counted as a join by
     * its channel ({@code referrer} -1: external) or as declined.
     */
    void admit(int day, int referrer) {
        Admission.Newcomer n = admission.admit(day);
        if (n == null) {
            tally.declined++;
            return;
        }
        int id = join(day, n.engagement(), n.belonging(), n.fit(), n.feePaid(), referrer);
        if (referrer >= 0) tally.joinsReferral++;
        else tally.joinsExternal++;
        // a drive-by contribution; drawn only when the mechanism is on, so other runs keep their streams
        double arrival = scenario.newMember().arrivalContent();
        if (arrival > 0 && random.nextDouble() < arrival) members.recordContent(id, day, 1, tally);
    }

    /** The model's side for events' calls to action. */
    private final class Host implements communitysim.model.operations.EventHost {
        @Override
        public void join(int day, int referrer) {
            if (poolRemaining <= 0) return;
            poolRemaining--;
            admit(day, referrer);
        }

        @Override
        public void content(int member, int day) {
            members.recordContent(member, day, 1, tally);
        }

        @Override
        public void recruitCoreNode(int day) {
            if (poolRemaining <= 0) return;
            poolRemaining--;
            int id = CommunityModel.this.join(day, 0.8f, 0.5f, admission.fit(), false, -1);
            members.flags[id] |= Members.FLAG_CORE;
            tally.joinsExternal++;
            admission.countOutsideJoin();
        }
    }

    /** Runs today's events (after the day's recruitment). */
    void runEvents() {
        tally.eventReach += events.run(day, operations);
    }

    /** Adds a member, places it in a group and links it in; returns its id. */
    private int join(int day, float engagement, float belonging, float fit, boolean feePaid, int referrer) {
        // the draw is made only when there are rewards to trade, so token-free runs keep their streams
        boolean trader = rewards.enabled() && random.nextDouble() < scenario.rewards().traderShare();
        int arrival = members.joined();
        int id = members.add(day, engagement, belonging, fit, propensity.of(arrival), feePaid, trader);
        if (members.commitment != null) members.commitment[id] = commitment.of(arrival);
        organisation.assign(id, referrer, day);
        if (activeBits.length < bitWords(members.capacity())) {
            activeBits = java.util.Arrays.copyOf(activeBits, bitWords(members.capacity()));
            activeBitsYesterday = java.util.Arrays.copyOf(activeBitsYesterday, activeBits.length);
            leaderBits = java.util.Arrays.copyOf(leaderBits, activeBits.length);
            leaderBitsYesterday = java.util.Arrays.copyOf(leaderBitsYesterday, activeBits.length);
        }
        mixing.attach(id, referrer, activeBitsYesterday);
        return id;
    }
}
