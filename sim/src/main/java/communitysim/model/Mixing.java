package communitysim.model;

/**
 * Who can meet whom (the scenario's {@code network.mixing}), as a strategy: {@link GraphMixing}
 * keeps a social graph that newcomers link into and leavers drop out of, {@link CompleteMixing} lets
 * everyone meet everyone and keeps no graph. The member passes ask {@link #complete()} once per
 * chunk and run a loop specialised on it (a neighbour walk, or a global share); everything else
 * goes through this interface instead of asking which mixing it is.
 */
interface Mixing {
    /** Whether everyone meets everyone (no graph). */
    boolean complete();

    /** Links newcomer {@code id} in; {@code activeYesterday} has a bit set for each member active yesterday. */
    void attach(int id, int referrer, long[] activeYesterday);

    /**
     * Adds each opinion leader's weight to its neighbours' entries of {@code weights} (see
     * {@link Activity}), current members only; returns how many leaders pushed (0: no entry was touched).
     */
    int pushLeaderWeights(Members members, long[] leadersYesterday, double deepTies, double[] weights);

    /** Links from {@code id} to current members (0 without a graph). */
    int liveDegree(int id);

    /** A leaver drops out; returns the links it had to current members. */
    long departed(int id, Members members, boolean wasActive);

    /** The day's end: the graph sheds departed members' links when that is worth it, and their ids are freed ({@link Members#recycle}). */
    void endOfDay(Members members);

    final class CompleteMixing implements Mixing {
        @Override public boolean complete() { return true; }
        @Override public void attach(int id, int referrer, long[] activeYesterday) {}
        @Override public int pushLeaderWeights(Members members, long[] leadersYesterday, double deepTies, double[] weights) { return 0; }
        @Override public int liveDegree(int id) { return 0; }
        @Override public long departed(int id, Members members, boolean wasActive) { return 0; }
        /** Without links, nothing refers to a leaver after its day: ids are freed once enough have left to pay for the reordering. */
        @Override public void endOfDay(Members members) {
            if (members.leftSinceRecycling() > (members.aliveCount() >> 3) + 64) members.recycle();
        }
    }

    final class GraphMixing implements Mixing {
        private final SocialGraph graph;
        private final Attachment attachment;
        /** Runs the compaction's parts on the replicate's workers (the pool it writes does not depend on them). */
        private final SocialGraph.Parts parts;

        GraphMixing(SocialGraph graph, Attachment attachment, ChunkRunner workers) {
            this.graph = graph;
            this.attachment = attachment;
            this.parts = (count, part) -> workers.run(count, (worker, p) -> part.accept(p));
        }

        @Override public boolean complete() { return false; }

        @Override
        public void attach(int id, int referrer, long[] activeYesterday) {
            attachment.attach(id, referrer, activeYesterday);
        }

        @Override
        public int pushLeaderWeights(Members members, long[] leadersYesterday, double deepTies, double[] weights) {
            return Activity.pushLeaderWeights(graph, members, leadersYesterday, deepTies, weights);
        }

        @Override
        public int liveDegree(int id) {
            return graph.liveDegree(id);
        }

        @Override
        public long departed(int id, Members members, boolean wasActive) {
            return graph.departed(id, members, wasActive);
        }

        @Override
        public void endOfDay(Members members) {
            if (graph.worthCompacting()) {
                graph.compact(members, parts);
                members.recycle(); // no link refers to a leaver any more
            }
        }
    }
}
