package communitysim.metrics;

import communitysim.model.ContributorTally;
import communitysim.model.DayTally;
import communitysim.model.Members;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Participation's shares against a direct computation over sorted counts: while every count is
 * small (counted), when one keen member spreads them over a wide range (sorted) and once a member
 * passes 2^16 pieces (radix-sorted, and then leaves with them), with leavers (whose counts reach
 * the pass through the model's tally, not their slots) and one-day contributors among the members,
 * and the same instance reused across days.
 */
class ParticipationUnitTest {
    @Test
    void sharesMatchADirectComputationWithSmallAndLargeCounts() {
        java.util.Random random = new java.util.Random(5);
        Members m = new Members(16, Members.Columns.ALL);
        Participation p = new Participation();
        DayTally tally = new DayTally();
        for (int day = 1; day <= 40; day++) {
            for (int i = 0; i < 50; i++) m.add(day, 0.5f, 0.3f, 0.5f, 1f, false, false);
            java.util.List<Integer> leaving = new java.util.ArrayList<>();
            if (day == 10) m.recordContent(7, day, 30_000, tally); // few values over a wide range: sorted, not walked
            if (day == 30) m.recordContent(3, day, 70_000, tally); // past what the counts hold
            if (day == 31) leaving.add(3); // and leaves with it: the leavers' tally lists it
            for (int id = 0; id < m.size(); id++) {
                if (m.isAlive(id) && random.nextInt(5) == 0) m.recordContent(id, day, 1 + random.nextInt(3), tally);
                if (m.isAlive(id) && id != 3 && random.nextInt(40) == 0) leaving.add(id);
            }
            leave(m, leaving);
            p.compute(m, null);
            String where = "day " + day;
            assertEquals(direct(m, true, 0.01), p.top1, 1e-12, where);
            assertEquals(direct(m, true, 0.10), p.top10, 1e-12, where);
            assertEquals(direct(m, false, 0.01), p.top1All, 1e-12, where);
            assertEquals(direct(m, false, 0.10), p.top10All, 1e-12, where);
            assertEquals(directGini(m), p.gini, 1e-12, where);
            assertEquals(oneDay(m, true), p.oneDay, 1e-12, where);
            assertEquals(oneDay(m, false), p.oneDayAll, 1e-12, where);
            // read off a tally of the current members (as the churn pass keeps it), to the last bit
            Participation tallied = new Participation();
            tallied.compute(m, tallyOf(m));
            double[] walked = {p.top1, p.top10, p.gini, p.oneDay, p.top1All, p.top10All, p.oneDayAll};
            double[] read = {tallied.top1, tallied.top10, tallied.gini, tallied.oneDay, tallied.top1All, tallied.top10All, tallied.oneDayAll};
            assertEquals(Arrays.toString(walked), Arrays.toString(read), where + ": from the tally");
        }
    }

    /** The current contributors' tally, in reverse member order (the order must not matter). */
    private static ContributorTally tallyOf(Members m) {
        ContributorTally t = new ContributorTally();
        for (int k = m.aliveCount() - 1; k >= 0; k--) {
            int id = m.alive[k];
            if (m.contentCount[id] > 0) t.record(m.contentCount[id], (m.flags[id] & Members.FLAG_REPEAT) != 0);
        }
        return t;
    }

    /** Members leave as at the end of a day: marked gone, their content tallied, dropped from the current list. */
    private static void leave(Members m, java.util.List<Integer> leaving) {
        for (int id : leaving) {
            m.markGone(id);
            m.recordDeparture(id);
        }
        int kept = 0;
        for (int k = 0; k < m.aliveCount(); k++) if (m.isAlive(m.alive[k])) m.alive[kept++] = m.alive[k];
        m.closeGaps(m.alive.length, new int[] {kept}, 1);
    }

    private static long[] counts(Members m, boolean liveOnly) {
        return java.util.stream.IntStream.range(0, m.size())
                .filter(id -> m.contentCount[id] > 0 && (!liveOnly || m.isAlive(id)))
                .mapToLong(id -> m.contentCount[id]).sorted().toArray();
    }

    private static double direct(Members m, boolean liveOnly, double fraction) {
        long[] c = counts(m, liveOnly);
        if (c.length == 0) return 0;
        int k = Math.max(1, (int) Math.ceil(fraction * c.length));
        double top = 0;
        for (int i = c.length - k; i < c.length; i++) top += c[i];
        return top / Arrays.stream(c).sum();
    }

    private static double directGini(Members m) {
        long[] c = counts(m, true);
        if (c.length == 0) return 0;
        double weighted = 0;
        for (int i = 0; i < c.length; i++) weighted += (2.0 * (i + 1) - c.length - 1) * c[i];
        return weighted / (c.length * (double) Arrays.stream(c).sum());
    }

    private static double oneDay(Members m, boolean liveOnly) {
        long n = 0, once = 0;
        for (int id = 0; id < m.size(); id++) {
            if (m.contentCount[id] == 0 || (liveOnly && !m.isAlive(id))) continue;
            n++;
            if ((m.flags[id] & Members.FLAG_REPEAT) == 0) once++;
        }
        return n == 0 ? 0 : (double) once / n;
    }
}
