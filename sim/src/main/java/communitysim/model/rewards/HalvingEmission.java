package communitysim.model.rewards;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A daily amount that halves every H days (period k pays {@code r / 2^k} a day), with r chosen so
 * that the emission spends the budget exactly by day D. With S(d) the emission through day d in
 * units of r, {@code S(d) = 2H(1 - 2^-p) + (d - pH) 2^-p} for {@code p = floor(d / H)}, and the
 * cumulative emission is {@code floor(B * S(d) / S(D))}, computed in exact decimal arithmetic.
 */
final class HalvingEmission implements EmissionSchedule {
    private static final MathContext PRECISION = new MathContext(60, RoundingMode.DOWN);

    private final BigDecimal budget;
    private final int days;
    private final int halvingDays;
    private final BigDecimal total;

    HalvingEmission(long budget, int days, int halvingDays) {
        this.budget = BigDecimal.valueOf(budget);
        this.days = days;
        this.halvingDays = halvingDays;
        this.total = units(days);
    }

    /** S(d): emission through day d in units of the first period's daily amount. */
    BigDecimal units(int day) {
        int p = day / halvingDays;
        // 2^-p is an exact decimal; past 2^-200 it is far below the 60 digits the division keeps
        BigDecimal half = p > 200 ? BigDecimal.ZERO : BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow(p));
        BigDecimal full = BigDecimal.valueOf(2L * halvingDays).multiply(BigDecimal.ONE.subtract(half));
        return full.add(BigDecimal.valueOf(day - (long) p * halvingDays).multiply(half));
    }

    @Override
    public long cumulativeThrough(int day) {
        int d = Math.max(0, Math.min(day, days));
        if (d == days) return budget.longValueExact();
        return budget.multiply(units(d)).divide(total, PRECISION).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
