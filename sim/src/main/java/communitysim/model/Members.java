package communitysim.model;

import communitysim.scenario.Scenario;

import java.util.Arrays;

/**
 * Current members, as columns of primitive arrays indexed by member id (struct of arrays: a day's
 * loops stream through memory instead of chasing objects). A leaver's id is handed to a later
 * newcomer once nothing refers to it any more ({@link #recycle}, after the graph has dropped its
 * links), lowest id first, so the slots stay about as many as the most members the community has
 * had, not as many as ever joined. {@link #alive} lists the current members, in ascending id order
 * as of the last recycling with the newcomers since then after them: iteration is cache-friendly
 * and deterministic. Leavers' content stays counted in {@link #pastContributors}.
 *
 * <p>Fields are public because the phases' hot loops read them directly; only this class changes
 * the layout. A column that serves a single mechanism is held only when the run turns that
 * mechanism on ({@link Columns}) and is {@code null} otherwise: a run pays memory for what it uses,
 * and every reader reads such a column only behind its mechanism's switch.
 */
public final class Members {
    /**
     * The optional columns a run holds. Each flag follows the switch its readers test, so a column
     * is there whenever one of them may read it.
     *
     * @param tokens {@link #balance} and {@link #taskLevel}: the token economy is on
     * @param propensity {@link #propensity}: propensities vary or ignored work discourages
     * @param standing {@link #standing}: cumulative advantage is on
     * @param boost {@link #boost} and {@link #boostUntil}: some event is a temporary group
     * @param commitment {@link #commitment}: newcomers fall into commitment classes
     */
    public record Columns(boolean tokens, boolean propensity, boolean standing, boolean boost, boolean commitment) {
        /** Every column, for code that drives members without a scenario. */
        public static final Columns ALL = new Columns(true, true, true, true, true);

        /** The columns of a run without commitment classes. */
        public Columns(boolean tokens, boolean propensity, boolean standing, boolean boost) {
            this(tokens, propensity, standing, boost, false);
        }

        /** The columns either needs. */
        public Columns or(Columns other) {
            return new Columns(tokens || other.tokens, propensity || other.propensity, standing || other.standing, boost || other.boost,
                    commitment || other.commitment);
        }

        /** The columns {@code scenario}'s mechanisms read. */
        public static Columns of(Scenario scenario) {
            Scenario.Roles roles = scenario.roles();
            return new Columns(scenario.rewards().enabled(),
                    roles.propensitySd() > 0 || roles.discouragement() > 0,
                    roles.advantage() > 0,
                    scenario.operations().events().stream().anyMatch(e -> e.type() == Scenario.EventType.tempGroup),
                    !scenario.commitment().classes().isEmpty());
        }
    }

    /** Marks a member that has never been active. */
    public static final int NEVER = Integer.MIN_VALUE / 2;

    public static final byte FLAG_ALIVE = 1;
    public static final byte FLAG_FEE_PAID = 2;
    /** Has created content on more than one day (a member with content and without it contributed once). */
    public static final byte FLAG_REPEAT = 4;
    /** Sells part of each reward (else holds: "only buy, never sell"). */
    public static final byte FLAG_TRADER = 8;
    /** A core node: receives the core-node share of rewards. */
    public static final byte FLAG_CORE = 16;
    /** Leads a subgroup: handles its members' needs and keeps it operated. */
    public static final byte FLAG_GROUP_LEADER = 32;
    /** An opinion leader (source 003): its activity pulls its neighbours in. */
    public static final byte FLAG_OPINION_LEADER = 64;

    public float[] engagement;
    public float[] belonging;
    public float[] fit;
    public float[] fatigue;
    public byte[] role;
    /**
     * Roles being decided by today's pass (see {@link RoleTransitions}), while others still read
     * {@link #role}; {@link #commitRoles} swaps the two.
     */
    public byte[] nextRole;
    public byte[] flags;
    /** 1 if active today: the activity pass writes every current member's before anyone reads it. */
    public byte[] activeToday;
    /** Today's task level for an active member (-1: none), set by the activity phase; tokens only. */
    public byte[] taskLevel;
    public int[] joinDay;
    public int[] lastActiveDay;
    /** The last day a member created content ({@link #NEVER} before its first piece). */
    public int[] lastContentDay;
    /**
     * A member's own keenness to create, drawn once at joining ({@link Propensity}): its role's
     * content rate is scaled by it. Held only when propensities vary or discouragement is on (else
     * every member's would stay 1).
     */
    public float[] propensity;
    /**
     * Days on which the member's content got a response: cumulative advantage raises its content
     * rate with them. Held only when the advantage is on.
     */
    public float[] standing;
    /** Token balance in base units (filled by the token economy; zero until a reward policy pays); tokens only. */
    public long[] balance;
    /** Content created so far: opinion leaders are promoted from the top contributors. */
    public int[] contentCount;
    /**
     * The member's commitment class ({@link CommitmentClasses}): 0 for none, else the scenario's class
     * index + 1; held only when the scenario has classes.
     */
    public byte[] commitment;
    /** A temporary group's pull on the member; held only when some event is a temporary group. */
    public float[] boost;
    /** The last day of the member's {@link #boost} (0, before the first day, while it has none). */
    public int[] boostUntil;

