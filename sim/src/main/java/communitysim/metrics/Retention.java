package communitysim.metrics;

/**
 * Cohort retention of one replicate. Cohort c is the members who joined in week c (days 7c+1..7c+7;
 * the seed group is cohort 0 with day-0 joiners). For each cohort and each week w since joining,
 * {@code members[c][w]} is how many of the cohort were still members at the end of that week and
 * {@code active[c][w]} how many of them were active at least once during it. A cell is -1 when that
 * week lies beyond the horizon (not observed).
 */
public record Retention(int[] cohortSize, int[][] members, int[][] active) {}
