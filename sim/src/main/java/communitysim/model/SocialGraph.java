package communitysim.model;

import ec.util.MersenneTwisterFast;

import java.util.Arrays;

/**
 * An undirected social graph grown as members join, in a compact form: each member's neighbour list
 * is a chain of fixed-size blocks in one shared {@code int[]} pool (a growable relative of CSR).
 * No object per member or edge; appending a link is O(1).
 *
 * <p>Growth is preferential attachment with triadic closure (Holme and Kim 2002): a newcomer's
 * first link goes to its referrer if it has one, else to a member drawn in proportion to degree
 * (a uniform draw from the list of edge endpoints); each later link goes, with probability
 * {@code triadicClosure}, to a neighbour of the previous target, which closes triangles. Links to
 * gone members stay in the lists and are skipped by readers, so a departure costs nothing here.
 */
public final class SocialGraph {
    /** Slot 0 of a block links to the next block; slots 1..7 hold neighbours. */
    static final int BLOCK = 8;
    private static final int PER_BLOCK = BLOCK - 1;

    private int[] pool = new int[BLOCK * 1024];
    private int blocksUsed;
    private int[] head = new int[1024];
    private int[] tail = new int[1024];
    private int[] degree = new int[1024];
    /** Both endpoints of every edge: a uniform pick is a degree-proportional pick. */
    private int[] endpoints = new int[2048];
    private int endpointCount;
    private long edges;

    /** Makes room for member ids below {@code n}. */
    public void ensureMembers(int n) {
        if (n <= head.length) return;
        int c = Math.max(n, head.length + (head.length >> 1));
        int old = head.length;
        head = Arrays.copyOf(head, c);
        tail = Arrays.copyOf(tail, c);
        degree = Arrays.copyOf(degree, c);
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

    /** Links ever made (including those to members who have since left). */
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
        if (a == b || degree[a] >= maxDegree || degree[b] >= maxDegree || linked(a, b)) return false;
        append(a, b);
        append(b, a);
        if (endpointCount + 2 > endpoints.length) endpoints = Arrays.copyOf(endpoints, endpoints.length * 2);
        endpoints[endpointCount++] = a;
        endpoints[endpointCount++] = b;
        edges++;
        return true;
    }

    /** A member drawn with probability proportional to its degree, or -1 when there are no edges. */
    public int degreeProportional(MersenneTwisterFast random) {
        return endpointCount == 0 ? -1 : endpoints[random.nextInt(endpointCount)];
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
        return 4L * (pool.length + head.length + tail.length + degree.length + endpoints.length);
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
        pool[start] = -1;
        blocksUsed++;
        return start;
    }
}
