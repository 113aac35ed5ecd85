package communitysim.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The number formats of everything the tool writes: one for files ({@link #format}, every CSV and the
 * JSON numbers) and one for people ({@link #readable}, terminal headlines and pages).
 *
 * <p>{@link #format} is deterministic, compact and free of float noise:
 * <ul>
 *   <li>integral values with {@code |v| < 1e15} as plain integers ({@code 42}, not {@code 42.0});</li>
 *   <li>any other finite value rounded to 12 significant digits (half-even, from the exact binary
 *       value) and written without trailing zeros: {@code 0.1 + 0.2 + 0.3} is {@code 0.6}, not
 *       {@code 0.6000000000000001}. Twelve digits keep far more than any simulated figure means
 *       and stay clear of the last-bit errors that sums and quotients pick up (about 1e-16 each);</li>
 *   <li>plain decimals for {@code 1e-9 <= |v| < 1e15} ({@code 0.000012}, not {@code 1.2E-5}), so a
 *       spreadsheet shows what it reads; an exponent only outside that ({@code 1.5E-12}, {@code 1E+15});</li>
 *   <li>{@code NaN} as the empty string, which CSV readers take as missing; infinities as
 *       {@code Infinity} / {@code -Infinity}.</li>
 * </ul>
 * Formatting a formatted value again gives the same text, which a sweep's resume relies on.
 */
public final class Numbers {

    // Below 2^53 every integral double is exact; 1e15 keeps well inside that and under 16 digits.
    private static final double INTEGRAL_LIMIT = 1e15;
    private static final MathContext SIGNIFICANT = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final double PLAIN_FROM = 1e-9;
    private static final double GROUPED_FROM = 1000;
    private static final MathContext READABLE = new MathContext(4, RoundingMode.HALF_EVEN);

    private Numbers() {}

    public static String format(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == Math.rint(v) && Math.abs(v) < INTEGRAL_LIMIT) return Long.toString((long) v);
        BigDecimal rounded = new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros();
        double abs = Math.abs(rounded.doubleValue());
        return abs >= PLAIN_FROM && abs < INTEGRAL_LIMIT ? rounded.toPlainString() : rounded.toString();
    }

    /**
     * A figure as a person reads it in a terminal or on a page, the same on every machine: from 1,000
     * a whole number with thousands separators ({@code 112,700}), below that four significant digits
     * ({@code 986.3}, {@code 0.3284}, {@code 0.00012}); {@code n/a} for NaN.
     */
    public static String readable(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == 0) return "0";
        double abs = Math.abs(v);
        if (abs >= GROUPED_FROM) return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(Math.round(v));
        BigDecimal rounded = new BigDecimal(v).round(READABLE).stripTrailingZeros();
        return abs >= PLAIN_FROM ? rounded.toPlainString() : rounded.toString();
    }
}
