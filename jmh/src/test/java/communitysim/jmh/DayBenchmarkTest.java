package communitysim.jmh;

import communitysim.model.CommunityModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmarks' set-up must keep working as the model changes; this runs it once, untimed. */
class DayBenchmarkTest {
    @Test
    void aDayOfTheBenchCommunityRuns() throws Exception {
        DayBenchmark day = new DayBenchmark();
        day.members = 2000;
        day.threads = 2;
        day.startCommunity();
        day.oneDay();
        day.stop();
        CommunityModel model = DayBenchmark.community(2000, 1);
        for (int i = 0; i < 31; i++) model.schedule.step(model);
        assertEquals(31, model.day());
        assertTrue(model.members.aliveCount() > 1000, "members: " + model.members.aliveCount());
        model.finish();
    }

    @Test
    void distributionsAreComputed() {
        DistributionBenchmark d = new DistributionBenchmark();
        d.members = 1000;
        d.fill();
        double gini = d.balancesGini();
        assertTrue(gini > 0.5 && gini < 1, "gini " + gini);
        double top = d.contentTopShare();
        assertTrue(top > 0.01 && top <= 1, "top 1% share " + top);
    }
}
