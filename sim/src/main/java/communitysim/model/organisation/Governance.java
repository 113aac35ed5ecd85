package communitysim.model.organisation;

import communitysim.scenario.Scenario;

/**
 * Who handles members' needs, and how coherently the community acts (sources 001, 000).
 *
 * <p>Each active member raises {@code needsPerActive} needs a day. The central team takes a share
 * r (the centralisation ratio) up to its fixed capacity; its handling is unified. Group leaders
 * and peers take the rest, group by group: a group's capacity is its leaders' capacity plus peer
 * support, and only {@code leaderCompetence} of what they handle ends well. Decentralised handling
 * also needs coordination through one connector, {@code connectorLoad} per group scaled by 1 - r;
 * beyond the connector's capacity, node handling degrades in proportion. A member's unmet share is
 * {@code r (1 - s_central) + (1 - r)(1 - s_group)}.
 *
 * <p>Coherent action {@code A = r s_central + (1 - r) s_nodes / (1 + fragmentation (groups - 1))}:
 * central handling counts fully when it gets done, node handling counts for less the more groups
 * it is split across. Community value is {@code V = active members x A} (source 004).
 */
public final class Governance {
    private Scenario.Governance config;
    private double[] unmetShare = new double[16];
    private double ratio;
    private double coherence = 1;
    private double unmetNeeds;
    private double centralLoad;

    public Governance(Scenario.Governance config) {
        this.config = config;
    }

    /** The knobs changed mid-run; today's shares and coherence stand until the next settlement. */
    public void reconfigure(Scenario.Governance next) {
        this.config = next;
    }

    /**
     * Settles today's needs.
     *
     * @param activeByGroup active members today, by group id
     * @param leadersByGroup group leaders, by group id
     * @param groups        group ids in use (dead groups have no active members)
     * @param liveGroups    groups alive today, for fragmentation and the connector's load
     */
    public void settle(int day, int[] activeByGroup, int[] leadersByGroup, int groups, int liveGroups) {
        ratio = config.ratioOn(day);
        if (unmetShare.length < groups) unmetShare = java.util.Arrays.copyOf(unmetShare, Math.max(groups, unmetShare.length * 2));
        double needs = 0;
        for (int g = 0; g < groups; g++) needs += activeByGroup[g] * config.needsPerActive();
        double central = ratio * needs;
        double centralHandled = Math.min(central, config.centralCapacity());
        double centralSatisfied = central > 0 ? centralHandled / central : 1;
        // the schema keeps the capacity at one need a day or more, so the load is always a number
        centralLoad = central > 0 ? central / config.centralCapacity() : 0;
        double connector = config.connectorLoad() * liveGroups * (1 - ratio);
        double connectorFactor = connector > config.connectorCapacity() ? config.connectorCapacity() / connector : 1;
        double nodeNeeds = 0;
        double nodeHandled = 0;
        double unmet = 0;
        for (int g = 0; g < groups; g++) {
            double groupNeeds = activeByGroup[g] * config.needsPerActive();
            double toNodes = (1 - ratio) * groupNeeds;
            double capacity = leadersByGroup[g] * config.leaderCapacity() + activeByGroup[g] * config.selfHelp();
            double handled = Math.min(toNodes, capacity) * config.leaderCompetence() * connectorFactor;
            double groupSatisfied = toNodes > 0 ? handled / toNodes : 1;
            unmetShare[g] = ratio * (1 - centralSatisfied) + (1 - ratio) * (1 - groupSatisfied);
            nodeNeeds += toNodes;
            nodeHandled += handled;
            unmet += groupNeeds * unmetShare[g];
        }
        unmetNeeds = unmet;
        double nodesSatisfied = nodeNeeds > 0 ? nodeHandled / nodeNeeds : 1;
        double nodeCoherence = 1 / (1 + config.fragmentation() * Math.max(0, liveGroups - 1));
        coherence = ratio * centralSatisfied + (1 - ratio) * nodesSatisfied * nodeCoherence;
    }

    /**
     * A group was opened: it takes the unmet share of {@code parent} (-1: none, so nothing unmet).
     * Groups open after the day's needs are settled (splits, topic groups, a new home for members
     * of a dead group), and their members were settled in the parent group; the passes that follow
     * (churn) read the share by the member's current group, so every group id in use has one.
     */
    public void opened(int group, int parent) {
        if (unmetShare.length <= group) unmetShare = java.util.Arrays.copyOf(unmetShare, Math.max(group + 1, unmetShare.length * 2));
        unmetShare[group] = parent >= 0 ? unmetShare[parent] : 0;
    }

    /** Unmet share of needs in group g today, in [0, 1]. */
    public double unmetShare(int g) {
        return unmetShare[g];
    }

    public double[] unmetShares() {
        return unmetShare;
    }

    public double ratio() {
        return ratio;
    }

    public double coherence() {
        return coherence;
    }

    public double unmetNeeds() {
        return unmetNeeds;
    }

    /** Central demand over central capacity (above 1: saturated). */
    public double centralLoad() {
        return centralLoad;
    }
}
