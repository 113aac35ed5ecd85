package communitysim.model.organisation;

import communitysim.model.DayTally;
import communitysim.model.Members;
import communitysim.model.Role;
import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;

import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * Subgroups, their leaders, opinion leaders and governance (sources 001, 003, 004). With groups
 * off, everyone is in one group that never decays, splits or dies, so governance still has a
 * group to work with.
 *
 * <p>A day: newcomers are placed as they join ({@link #assign}); after the activity phase,
 * {@link #settleNeeds} takes the count of who is active in each group and settles needs ({@link Governance});
 * before churn, {@link #step} updates each group's vitality from operations and its active leaders,
 * closes groups whose vitality ran out (their members move to an open group or leave), splits groups
 * above the split size that have enough core members and leaders, spawns topic groups, promotes
 * group leaders to one per {@code membersPerLeader}, and on its cadence promotes the top
 * contributors to opinion leaders.
 */
public final class Organisation {
    private final Members members;
    private final MersenneTwisterFast random;
    private final IntSupplier today;
    private Scenario.Groups config;
    private Scenario.Leaders leadersConfig;
    private final boolean enabled;
    public final GroupTable groups = new GroupTable();
    public final Governance governance;
    private final GroupVitality vitality;
    private int[] leadersByGroup = new int[16];
    /** Reused by the promotions. */
    private final TopKeys top = new TopKeys();
    /** Today's per-group counts, from the role phase, for the groups that existed then. */
    private GroupCensus census = new GroupCensus();
    private int countedGroups;
    /** Today's active members per group, from the activity phase (the role phase counts the same groups). */
    private int[] activeByGroup = new int[0];
    private int births;
    private int deaths;
    private int opinionLeaders;
    private int groupLeaders;

    /**
     * @param members the community's members (flags, roles, engagement and content counts are read and set here)
     * @param random  the model's stream: group deaths, splits, topic groups and group mates draw from it
     * @param today   the current day
     */
    public Organisation(Scenario scenario, Members members, MersenneTwisterFast random, IntSupplier today) {
        this.members = members;
        this.random = random;
        this.today = today;
        this.config = scenario.groups();
        this.leadersConfig = scenario.leaders();
        this.enabled = config.enabled();
        this.governance = new Governance(scenario.governance());
        this.vitality = new GroupVitality(config);
        open(0, -1);
    }

    /** The knobs changed mid-run (groups, leaders, governance); whether there are groups at all does not change. */
    public void reconfigure(Scenario next) {
        this.config = next.groups();
        this.leadersConfig = next.leaders();
        governance.reconfigure(next.governance());
        vitality.reconfigure(next.groups());
    }

    /** Opens a group whose first members come from {@code parent} (-1: newcomers). */
    private int open(int day, int parent) {
        int g = groups.open(day, parent);
        governance.opened(g, parent);
        return g;
    }

    /** Places a newcomer: its referrer's group if open, else the newest open group, else a new one. */
    public int assign(int member, int referrer, int day) {
        int g = 0;
        if (enabled) {
            g = -1;
            if (referrer >= 0) {
                int rg = groups.groupOf(referrer);
                if (rg >= 0 && groups.alive(rg) && groups.size(rg) < config.classSize()) g = rg;
            }
            if (g < 0) g = openGroup(day, -1);
        }
        groups.add(member, g);
        return g;
    }

    private int openGroup(int day, int parent) {
        for (int g = groups.count() - 1, looked = 0; g >= 0 && looked < 8; g--) {
            if (!groups.alive(g)) continue;
            looked++;
            if (groups.size(g) < config.classSize()) return g;
        }
        births++;
        return open(day, parent);
    }

    /** A uniform member of {@code member}'s own group other than itself, or -1. */
    public int groupMate(int member, MersenneTwisterFast random) {
        int g = groups.groupOf(member);
        int n = groups.size(g);
        if (n < 2) return -1;
        int i = random.nextInt(n);
        int other = groups.member(g, i);
        return other == member ? groups.member(g, (i + 1) % n) : other;
    }

    /** A member left: drop it from its group (and its group's leader count). */
    public void departed(int member) {
        int g = groups.groupOf(member);
        if (g < 0) return;
        if ((members.flags[member] & Members.FLAG_GROUP_LEADER) != 0) groups.addLeaders(g, -1);
        groups.remove(member);
    }

    /** Settles today's needs from the activity phase's count of active members per group, kept for vitality. */
    public void settleNeeds(int[] activeByGroup) {
        this.activeByGroup = activeByGroup;
        int n = groups.count();
        if (leadersByGroup.length < n) leadersByGroup = new int[Math.max(n, leadersByGroup.length * 2)];
        for (int g = 0; g < n; g++) leadersByGroup[g] = groups.leaders(g);
        governance.settle(today.getAsInt(), activeByGroup, leadersByGroup, n, enabled ? groups.aliveCount() : 1);
    }

    /** Takes the role phase's per-group counts: core members, active and idle leaders, leader totals. */
    public void takeCensus(GroupCensus census) {
        this.census = census;
        countedGroups = groups.count();
        opinionLeaders = census.opinionLeaders;
        groupLeaders = census.groupLeaders;
    }

    /** The day's group life: census, vitality, deaths, fission, topic groups, promotions. */
    public void step(DayTally tally) {
        births = 0;
        deaths = 0;
        if (enabled) {
            updateVitality();
            closeDeadGroups(tally);
            split();
            spawnTopics();
        }
        if ((today.getAsInt() - 1) % config.leaderReviewEvery() == 0) promoteGroupLeaders();
        if (leadersConfig.targetShare() > 0 && today.getAsInt() % leadersConfig.promoteEvery() == 0) promoteOpinionLeaders();
    }

    /** Each group's vitality from today's activity, conversation and operations ({@link GroupVitality}). */
    private void updateVitality() {
        for (int g = 0; g < groups.count(); g++) {
            if (!groups.alive(g)) continue;
            // groups born today were not in the census: their members were counted in their old group
            boolean counted = g < countedGroups;
            int active = counted ? activeByGroup[g] : 0;
            int conversing = counted ? census.conversing[g] : 0;
            int activeLeaders = counted ? census.activeLeaders[g] : 0;
            groups.setVitality(g, vitality.next(groups.vitality(g), groups.size(g), active, conversing, activeLeaders, random));
        }
    }

    private void closeDeadGroups(DayTally tally) {
        for (int g = 0; g < groups.count(); g++) {
            if (!groups.alive(g) || groups.vitality(g) >= config.deathVitality()) continue;
            int[] leaving = new int[groups.size(g)];
            for (int i = 0; i < leaving.length; i++) leaving[i] = groups.member(g, i);
            groups.close(g, today.getAsInt());
            deaths++;
            for (int id : leaving) {
                members.flags[id] &= ~Members.FLAG_GROUP_LEADER;
                if (random.nextDouble() < config.reassignShare()) {
                    groups.add(id, openGroup(today.getAsInt(), g));
                } else {
                    groups.add(id, g); // kept in its (closed) group until it is dropped on leaving
                    members.markGone(id);
                    tally.churnedVoluntary++;
                }
            }
        }
    }

    private void split() {
        int n = groups.count();
        for (int g = 0; g < n; g++) {
            if (!groups.alive(g) || groups.size(g) <= config.splitSize()) continue;
            if (g >= countedGroups || census.core[g] < config.minCoreToSplit() || groups.leaders(g) < config.minLeadersToSplit()) continue;
            int child = open(today.getAsInt(), g);
            births++;
            groups.setVitality(child, groups.vitality(g));
            moveShare(g, child, 0.5, false);
        }
    }

    private void spawnTopics() {
        if (config.topicRate() <= 0) return;
        int n = groups.count();
        for (int g = 0; g < n; g++) {
            if (!groups.alive(g) || groups.size(g) < config.topicMinSize()) continue;
            if (random.nextDouble() >= config.topicRate()) continue;
            int child = open(today.getAsInt(), g);
            births++;
            moveShare(g, child, config.topicShare(), true);
        }
    }

    /**
     * Moves a share of group {@code from} to {@code to}: a random half for a split, the most engaged
     * members for a topic group. Leaders go with their members.
     */
    private void moveShare(int from, int to, double share, boolean mostEngaged) {
        int size = groups.size(from);
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = groups.member(from, i);
        Members m = members;
        if (mostEngaged) {
            Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : m.engagement[b] != m.engagement[a]
                    ? Float.compare(m.engagement[b], m.engagement[a]) : Integer.compare(a, b));
        } else {
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        int moving = (int) Math.round(share * size);
        for (int i = 0; i < moving; i++) {
            int id = order[i];
            if ((m.flags[id] & Members.FLAG_GROUP_LEADER) != 0) {
                groups.addLeaders(from, -1);
                groups.addLeaders(to, 1);
            }
            groups.move(id, to);
        }
    }

    /**
     * The leadership review, every {@code leaderReviewEvery} days: inactive leaders step down and
     * the group's most engaged active members step up to one leader per {@code membersPerLeader}.
     */
    private void promoteGroupLeaders() {
        Members m = members;
        int[] groupOf = groups.memberGroups();
        for (int g = 0; g < groups.count(); g++) {
            if (!groups.alive(g)) continue;
            int size = groups.size(g);
            // A group's list is in joining order, so a big group's members lie all over memory; a
            // group of more than a quarter of the community (the one group of all, with groups
            // off) is read through the member list instead, in id order, keeping its own members.
            // The same members either way: a group's list holds members of the list (leavers
            // leave both at the day's end), and what is decided does not depend on the order.
            boolean viaMembers = size > (m.aliveCount() >> 2);
            int[] ids = viaMembers ? m.alive : groups.members(g);
            int n = viaMembers ? m.aliveCount() : size;
            // groups born today were not in the census; their members were counted in their old group
            boolean counted = g < census.active.length && g < countedGroups;
            if (counted && census.idleLeaders[g] > 0) {
                for (int i = 0; i < n; i++) {
                    int id = ids[i];
                    if (groupOf[id] != g) continue;
                    if ((m.flags[id] & Members.FLAG_GROUP_LEADER) != 0 && m.role[id] == Role.INACTIVE.code) {
                        m.flags[id] &= ~Members.FLAG_GROUP_LEADER;
                        groups.addLeaders(g, -1);
                    }
                }
            }
            int wanted = (size + config.membersPerLeader() - 1) / config.membersPerLeader() - groups.leaders(g);
            if (wanted <= 0) continue;
            // the most engaged candidates (ties: the lower id), kept in a min-heap of the wanted size
            TopKeys best = top.reset(wanted);
            for (int i = 0; i < n; i++) {
                int id = ids[i];
                if (groupOf[id] != g || (m.flags[id] & Members.FLAG_GROUP_LEADER) != 0 || !m.isAlive(id) || m.role[id] == Role.INACTIVE.code) continue;
                best.offer(TopKeys.of(m.engagement[id], id));
            }
            for (int i = 0; i < best.size(); i++) m.flags[best.id(i)] |= Members.FLAG_GROUP_LEADER;
            groups.addLeaders(g, best.size());
        }
    }

    /** Tops opinion leaders up to {@code targetShare} of members from the top contributors (content created). */
    private void promoteOpinionLeaders() {
        Members m = members;
        int wanted = (int) Math.ceil(leadersConfig.targetShare() * m.aliveCount()) - opinionLeaders;
        if (wanted <= 0) return;
        TopKeys best = top.reset(wanted);
        for (int k = 0, count = m.aliveCount(); k < count; k++) {
            int id = m.alive[k];
            if (!m.isAlive(id) || (m.flags[id] & Members.FLAG_OPINION_LEADER) != 0 || m.contentCount[id] == 0) continue;
            best.offer(TopKeys.of(m.contentCount[id], id));
        }
        for (int i = 0; i < best.size(); i++) m.flags[best.id(i)] |= Members.FLAG_OPINION_LEADER;
        opinionLeaders += best.size();
    }

    /** Flags the {@code seedCount} most engaged founders as opinion leaders. */
    public void seedOpinionLeaders() {
        Members m = members;
        Integer[] founders = new Integer[m.aliveCount()];
        for (int k = 0; k < founders.length; k++) founders[k] = m.alive[k];
        Arrays.sort(founders, (a, b) -> m.engagement[a] != m.engagement[b]
                ? Float.compare(m.engagement[b], m.engagement[a]) : Integer.compare(a, b));
        for (int i = 0; i < Math.min(leadersConfig.seedCount(), founders.length); i++) {
            m.flags[founders[i]] |= Members.FLAG_OPINION_LEADER;
        }
    }

    public int births() {
        return births;
    }

    public int deaths() {
        return deaths;
    }

    public int opinionLeaders() {
        return opinionLeaders;
    }

    public int groupLeaders() {
        return groupLeaders;
    }

    public boolean enabled() {
        return enabled;
    }
}
