package communitysim.model.rewards;

import java.math.BigInteger;

/** The budget in equal daily parts: cumulative {@code floor(B * d / D)}, exactly B on day D. */
final class LinearEmission implements EmissionSchedule {
    private final BigInteger budget;
    private final int days;

    LinearEmission(long budget, int days) {
        this.budget = BigInteger.valueOf(budget);
        this.days = days;
    }

    @Override
    public long cumulativeThrough(int day) {
        int d = Math.max(0, Math.min(day, days));
        return budget.multiply(BigInteger.valueOf(d)).divide(BigInteger.valueOf(days)).longValueExact();
    }
}
