package communitysim.model;

import communitysim.scenario.Scenario;

/**
 * The per-role behaviour knobs as arrays indexed by role code, for the hot loops. An inactive
 * member who comes back behaves as an onlooker until the role phase moves it.
 */
public final class RoleTable {
    public final double[] minEngagement = new double[Role.count()];
    public final double[] content = new double[Role.count()];
    public final double[] interaction = new double[Role.count()];
    public final double[] referral = new double[Role.count()];
    /** Whether each role asks at least as much engagement as the one below (as by default). */
    private final boolean ladder;

    public RoleTable(Scenario.Roles roles) {
        set(Role.INACTIVE, roles.onlooker());
        set(Role.ONLOOKER, roles.onlooker());
        set(Role.PARTICIPANT, roles.participant());
        set(Role.COLLECTOR, roles.collector());
        set(Role.COMMENTER, roles.commenter());
        set(Role.CREATOR, roles.creator());
        minEngagement[Role.ONLOOKER.ordinal()] = 0;
        boolean rising = true;
        for (int r = Role.ONLOOKER.ordinal() + 1; r <= Role.CREATOR.ordinal(); r++) rising &= minEngagement[r] >= minEngagement[r - 1];
        ladder = rising;
    }

    private void set(Role role, Scenario.RoleBehaviour b) {
        int r = role.ordinal();
        minEngagement[r] = b.minEngagement();
        content[r] = b.content();
        interaction[r] = b.interaction();
        referral[r] = b.referral();
    }

    /** The highest role whose engagement requirement is met (onlooker at least). */
    public int ceiling(double engagement) {
        if (ladder) {
            // the roles met are those from the onlooker up to the ceiling: count them, without a
            // branch per rung (which engagement spread around the thresholds would mispredict)
            int ceiling = Role.ONLOOKER.ordinal();
            for (int r = Role.ONLOOKER.ordinal() + 1; r <= Role.CREATOR.ordinal(); r++) ceiling += engagement >= minEngagement[r] ? 1 : 0;
            return ceiling;
        }
        for (int r = Role.CREATOR.ordinal(); r > Role.ONLOOKER.ordinal(); r--) {
            if (engagement >= minEngagement[r]) return r;
        }
        return Role.ONLOOKER.ordinal();
    }
}
