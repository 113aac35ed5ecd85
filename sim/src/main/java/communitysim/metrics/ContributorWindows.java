package communitysim.metrics;

import communitysim.model.DayTally;

/**
 * Distinct contributors over trailing windows (7 and 30 days, today included), without a set per
 * day: {@code lastDay[d]} counts the members whose latest piece of content was on day d, members
 * who have since left included (real series count them too). Each day moves today's contributors
 * from the day of their previous piece to today; a window's count is then a sum over its days.
 */
final class ContributorWindows {
    private final long[] lastDay;

    ContributorWindows(int days) {
        lastDay = new long[days + 1];
    }

    void record(int day, DayTally t) {
        lastDay[day] += t.contributors;
        for (int k = 1; k < t.contributorsSince.length && k <= day; k++) lastDay[day - k] -= t.contributorsSince[k];
    }

    /** Members whose latest piece falls within the {@code window} days ending on {@code day}. */
    long within(int day, int window) {
        if (window > DayTally.CONTRIBUTOR_WINDOW) throw new IllegalArgumentException("window over " + DayTally.CONTRIBUTOR_WINDOW + " days");
        long n = 0;
        for (int d = Math.max(0, day - window + 1); d <= day; d++) n += lastDay[d];
        return n;
    }
}
