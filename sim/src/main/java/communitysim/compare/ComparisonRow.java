package communitysim.compare;

import communitysim.metrics.SummaryStats;
import communitysim.output.Scope;

/**
 * One row of {@code comparison.csv}: a headline metric, in one scope, for one scenario.
 *
 * @param scenario index of the scenario in the comparison (0 is the reference)
 * @param stats    the scenario's mean and 95% interval across replicates
 * @param paired   against the first scenario; null for the first scenario itself
 * @param pHolm    {@code paired}'s p-value after Holm's adjustment; NaN for the first scenario
 * @param verdict  null for the first scenario
 */
public record ComparisonRow(HeadlineMetric metric, Scope scope, int scenario, String label, SummaryStats stats,
                            PairedResult paired, double pHolm, Verdict verdict) {

    public boolean isReference() {
        return paired == null;
    }
}
