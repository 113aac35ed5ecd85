package communitysim.model;

import communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A member's propensity is lognormal with mean 1 and the configured spread; the external rate grows as configured. */
class PropensityTest {
    @Test
    void lognormalWithMeanOneAndTheGivenSpread() {
        double sd = 1.2;
        Propensity p = new Propensity(42, sd);
        int n = 200_000;
        double sum = 0, sumLog = 0, sumLogSq = 0;
        for (int id = 0; id < n; id++) {
            double v = p.of(id);
            sum += v;
            sumLog += Math.log(v);
            sumLogSq += Math.log(v) * Math.log(v);
        }
        double meanLog = sumLog / n, sdLog = Math.sqrt(sumLogSq / n - meanLog * meanLog);
        // standard errors: mean sqrt(e^{sd^2} - 1) / sqrt(n) = 0.0040; log-mean sd / sqrt(n) = 0.0027; log-sd sd / sqrt(2n) = 0.0019
        assertEquals(1, sum / n, 5 * 0.0040);
        assertEquals(-sd * sd / 2, meanLog, 5 * 0.0027);
        assertEquals(sd, sdLog, 5 * 0.0019);
    }

    @Test
    void noSpreadMeansEveryoneIsAlikeAndTheDrawIsTheSameWhoeverAsks() {
        assertEquals(1f, new Propensity(7, 0).of(12345));
        assertEquals(new Propensity(7, 2).of(99), new Propensity(7, 2).of(99));
    }

    @Test
    void externalRateGrowsExponentiallyAYear() {
        var e = new Scenario.External(Scenario.RateUnit.perDay, 2.0, 0.25, List.of(new Scenario.Step(730, 4.0)), List.of());
        assertEquals(2.0, e.rateOn(0), 1e-12);
        assertEquals(2.0 * Math.exp(0.25), e.rateOn(365), 1e-9);
        assertEquals(4.0 * Math.exp(0.5), e.rateOn(730), 1e-9);
    }
}
