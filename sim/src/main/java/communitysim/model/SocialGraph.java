package communitysim.model;

import ec.util.MersenneTwisterFast;

import java.util.Arrays;

/**
 * An undirected social graph grown as members join, in a compact form: each member's neighbour list
 * is a chain of fixed-size blocks in one shared {@code int[]} pool (a growable relative of CSR).
 * No object per member or edge; appending a link is O(1).
 *
 * <p>Growth is preferential attachment with triadic closure (Holme and Kim 2002): a newcomer's
 * first link goes to its referrer if it has one, else to a member drawn in proportion to degree;
 * each later link goes, with probability {@code triadicClosure}, to a neighbour of the previous
 * target, which closes triangles. The degree-proportional draw needs no list of its own: a member
 * stands in the pool once per link it has (in the chain of the member at the other end), so a
 * uniformly drawn link end of the pool is one.
 *
 * <p>A departure only updates its neighbours' live degrees; links to leavers stay in the chains
 * until {@link #compact} rewrites the pool with each member's live links in consecutive blocks, in
 * id order. Readers then stream through memory instead of hopping between scattered blocks, and no
 * longer visit leavers. Compaction runs when the chains have grown or decayed enough to pay for it.
 */
public final class SocialGraph {
    /**
     * Slot 0 of a block links to the next block; slots 1..7 hold neighbours, and those a chain has
     * not filled yet hold {@link #EMPTY}, which the degree-proportional draw passes over.
     */
    static final int BLOCK = 8;
    static final int PER_BLOCK = BLOCK - 1;
    private static final int EMPTY = -1;
    /**
     * Slots drawn before {@link #degreeProportional} counts its way to a link end instead: every
     * block holds at least one, so each draw lands on one with a chance of 1/7 or more (about two
     * in three in the bench runs), and this many misses in a row all but never happen.
     */
    private static final int DRAWS = 64;

    private int[] pool = new int[BLOCK * 1024];
    private int blocksUsed;
    private int[] head = new int[1024];
    private int[] tail = new int[1024];
    private int[] degree = new int[1024];
    /** Links to current members: kept up to date by {@link #link} and {@link #departed}. */
    private int[] liveDegree = new int[1024];
    /**
     * Links to current members who were active on the last day counted: set for each member by the
     * interactions pass (which walks the neighbours anyway), lowered by {@link #departed} and
     * raised by {@link #countActiveNeighbour} as newcomers link, so that the next day's activity
     * pass reads one number instead of walking the neighbours again.
     */
    private int[] activeNeighbours = new int[1024];
    private long edges;
    private int blocksAtCompaction;
    private long deadLinkEnds;

    /** Makes room for member ids below {@code n}. */
    public void ensureMembers(int n) {
        if (n <= head.length) return;
        int c = Math.max(n, head.length + (head.length >> 1));
        int old = head.length;
        head = Arrays.copyOf(head, c);
        tail = Arrays.copyOf(tail, c);
        degree = Arrays.copyOf(degree, c);
        liveDegree = Arrays.copyOf(liveDegree, c);
        activeNeighbours = Arrays.copyOf(activeNeighbours, c);
        Arrays.fill(head, old, c, -1);
        Arrays.fill(tail, old, c, -1);
    }

    public SocialGraph() {
        Arrays.fill(head, -1);
        Arrays.fill(tail, -1);
    }

    public int degree(int member) {
        return degree[member];
    }

    public int liveDegree(int member) {
        return liveDegree[member];
    }

    /** Per member, the counts behind {@link #liveDegree(int)}, for hot passes that read them into a local. */
    int[] liveDegrees() {
        return liveDegree;
    }

    /** Per member, the counts behind {@link #degree(int)}. */
    int[] degrees() {
        return degree;
    }

    /** Per member, the first block of its chain (see {@link #head(int)}). */
    int[] heads() {
        return head;
    }

    /** Links to current members active on the last day counted (see {@link #activeNeighbours()}). */
    public int activeNeighbours(int member) {
        return activeNeighbours[member];
    }

    /** Per member, the counts behind {@link #activeNeighbours(int)}, for the pass that sets them. */
    int[] activeNeighbours() {
        return activeNeighbours;
    }

    /** A newcomer's new link goes to a member who was active on the last day counted. */
    void countActiveNeighbour(int member) {
        activeNeighbours[member]++;
    }

    /**
     * Records that {@code member} has left: each current neighbour loses a live link, and an active
     * neighbour if {@code wasActive}. Returns how many current neighbours there were (its live
     * links just before leaving).
     */
    public int departed(int member, Members members, boolean wasActive) {
        int live = 0;
        int remaining = degree[member];
        for (int blk = head[member]; remaining > 0; blk = pool[blk]) {
            int n = Math.min(PER_BLOCK, remaining);
            for (int k = 1; k <= n; k++) {
                int other = pool[blk + k];
                if (!members.isAlive(other)) continue;
                liveDegree[other]--;
                if (wasActive) activeNeighbours[other]--;
                live++;
                deadLinkEnds += 2;
            }
            remaining -= n;
        }
        return live;
    }

