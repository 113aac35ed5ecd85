package communitysim.claims;

import communitysim.metrics.Metric;
import communitysim.run.RunResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static communitysim.claims.ClaimRuns.assertWithin;
import static communitysim.claims.ClaimRuns.finalDay;

/**
 * Participation inequality emerges from members' own propensities and cumulative advantage, not
 * from a target share: under the baseline's defaults over two years, among everyone who ever
 * contributed, the top 1% create 40-80% of content and the top 10% 75-95% (the range of real
 * communities: 59-67% and 85-87% in three open-source histories, 74% and 98% in online health
 * communities), and 40-80% of contributors contribute on one day only (61-66% in the three
 * histories; newcomers' drive-by contributions, {@code newMember.arrivalContent}). It must hold without opinion leaders too, whose extra content could otherwise
 * carry it. Each range is an equivalence test (two one-sided t-tests, TOST) over 120 fixed-seed
 * replicates, each side at p &lt; 0.05, the usual level of an equivalence test: one keen member more or
 * less moves a replicate's shares a lot, so the mean is what is held to the range.
 *
 * <p>The replicate count comes from the tightest case. A pilot of 160 replicates (2026-11-27)
 * gave, without opinion leaders, a top-10% share of 0.805 (sd 0.198), 0.055 inside its bound; to
 * find a mean that far inside at p &lt; 0.05 with power 0.9 takes
 * {@code ((1.645 + 1.282) * 0.198 / 0.055)^2 = 111} replicates. The one-day share without leaders
 * (0.753, sd 0.104, 0.047 inside) needs 42 and the others fewer. With 30 replicates the test
 * passed or failed with the random stream: a change of generator moved the first mean to 0.762.
 */
@Tag("slow")
class ParticipationTest {
    /** See the class comment for how this count follows from the pilot's spread. */
    private static final int REPLICATES = 120;

    @Test
    void aFewContributorsCreateMostContentWithAndWithoutOpinionLeaders() throws Exception {
        for (String[] leaders : new String[][] {{}, {"leaders.seedCount=0", "leaders.targetShare=0"}}) {
            String which = leaders.length == 0 ? "with opinion leaders" : "without opinion leaders";
            String[] sets = new String[leaders.length + 1];
            sets[0] = "days=730";
            System.arraycopy(leaders, 0, sets, 1, leaders.length);
            RunResult run = ClaimRuns.run("baseline.yaml", REPLICATES, sets);
            double[] top1 = finalDay(run, Metric.CONTENT_TOP1_SHARE_ALL);
            double[] top10 = finalDay(run, Metric.CONTENT_TOP10_SHARE_ALL);
            assertWithin(top1, 0.40, 0.80, which + ": top 1% share of content");
            assertWithin(top10, 0.75, 0.95, which + ": top 10% share of content");
            assertWithin(finalDay(run, Metric.ONE_DAY_CONTRIBUTORS_ALL), 0.40, 0.80, which + ": share who contributed on one day only");
        }
    }
}
