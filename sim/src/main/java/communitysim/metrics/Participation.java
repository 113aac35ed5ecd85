package communitysim.metrics;

import communitysim.model.Members;
import communitysim.model.ContributorTally;

/**
 * Participation inequality among contributors (members who created content at least once): the
 * share of content by the top 1% and top 10% of them, the Gini of their content, and the share
 * who contributed on one day only. Read twice: over current members (the live community) and over
 * everyone who ever contributed, those who left included (what a project's full history shows).
 * The current contributors' counts come from the tally the churn pass keeps on the days these
 * metrics are read ({@link communitysim.model.CommunityModel#contributorsToday()}), else from a
 * tally taken here; the distribution over everyone merges them with the tally of
 * contributors who left that the model keeps as they leave ({@link Members#pastContributors()}),
 * count by count.
 */
final class Participation {
    private final BalanceDistribution current = new BalanceDistribution();
    private final BalanceDistribution ever = new BalanceDistribution();

    /** Tallies the current members, when the churn pass has not. */
    private final ContributorTally walked = new ContributorTally();

    double top1, top10, gini, oneDay, top1All, top10All, oneDayAll;

    /**
     * Over the current members of {@code m}, read off {@code today} (their tally) when there is one,
     * else tallied here; everyone who ever contributed is they, merged by their counts, and the leavers' tally.
     */
    void compute(Members m, ContributorTally today) {
        if (today == null) {
            walked.tallyCurrent(m);
            today = walked;
        }
        current.begin();
        add(current, today);
        current.end();
        ContributorTally past = m.pastContributors();
        ever.begin();
        ever.addAll(current);
        add(ever, past);
        ever.end();
        int n = ever.size(), live = current.size();
        top1 = current.topShare(0.01);
        top10 = current.topShare(0.10);
        gini = current.gini();
        oneDay = live == 0 ? 0 : (double) today.once() / live;
        top1All = ever.topShare(0.01);
        top10All = ever.topShare(0.10);
        oneDayAll = n == 0 ? 0 : (double) (today.once() + past.once()) / n;
    }

    /** Adds a tally's contributors to {@code d}: counted ones by their counts, wide ones one by one. */
    private static void add(BalanceDistribution d, ContributorTally tally) {
        d.addCounts(tally.byCount(), tally.upTo());
        for (int i = 0; i < tally.wideCount(); i++) d.add(tally.wide(i));
    }
}