    private int size;
    private int joined;
    /** Current members: see the class comment for their order. */
    public int[] alive;
    private int aliveCount;
    private final ContributorTally pastContributors = new ContributorTally();
    private long leaversBalance;
    /** Ids of leavers that something may still refer to (links in the graph), in leaving order. */
    private int[] leftSinceRecycling = new int[64];
    private int leftCount;
    /** Ids free for newcomers, highest first: the lowest is taken from the end. */
    private int[] free = new int[64];
    private int freeCount;

    public Members(int initialCapacity, Columns columns) {
        int c = Math.max(16, initialCapacity);
        engagement = new float[c];
        belonging = new float[c];
        fit = new float[c];
        fatigue = new float[c];
        role = new byte[c];
        nextRole = new byte[c];
        flags = new byte[c];
        activeToday = new byte[c];
        if (columns.tokens()) {
            taskLevel = new byte[c];
            balance = new long[c];
        }
        joinDay = new int[c];
        lastActiveDay = new int[c];
        lastContentDay = new int[c];
        if (columns.propensity()) propensity = new float[c];
        if (columns.standing()) standing = new float[c];
        if (columns.commitment()) commitment = new byte[c];
        contentCount = new int[c];
        if (columns.boost()) {
            boost = new float[c];
            boostUntil = new int[c];
        }
        alive = new int[c];
    }

    /** The id range: every id in use is below it (slots of leavers not yet reused included). */
    public int size() {
        return size;
    }

    /** Members who ever joined, those who left included. */
    public int joined() {
        return joined;
    }

    /** Slots allocated; member-indexed arrays kept elsewhere grow to match. */
    public int capacity() {
        return engagement.length;
    }

    /** Current members. */
    public int aliveCount() {
        return aliveCount;
    }

    /** 1 if {@code flags} has {@code flag} set, else 0: a number to mask with, not a jump (see the member passes). */
    public static int flagged(byte flags, byte flag) {
        return -(flags & flag & 0xff) >>> 31; // unsigned: a flag in the byte's top bit would read negative
    }

    public boolean isAlive(int id) {
        return (flags[id] & FLAG_ALIVE) != 0;
    }

    /** Adds a member, in a leaver's slot if one is free (the lowest), else in a new one; returns its id. */
    public int add(int day, float engagement, float belonging, float fit, float propensity, boolean feePaid, boolean trader) {
        int id;
        if (freeCount > 0) {
            id = free[--freeCount];
        } else {
            if (size == this.engagement.length) grow();
            id = size++;
        }
        joined++;
        this.engagement[id] = engagement;
        this.belonging[id] = belonging;
        this.fit[id] = fit;
        this.fatigue[id] = 0;
        this.role[id] = Role.ONLOOKER.code;
        this.flags[id] = (byte) (FLAG_ALIVE | (feePaid ? FLAG_FEE_PAID : 0) | (trader ? FLAG_TRADER : 0));
        this.joinDay[id] = day;
        this.lastActiveDay[id] = NEVER;
        this.lastContentDay[id] = NEVER;
        this.contentCount[id] = 0;
        if (taskLevel != null) taskLevel[id] = 0;
        if (balance != null) balance[id] = 0;
        if (this.propensity != null) this.propensity[id] = propensity;
        if (standing != null) standing[id] = 0;
        if (boost != null) {
            boost[id] = 0;
            boostUntil[id] = 0;
        }
        alive[aliveCount++] = id;
        return id;
    }

    /**
     * {@code pieces} of content by member {@code id} today (a batch made in one sitting): counts them, and counts the member once a day as a
     * contributor (a first-time one when it never created before). A member whose previous piece
     * falls inside the trailing windows is noted by how many days ago that was, so that the observer
     * can move it within its window counts without a per-day set.
     */
    public void recordContent(int id, int day, int pieces, DayTally t) {
        contentCount[id] += pieces;
        t.content += pieces;
        int last = lastContentDay[id];
        if (last == day) return;
        t.contributors++;
        if (last == NEVER) {
            t.newContributors++;
        } else {
            flags[id] |= FLAG_REPEAT;
            if (day - last < DayTally.CONTRIBUTOR_WINDOW) t.contributorsSince[day - last]++;
        }
        lastContentDay[id] = day;
    }

    /** Marks a member as gone; churn drops it from the member list at the end of the day. */
    public void markGone(int id) {
        flags[id] &= ~FLAG_ALIVE;
    }