    /**
     * Whether a {@link #compact} would pay: the pool has grown by a quarter since the last one, or
     * a fifth of the stored link ends point at leavers.
     */
    public boolean worthCompacting() {
        return blocksUsed > blocksAtCompaction + (blocksAtCompaction >> 2) + 1024
                || deadLinkEnds > 2 * edges / 5;
    }

    /**
     * Member ids in one part of a {@link #compact}: parts are counted, then rewritten, side by side.
     * A part of this many ids fills a few hundred kilobytes of the new pool, and a million members
     * make thirty parts, enough to keep two or more threads even.
     */
    static final int COMPACT_PART = 1 << 15;

    /** Runs {@code part.accept(p)} for each p below {@code parts}, perhaps on several threads at once. */
    public interface Parts {
        void run(int parts, java.util.function.IntConsumer part);

        /** Each part in turn, in the calling thread. */
        Parts IN_TURN = (parts, part) -> {
            for (int p = 0; p < parts; p++) part.accept(p);
        };
    }

    /** {@link #compact(Members, Parts)} in the calling thread. */
    public void compact(Members members) {
        compact(members, Parts.IN_TURN);
    }

    /**
     * Rewrites the pool: each current member's live links in consecutive blocks, members in id
     * order; leavers' chains and links to leavers are dropped. Neighbour order within a member is
     * kept. The id range is cut into parts of {@link #COMPACT_PART} ids; each part's blocks are
     * counted first, so that each part knows where its members' blocks start and writes only its
     * own stretch of the new pool and its own members' entries. The new pool is the same whatever
     * ran the parts, and however many threads did.
     */
    public void compact(Members members, Parts runner) {
        int n = members.size();
        int parts = Math.max(1, (n + COMPACT_PART - 1) / COMPACT_PART);
        int[] first = new int[parts + 1]; // the block each part starts at, once summed
        runner.run(parts, p -> first[p + 1] = blocksOf(members, p * COMPACT_PART, Math.min(n, (p + 1) * COMPACT_PART)));
        for (int p = 0; p < parts; p++) first[p + 1] += first[p];
        int blocks = first[parts];
        int[] fresh = new int[Math.max(BLOCK * 1024, (blocks + (blocks >> 2)) * BLOCK)];
        long[] liveEdges = new long[parts];
        runner.run(parts, p -> liveEdges[p] = rewrite(members, p * COMPACT_PART, Math.min(n, (p + 1) * COMPACT_PART),
                first[p], first[p + 1], fresh));
        long edgesNow = 0;
        for (long e : liveEdges) edgesNow += e;
        pool = fresh;
        blocksUsed = blocks;
        blocksAtCompaction = blocks;
        edges = edgesNow;
        deadLinkEnds = 0;
    }

    /** Blocks the current members among ids {@code from..to} fill once compacted. */
    private int blocksOf(Members members, int from, int to) {
        int blocks = 0;
        for (int id = from; id < to; id++) {
            if (members.isAlive(id)) blocks += (liveDegree[id] + PER_BLOCK - 1) / PER_BLOCK;
        }
        return blocks;
    }

    /**
     * Writes the live links of ids {@code from..to} into blocks {@code firstBlock..endBlock} of
     * {@code fresh}, reading the current pool; returns the links written whose other end has the
     * higher id (each live link is counted once, by its lower end).
     */
    private long rewrite(Members members, int from, int to, int firstBlock, int endBlock, int[] fresh) {
        int used = firstBlock;
        long liveEdges = 0;
        for (int id = from; id < to; id++) {
            int d = degree[id];
            int oldHead = head[id];
            head[id] = -1;
            tail[id] = -1;
            degree[id] = 0;
            if (!members.isAlive(id)) {
                liveDegree[id] = 0;
                activeNeighbours[id] = 0;
                continue;
            }
            int written = 0;
            int remaining = d;
            for (int blk = oldHead; remaining > 0; blk = pool[blk]) {
                int links = Math.min(PER_BLOCK, remaining);
                remaining -= links;
                for (int j = blk + 1, end = blk + 1 + links; j < end; j++) {
                    int other = pool[j];
                    if (!members.isAlive(other)) continue;
                    if (written % PER_BLOCK == 0) {
                        if (used == endBlock) throw new IllegalStateException("member " + id + " has more live links than its live degree");
                        int start = used++ * BLOCK;
                        Arrays.fill(fresh, start, start + BLOCK, EMPTY); // the chain's end, and slots to fill
                        if (written == 0) head[id] = start;
                        else fresh[tail[id]] = start;
                        tail[id] = start;
                    }
                    fresh[tail[id] + 1 + written % PER_BLOCK] = other;
                    written++;
                    if (id < other) liveEdges++;
                }
            }
            degree[id] = written;
        }
        // the counted blocks must be the written ones, or another part's stretch would be off
        if (used != endBlock) throw new IllegalStateException("ids " + from + ".." + to + " filled " + (used - firstBlock)
                + " blocks, their live degrees " + (endBlock - firstBlock));
        return liveEdges;
    }

