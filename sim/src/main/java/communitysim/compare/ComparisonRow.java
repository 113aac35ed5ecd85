package communitysim.compare;

import communitysim.metrics.SummaryStats;
import communitysim.output.Scope;

/**
 * One row of {@code comparison.csv}: a headline metric, in one scope, for one scenario.
 *
 * @param scenario   index of the scenario in the comparison (0 is the reference)
 * @param stats      the scenario's mean and 95% interval across replicates
 * @param paired     against the first scenario; null for the first scenario itself
 * @param pHolm      {@code paired}'s p-value after Holm's adjustment; NaN for the first scenario
 * @param adjLevel   the level a of the adjusted interval ({@link Holm#levels}): {@code 1 - adjLevel} is its
 *                   confidence; NaN when the row was no test
 * @param adjCiLow   the mean difference's interval at {@code 1 - adjLevel}: it excludes 0 exactly when the
 *                   Holm-adjusted test is significant (for the t-test; a rank test that disagrees is mixed)
 * @param adjCiHigh  see {@code adjCiLow}
 * @param verdict    null for the first scenario
 */
public record ComparisonRow(HeadlineMetric metric, Scope scope, int scenario, String label, SummaryStats stats,
                            PairedResult paired, double pHolm, double adjLevel, double adjCiLow, double adjCiHigh,
                            Verdict verdict) {

    public boolean isReference() {
        return paired == null;
    }
}
