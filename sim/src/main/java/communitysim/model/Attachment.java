package communitysim.model;

import communitysim.model.organisation.Organisation;
import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/**
 * How a newcomer links into the social graph (see {@link SocialGraph}): its first link goes to its
 * referrer (if {@code linkReferrer}); each further link is, by the first rule that applies, a mate in
 * its own subgroup (with probability {@code ownGroupLinks}), a neighbour of its previous link
 * (triadic closure, {@code triadicClosure}), or a member drawn in proportion to degree (preferential
 * attachment); after a few failed attempts (a full or departed target, a repeated link) a uniform
 * member. Not used under complete mixing.
 */
final class Attachment {
    private final Scenario.Network network;
    private final double ownGroupLinks;
    private final SocialGraph graph;
    private final Members members;
    private final Organisation organisation;
    private final MersenneTwisterFast random;

    Attachment(Scenario scenario, SocialGraph graph, Members members, Organisation organisation, MersenneTwisterFast random) {
        this.network = scenario.network();
        this.ownGroupLinks = organisation.enabled() ? scenario.groups().ownGroupLinks() : 0;
        this.graph = graph;
        this.members = members;
        this.organisation = organisation;
        this.random = random;
    }

    /**
     * Links newcomer {@code id}; {@code activeYesterday} is the bitset of members active yesterday,
     * whose links count towards the newcomer's active neighbours today.
     */
    void attach(int id, int referrer, long[] activeYesterday) {
        graph.ensureMembers(id + 1);
        int previous = -1;
        for (int e = 0; e < network.edgesPerJoin(); e++) {
            for (int attempt = 0; attempt < 8; attempt++) {
                int target;
                if (e == 0 && attempt == 0 && referrer >= 0 && network.linkReferrer()) target = referrer;
                else if (attempt < 4 && ownGroupLinks > 0 && random.nextDouble() < ownGroupLinks) target = organisation.groupMate(id, random);
                else if (previous >= 0 && attempt < 4 && random.nextDouble() < network.triadicClosure()) target = graph.randomNeighbour(previous, random);
                else if (attempt < 6) target = graph.degreeProportional(random);
                else target = -1;
                if (target < 0 || !members.isAlive(target)) target = uniformMember();
                if (target >= 0 && graph.link(id, target, network.maxDegree())) {
                    if (((activeYesterday[target >>> 6] >>> target) & 1) != 0) graph.countActiveNeighbour(id);
                    previous = target;
                    break;
                }
            }
        }
    }

    private int uniformMember() {
        int n = members.aliveCount();
        return n <= 1 ? -1 : members.alive[random.nextInt(n)];
    }
}
