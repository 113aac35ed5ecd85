package communitysim.model.organisation;

import java.util.Arrays;

/**
 * Subgroups as columns indexed by group id, and each group's member list (swap-remove, so joining
 * and leaving are O(1)). Group ids are never reused; a dead group keeps its id with no members.
 */
public final class GroupTable {
    private int count;
    private int[][] members = new int[16][];
    private int[] size = new int[16];
    private boolean[] alive = new boolean[16];
    private int[] createdDay = new int[16];
    private int[] leaders = new int[16];
    private double[] vitality = new double[16];
    /** Life records for {@code groups.csv}: the day a group closed (-1 while open), its largest size, its parent (-1: none). */
    private int[] closedDay = new int[16];
    private int[] peakSize = new int[16];
    private int[] parent = new int[16];
    /** Per member: its group and its position in that group's list. */
    private int[] groupOf = new int[1024];
    private int[] position = new int[1024];

    public int count() {
        return count;
    }

    /** Opens a group on {@code day} whose first members come from group {@code parent} (-1: newcomers). */
    public int open(int day, int parent) {
        if (count == size.length) grow();
        int g = count++;
        members[g] = new int[8];
        size[g] = 0;
        alive[g] = true;
        createdDay[g] = day;
        leaders[g] = 0;
        vitality[g] = 1;
        closedDay[g] = -1;
        peakSize[g] = 0;
        this.parent[g] = parent;
        return g;
    }

    public void add(int member, int g) {
        if (member >= groupOf.length) {
            int c = Math.max(member + 1, groupOf.length + (groupOf.length >> 1));
            groupOf = Arrays.copyOf(groupOf, c);
            position = Arrays.copyOf(position, c);
        }
        int[] list = members[g];
        if (size[g] == list.length) members[g] = list = Arrays.copyOf(list, list.length * 2);
        list[size[g]] = member;
        position[member] = size[g]++;
        groupOf[member] = g;
        if (alive[g] && size[g] > peakSize[g]) peakSize[g] = size[g];
    }

    public void remove(int member) {
        int g = groupOf[member];
        int p = position[member];
        int last = members[g][--size[g]];
        members[g][p] = last;
        position[last] = p;
        groupOf[member] = -1;
    }

    public void move(int member, int to) {
        remove(member);
        add(member, to);
    }

    public void close(int g, int day) {
        alive[g] = false;
        closedDay[g] = day;
        members[g] = new int[4];
        size[g] = 0;
        leaders[g] = 0;
    }

    public int groupOf(int member) {
        return groupOf[member];
    }

    /** The group column for hot loops: {@code groups()[member]}. */
    public int[] memberGroups() {
        return groupOf;
    }

    public int size(int g) {
        return size[g];
    }

    public int member(int g, int index) {
        return members[g][index];
    }

    /** Group {@code g}'s members for hot loops: the first {@link #size} entries, in no set order (read only). */
    public int[] members(int g) {
        return members[g];
    }

    public boolean alive(int g) {
        return alive[g];
    }

    public int createdDay(int g) {
        return createdDay[g];
    }

    /** The day group {@code g} closed, or -1 while it is open. */
    public int closedDay(int g) {
        return closedDay[g];
    }

    /** The most members group {@code g} had while it was open. */
    public int peakSize(int g) {
        return peakSize[g];
    }

    /** The group {@code g}'s first members came from, or -1 for a group of newcomers. */
    public int parent(int g) {
        return parent[g];
    }

    public int leaders(int g) {
        return leaders[g];
    }

    public void addLeaders(int g, int delta) {
        leaders[g] += delta;
    }

    public double vitality(int g) {
        return vitality[g];
    }

    public void setVitality(int g, double v) {
        vitality[g] = v;
    }

    /** Vitality by group id, for hot loops. */
    public double[] vitalities() {
        return vitality;
    }

    public int aliveCount() {
        int n = 0;
        for (int g = 0; g < count; g++) if (alive[g]) n++;
        return n;
    }

    private void grow() {
        int c = size.length * 2;
        members = Arrays.copyOf(members, c);
        size = Arrays.copyOf(size, c);
        alive = Arrays.copyOf(alive, c);
        createdDay = Arrays.copyOf(createdDay, c);
        leaders = Arrays.copyOf(leaders, c);
        vitality = Arrays.copyOf(vitality, c);
        closedDay = Arrays.copyOf(closedDay, c);
        peakSize = Arrays.copyOf(peakSize, c);
        parent = Arrays.copyOf(parent, c);
    }
}
