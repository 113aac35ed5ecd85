package communitysim.model;

/**
 * The six member types of source 003 as a ladder of involvement. A member climbs or slips one rung
 * at a time (see {@link RoleTransitions}); {@link #code} is what the member store keeps.
 */
public enum Role {
    INACTIVE, ONLOOKER, PARTICIPANT, COLLECTOR, COMMENTER, CREATOR;

    private static final Role[] ALL = values();

    public final byte code = (byte) ordinal();

    public static Role of(int code) {
        return ALL[code];
    }

    public static int count() {
        return ALL.length;
    }
}
