package communitysim.studio;

import communitysim.model.CommunityModel;
import communitysim.model.Members;
import communitysim.model.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Pictures of replicate 0's social graph, one per recorded day: at most {@link #MAX_NODES} current
 * members (a stable sample: a member in the picture stays in it while the sampling rate holds), their
 * roles, subgroups and leader marks, and the links among them. Read from the model's public state after
 * the day, never changing it.
 */
final class NetworkFrames {
    static final int MAX_NODES = 2000;
    static final int MAX_FRAMES = 400;

    record Frame(int day, int members, long links, int[] ids, byte[] roles, int[] groups, byte[] marks, int[] edges,
                 boolean completeMixing) {}

    private final NavigableMap<Integer, Frame> frames = new TreeMap<>();
    private final int stride;

    NetworkFrames(int days) {
        this.stride = Math.max(1, (days + MAX_FRAMES - 1) / MAX_FRAMES);
    }

    int stride() {
        return stride;
    }

    /** Records the day if it is one of the recorded ones (every {@link #stride()} days, and the last). */
    void maybeRecord(CommunityModel model, int day, int lastDay) {
        if (day % stride != 0 && day != lastDay && day != 1) return;
        Frame f = capture(model, day);
        synchronized (this) {
            frames.put(day, f);
        }
    }

    synchronized List<Integer> days() {
        return new ArrayList<>(frames.keySet());
    }

    /** Current members on each recorded day, in day order (for the slider's labels). */
    synchronized List<Integer> membersByDay() {
        List<Integer> out = new ArrayList<>();
        for (Frame f : frames.values()) out.add(f.members());
        return out;
    }

    /** The frame of {@code day}, or of the nearest recorded day before it. */
    synchronized Frame at(int day) {
        Map.Entry<Integer, Frame> e = frames.floorEntry(day);
        if (e == null) e = frames.ceilingEntry(day);
        return e == null ? null : e.getValue();
    }

    static Frame capture(CommunityModel model, int day) {
        Members m = model.members;
        int alive = m.aliveCount();
        boolean mixing = model.completeMixing() || model.graph == null;
        int[] ids = alive <= MAX_NODES ? java.util.Arrays.copyOf(m.alive, alive) : sample(model, mixing);
        int n = ids.length;
        java.util.Arrays.sort(ids);
        Map<Integer, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) index.put(ids[i], i);
        byte[] roles = new byte[n];
        int[] groups = new int[n];
        byte[] marks = new byte[n];
        int[] memberGroups = model.organisation == null ? null : model.organisation.groups.memberGroups();
        for (int i = 0; i < n; i++) {
            int id = ids[i];
            roles[i] = m.role[id];
            groups[i] = memberGroups != null && id < memberGroups.length ? memberGroups[id] : -1;
            byte flags = m.flags[id];
            marks[i] = (byte) (((flags & Members.FLAG_OPINION_LEADER) != 0 ? 1 : 0) | ((flags & Members.FLAG_GROUP_LEADER) != 0 ? 2 : 0)
                    | ((flags & Members.FLAG_CORE) != 0 ? 4 : 0));
        }
        int[] edges = new int[0];
        if (!mixing) {
            int[][] buf = {new int[64]};
            int[] out = new int[Math.max(16, n * 4)];
            int e = 0;
            for (int i = 0; i < n; i++) {
                int d = model.graph.neighbours(ids[i], buf);
                for (int k = 0; k < d; k++) {
                    Integer j = index.get(buf[0][k]);
                    if (j == null || j <= i) continue;
                    if (e + 2 > out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
                    out[e++] = i;
                    out[e++] = j;
                }
            }
            edges = java.util.Arrays.copyOf(out, e);
        }
        return new Frame(day, alive, model.liveEdges(), ids, roles, groups, marks, edges, mixing);
    }

    /**
     * Neighbourhoods around seed members: the seeds are the members with the lowest fixed places in [0, 1) (so the
     * same seeds day after day while they stay), each followed by up to {@link #PER_SEED} members reached along
     * links, breadth first. A uniform sample of members would keep a link only when it kept both ends (a few per
     * cent of them), which draws a cloud; neighbourhoods keep the local structure a strategist looks for.
     */
    static int[] sample(CommunityModel model, boolean mixing) {
        Members m = model.members;
        int alive = m.aliveCount();
        // candidate seeds: about 4 x MAX_NODES / PER_SEED members by fixed place, in that order
        double rate = Math.min(1.0, 4.0 * MAX_NODES / PER_SEED / alive);
        List<long[]> seeds = new ArrayList<>();
        for (int i = 0; i < alive; i++) {
            int id = m.alive[i];
            double u = unit(id);
            if (u < rate) seeds.add(new long[] {Double.doubleToLongBits(u), id});
        }
        seeds.sort((a, b) -> Long.compare(a[0], b[0]));
        java.util.LinkedHashSet<Integer> chosen = new java.util.LinkedHashSet<>();
        int[][] buf = {new int[64]};
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (long[] seed : seeds) {
            if (chosen.size() >= MAX_NODES) break;
            int start = (int) seed[1];
            if (!chosen.add(start)) continue;
            int budget = Math.min(PER_SEED, MAX_NODES - chosen.size() + 1) - 1;
            queue.clear();
            queue.add(start);
            while (!mixing && budget > 0 && !queue.isEmpty()) {
                int d = model.graph.neighbours(queue.poll(), buf);
                for (int k = 0; k < d && budget > 0; k++) {
                    int next = buf[0][k];
                    if (m.isAlive(next) && chosen.add(next)) {
                        queue.add(next);
                        budget--;
                    }
                }
            }
        }
        int[] ids = new int[chosen.size()];
        int i = 0;
        for (int id : chosen) ids[i++] = id;
        return ids;
    }

    static final int PER_SEED = 200;

    /** A member's fixed place in [0, 1). */
    private static double unit(int id) {
        long z = id * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    static Map<String, Object> describe(Frame f, List<Integer> recordedDays, List<Integer> membersByDay) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", f.day());
        out.put("members", f.members());
        out.put("links", f.links());
        out.put("shown", f.ids().length);
        out.put("sampled", f.ids().length < f.members());
        out.put("perSeed", PER_SEED);
        out.put("completeMixing", f.completeMixing());
        out.put("recordedDays", recordedDays);
        out.put("membersByDay", membersByDay);
        List<String> roleNames = new ArrayList<>();
        for (Role r : Role.values()) roleNames.add(r.name().toLowerCase());
        out.put("roleNames", roleNames);
        out.put("ids", f.ids());
        int[] roles = new int[f.roles().length];
        for (int i = 0; i < roles.length; i++) roles[i] = f.roles()[i];
        out.put("roles", roles);
        out.put("groups", f.groups());
        int[] marks = new int[f.marks().length];
        for (int i = 0; i < marks.length; i++) marks[i] = f.marks()[i];
        out.put("marks", marks);
        out.put("edges", f.edges());
        return out;
    }
}
