package communitysim.model.rewards;

/**
 * The community's token accounts in base units, cumulative over the run. Every base unit emitted is
 * in exactly one place: paid to members, paid to partners, burned, or carried to tomorrow's pool;
 * current members' balances, with what leavers took ({@code Members.leaversBalance}), hold what was
 * paid to members less what they sold.
 */
public final class TokenLedger {
    public long budget;
    public long emitted;
    /** Paid to members for tasks and as core-node shares. */
    public long paid;
    public long partners;
    public long sold;
    public long burned;
    /** Unspent emission rolled over, waiting in the pool. */
    public long carried;
    /** Paid to members today (for rewards per active member). */
    public long paidToday;

    /** emitted == paid + partners + burned + carried, the conservation law the tests check daily. */
    public boolean balanced() {
        return emitted == paid + partners + burned + carried && emitted <= budget;
    }
}
