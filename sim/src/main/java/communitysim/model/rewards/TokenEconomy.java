package communitysim.model.rewards;

import communitysim.scenario.Scenario;

/**
 * The token economy the member passes pay through: behaviour mining ({@link TaskRewards}) when the
 * scenario's rewards are on, else {@link #NONE}, which pays nothing and pulls nobody, so no caller
 * has to ask whether there is an economy. A pass that would only do token work asks
 * {@link #enabled()} once per chunk and skips it.
 */
public interface TokenEconomy {
    /** No token economy: no levels, no pay, no pull. */
    TokenEconomy NONE = new TokenEconomy() {
        @Override public boolean enabled() { return false; }
        @Override public void openDay(int day, long coreNodes) {}
        @Override public int levelFor(double engagement) { return -1; }
        @Override public double pull(int level) { return 0; }
        @Override public void price(long[] tasksByLevel) {}
        @Override public long payPerTask(int level) { return 0; }
        @Override public long corePerNode() { return 0; }
        @Override public void closeDay(long paidForTasks, long paidToCore, long sold) {}
    };

    /** Behaviour mining if the scenario's rewards are on, else {@link #NONE}. */
    static TokenEconomy of(Scenario.Rewards config) {
        return config.enabled() ? new TaskRewards(config) : NONE;
    }

    /** Whether tokens move at all. */
    boolean enabled();

    /** The day's emission arrives; {@code coreNodes} share the core-node part. */
    void openDay(int day, long coreNodes);

    /** The task level a member of this engagement works at, or -1 for none. */
    int levelFor(double engagement);

    /** The activation pull of the expected reward at {@code level}; 0 for level -1 (none). */
    double pull(int level);

    /** Sets today's pay per task from the tasks done at each level. */
    void price(long[] tasksByLevel);

    /** Today's pay for one task at {@code level}, in base units; 0 for level -1 (none). */
    long payPerTask(int level);

    /** Today's pay to each core node, in base units. */
    long corePerNode();

    /** The day's payments are settled: what is left rolls over or burns. */
    void closeDay(long paidForTasks, long paidToCore, long sold);
}