    /** The shared block pool, for loops that walk a chain in place: see {@link #head} and {@link #BLOCK}. */
    int[] pool() {
        return pool;
    }

    int head(int member) {
        return head[member];
    }

    /** Links stored: live ones plus, until the next {@link #compact}, those to members who have left. */
    public long edges() {
        return edges;
    }

    public boolean linked(int a, int b) {
        int remaining = degree[a];
        for (int blk = head[a]; remaining > 0; blk = pool[blk]) {
            int n = Math.min(PER_BLOCK, remaining);
            for (int k = 1; k <= n; k++) if (pool[blk + k] == b) return true;
            remaining -= n;
        }
        return false;
    }

    /** Adds the undirected link a–b unless it exists, is a loop, or either side is at {@code maxDegree}. */
    public boolean link(int a, int b, int maxDegree) {
        if (a == b || liveDegree[a] >= maxDegree || liveDegree[b] >= maxDegree || linked(a, b)) return false;
        append(a, b);
        append(b, a);
        liveDegree[a]++;
        liveDegree[b]++;
        edges++;
        return true;
    }

    /**
     * A member drawn with probability proportional to its degree, or -1 when there are no edges:
     * a uniformly drawn link end of the pool, found by drawing neighbour slots of the used blocks
     * until one is filled. Degree counts every stored link, those to leavers too until the next
     * {@link #compact} (the draw may then give a leaver, or a member by its link to one).
     */
    public int degreeProportional(MersenneTwisterFast random) {
        if (edges == 0) return -1;
        int slots = blocksUsed * PER_BLOCK;
        for (int draw = 0; draw < DRAWS; draw++) {
            int s = random.nextInt(slots);
            int member = pool[s / PER_BLOCK * BLOCK + 1 + s % PER_BLOCK];
            if (member != EMPTY) return member;
        }
        return linkEnd(random.nextInt((int) (2 * edges)));
    }

    /** The {@code k}-th filled neighbour slot of the pool in slot order, {@code k} below {@code 2 * edges()}. */
    int linkEnd(int k) {
        for (int i = 0, end = blocksUsed * BLOCK; i < end; i++) {
            if (i % BLOCK != 0 && pool[i] != EMPTY && k-- == 0) return pool[i];
        }
        throw new IllegalStateException("the pool holds fewer link ends than its edges count");
    }

    /** A uniformly drawn neighbour of {@code member}, or -1 when it has none. */
    public int randomNeighbour(int member, MersenneTwisterFast random) {
        int d = degree[member];
        return d == 0 ? -1 : neighbourAt(member, random.nextInt(d));
    }

    int neighbourAt(int member, int index) {
        int blk = head[member];
        for (int skip = index / PER_BLOCK; skip > 0; skip--) blk = pool[blk];
        return pool[blk + 1 + index % PER_BLOCK];
    }

    /**
     * Copies the neighbours of {@code member} into {@code out} (grown if needed) and returns the count;
     * the array form keeps the phases' inner loops simple.
     */
    public int neighbours(int member, int[][] out) {
        int d = degree[member];
        if (out[0].length < d) out[0] = new int[Math.max(d, out[0].length * 2)];
        int[] dst = out[0];
        int w = 0;
        for (int blk = head[member]; w < d; blk = pool[blk]) {
            int n = Math.min(PER_BLOCK, d - w);
            System.arraycopy(pool, blk + 1, dst, w, n);
            w += n;
        }
        return d;
    }

    public long allocatedBytes() {
        return 4L * (pool.length + head.length + tail.length + degree.length + liveDegree.length + activeNeighbours.length);
    }

    private void append(int member, int neighbour) {
        int d = degree[member];
        if (d % PER_BLOCK == 0) {
            int blk = newBlock();
            if (d == 0) head[member] = blk;
            else pool[tail[member]] = blk;
            tail[member] = blk;
        }
        pool[tail[member] + 1 + d % PER_BLOCK] = neighbour;
        degree[member] = d + 1;
    }

    private int newBlock() {
        int start = blocksUsed * BLOCK;
        if (start + BLOCK > pool.length) pool = Arrays.copyOf(pool, pool.length + (pool.length >> 1) + BLOCK);
        Arrays.fill(pool, start, start + BLOCK, EMPTY); // the chain's end, and slots to fill
        blocksUsed++;
        return start;
    }
}
