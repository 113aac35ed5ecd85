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

    /** The frame of {@code day}, or of the nearest recorded day before it. */
    synchronized Frame at(int day) {
        Map.Entry<Integer, Frame> e = frames.floorEntry(day);
        if (e == null) e = frames.ceilingEntry(day);
        return e == null ? null : e.getValue();
    }

    static Frame capture(CommunityModel model, int day) {
        Members m = model.members;
        int alive = m.aliveCount();
        double rate = alive <= MAX_NODES ? 1.0 : (double) MAX_NODES / alive;
        int[] ids = new int[Math.min(alive, MAX_NODES)];
        int n = 0;
        for (int i = 0; i < alive && n < ids.length; i++) {
            int id = m.alive[i];
            if (rate >= 1.0 || unit(id) < rate) ids[n++] = id;
        }
        if (n < ids.length) ids = java.util.Arrays.copyOf(ids, n);
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
        boolean mixing = model.completeMixing() || model.graph == null;
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

    /** A member's fixed place in [0, 1): the sample keeps the members below the rate. */
    private static double unit(int id) {
        long z = id * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    static Map<String, Object> describe(Frame f, List<Integer> recordedDays) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", f.day());
        out.put("members", f.members());
        out.put("links", f.links());
        out.put("shown", f.ids().length);
        out.put("sampled", f.ids().length < f.members());
        out.put("completeMixing", f.completeMixing());
        out.put("recordedDays", recordedDays);
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