    /**
     * Ends a pass that dropped gone members from {@link #alive} chunk by chunk: chunk c moved the
     * {@code kept[c]} members it kept, in order, to the front of its range starting at
     * {@code c * chunk}. Closing the gaps keeps the current members in the order they were.
     */
    public void closeGaps(int chunk, int[] kept, int chunks) {
        int w = 0;
        for (int c = 0; c < chunks; c++) {
            int start = c * chunk;
            if (w != start) System.arraycopy(alive, start, alive, w, kept[c]);
            w += kept[c];
        }
        aliveCount = w;
    }

    /**
     * A member who left today: it shows no activity (so a newcomer who takes the slot starts
     * inactive), its content joins {@link #pastContributors} and its tokens
     * {@link #leaversBalance}, and its id waits for the next {@link #recycle}. Once per leaver.
     */
    public void recordDeparture(int id) {
        activeToday[id] = 0;
        if (contentCount[id] > 0) pastContributors.record(contentCount[id], (flags[id] & FLAG_REPEAT) != 0);
        if (balance != null) leaversBalance += balance[id];
        if (leftCount == leftSinceRecycling.length) leftSinceRecycling = Arrays.copyOf(leftSinceRecycling, leftCount * 2);
        leftSinceRecycling[leftCount++] = id;
    }

    /** The tokens leavers took with them: the sum of their balances when they left. */
    public long leaversBalance() {
        return leaversBalance;
    }

    /** Leavers whose ids the next {@link #recycle} frees. */
    public int leftSinceRecycling() {
        return leftCount;
    }

    /**
     * Frees the ids of everyone who left since the last call, for newcomers to take, and puts
     * {@link #alive} back in ascending id order. The caller vouches that nothing refers to those
     * ids any more: the graph has dropped their links, and they left on an earlier day than any
     * newcomer who will take one (so yesterday's activity bits hold nothing of theirs).
     */
    public void recycle() {
        if (leftCount > 0) {
            if (free.length < freeCount + leftCount) free = Arrays.copyOf(free, Math.max(free.length * 2, freeCount + leftCount));
            System.arraycopy(leftSinceRecycling, 0, free, freeCount, leftCount);
            freeCount += leftCount;
            leftCount = 0;
            Arrays.sort(free, 0, freeCount);
            for (int i = 0, j = freeCount - 1; i < j; i++, j--) { // highest first
                int t = free[i];
                free[i] = free[j];
                free[j] = t;
            }
        }
        // the newcomers since the last call trail the ordered rest: one run each, merged cheaply
        Arrays.sort(alive, 0, aliveCount);
    }

    /** The content counts of contributors who have left. */
    public ContributorTally pastContributors() {
        return pastContributors;
    }

    /** The roles decided by today's pass become current; every current member must have been given one. */
    public void commitRoles() {
        byte[] t = role;
        role = nextRole;
        nextRole = t;
    }

    /** Bytes held per member slot, graph excluded: the columns always held and the optional ones this run holds. */
    public int bytesPerSlot() {
        return 4 * Float.BYTES + 4 * Byte.BYTES + 5 * Integer.BYTES
                + (balance != null ? Long.BYTES : 0) + (taskLevel != null ? Byte.BYTES : 0)
                + (propensity != null ? Float.BYTES : 0) + (standing != null ? Float.BYTES : 0)
                + (boost != null ? Float.BYTES + Integer.BYTES : 0) + (commitment != null ? Byte.BYTES : 0);
    }

    public long allocatedBytes() {
        return (long) engagement.length * bytesPerSlot();
    }

    private void grow() {
        int c = engagement.length + (engagement.length >> 1) + 16;
        engagement = Arrays.copyOf(engagement, c);
        belonging = Arrays.copyOf(belonging, c);
        fit = Arrays.copyOf(fit, c);
        fatigue = Arrays.copyOf(fatigue, c);
        role = Arrays.copyOf(role, c);
        nextRole = Arrays.copyOf(nextRole, c);
        flags = Arrays.copyOf(flags, c);
        activeToday = Arrays.copyOf(activeToday, c);
        if (taskLevel != null) taskLevel = Arrays.copyOf(taskLevel, c);
        joinDay = Arrays.copyOf(joinDay, c);
        lastActiveDay = Arrays.copyOf(lastActiveDay, c);
        lastContentDay = Arrays.copyOf(lastContentDay, c);
        if (propensity != null) propensity = Arrays.copyOf(propensity, c);
        if (commitment != null) commitment = Arrays.copyOf(commitment, c);
        if (standing != null) standing = Arrays.copyOf(standing, c);
        if (balance != null) balance = Arrays.copyOf(balance, c);
        contentCount = Arrays.copyOf(contentCount, c);
        if (boost != null) {
            boost = Arrays.copyOf(boost, c);
            boostUntil = Arrays.copyOf(boostUntil, c);
        }
        alive = Arrays.copyOf(alive, c);
    }
}
