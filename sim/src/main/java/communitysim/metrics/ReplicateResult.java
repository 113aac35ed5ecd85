package communitysim.metrics;

/**
 * Everything one replicate reports.
 *
 * @param daily        {@code daily[d][m]} is metric {@code m} (by {@link Metric#ordinal()}) on day {@code d + 1}
 * @param lorenzPopulation cumulative population share at each Lorenz point (0..1, ascending)
 * @param lorenzShare  cumulative share of balances held by the poorest {@code lorenzPopulation} share
 * @param memberDays   member-days simulated (the sum of members over days), for throughput figures
 * @param groups       the life of every subgroup it opened
 * @param wallNanos    wall time of this replicate
 */
public record ReplicateResult(int replicate, long seed, double[][] daily, Retention retention,
                              double[] lorenzPopulation, double[] lorenzShare,
                              long memberDays, GroupLives groups, long wallNanos) {}
