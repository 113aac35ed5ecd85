package communitysim.model;

import communitysim.scenario.Scenario;

/**
 * Who refers tomorrow's prospects, and how strongly: a member's weight is
 * {@code rate * engagement^exponent * its role's referral multiplier} if it was active today and
 * stays, else 0. The end-of-day pass over members ({@link Churn}) records the weights, since it
 * visits everyone once their day is settled; the next day's recruitment reads them, so the day
 * needs no pass of its own for them.
 *
 * <p>Weights are kept as running sums within each chunk of that pass, with the member at each
 * entry: a referrer is drawn in proportion to weight by walking the chunk totals, then bisecting
 * within the chunk. A chunk lists only its members of positive weight (a third of them on a
 * typical day), from its first slot on: one of weight 0 could never be drawn, and writing it cost
 * the pass two stores a member. Chunks write only their own slots, so the pass stays parallel.
 */
final class ReferralWeights {
    private double[] running = new double[1024];
    private int[] memberAt = new int[1024];
    private double[] chunkTotal = new double[16];
    /** Per chunk, how many entries it recorded. */
    private int[] chunkEntries = new int[16];
    private int chunks;

    /** Makes room for a pass over {@code n} positions (the members then current), all weights 0. */
    void reset(int n) {
        if (running.length < n) {
            running = new double[Math.max(n, running.length * 2)];
            memberAt = new int[running.length];
        }
        chunks = (n + MemberPhase.CHUNK - 1) / MemberPhase.CHUNK;
        if (chunkTotal.length < chunks) {
            chunkTotal = new double[Math.max(chunks, chunkTotal.length * 2)];
            chunkEntries = new int[chunkTotal.length];
        }
        java.util.Arrays.fill(chunkTotal, 0, chunks, 0);
        java.util.Arrays.fill(chunkEntries, 0, chunks, 0);
    }

    /** The weight of a member who was active today and stays. */
    static double weight(Scenario.Referral referral, RoleTable roles, double engagement, int role) {
        double exponent = referral.engagementExponent();
        double conversion = exponent == 1 ? engagement : exponent == 0 ? 1 : Math.pow(engagement, exponent);
        return referral.rate() * conversion * roles.referral[role];
    }

    /**
     * Records entry {@code k} (chunk c's entries take slots {@code c * CHUNK} on): its member and
     * the chunk's running sum of weights up to it. Entries of weight 0 may be recorded; they are
     * never drawn.
     */
    void record(int k, int member, double runningSum) {
        running[k] = runningSum;
        memberAt[k] = member;
    }

    /** Chunk {@code chunk} recorded {@code entries} entries, whose weights sum to {@code total}. */
    void closeChunk(int chunk, double total, int entries) {
        chunkTotal[chunk] = total;
        chunkEntries[chunk] = entries;
    }

    /** The sum of all weights, added chunk by chunk in order. */
    double total() {
        double total = 0;
        for (int c = 0; c < chunks; c++) total += chunkTotal[c];
        return total;
    }

    /** The member whose share of the weights holds {@code u}, for {@code u} in [0, {@link #total}). */
    int pick(double u) {
        int c = 0;
        while (c < chunks - 1 && (u >= chunkTotal[c] || chunkTotal[c] <= 0)) {
            u -= chunkTotal[c];
            c++;
        }
        // rounding can carry u past the last weighted chunk, or past a chunk's last weighted
        // member: fall back to those, never to a member of weight 0 (who may have left)
        while (c > 0 && chunkTotal[c] <= 0) c--;
        int start = c * MemberPhase.CHUNK;
        int lo = start;
        int hi = start + Math.max(1, chunkEntries[c]) - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (running[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        while (lo > start && running[lo] == running[lo - 1]) lo--;
        return memberAt[lo];
    }
}
