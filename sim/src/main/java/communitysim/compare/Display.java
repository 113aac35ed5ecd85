package communitysim.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report shows them to people (the CSV keeps every digit): four significant digits, whole
 * numbers with thousands separators from 1,000, the same on every machine.
 */
public final class Display {

    private static final MathContext SIGNIFICANT = new MathContext(4, RoundingMode.HALF_EVEN);
    private static final double SMALLEST_PLAIN = 1e-3;
    private static final double P_FLOOR = 1e-3;

    private Display() {}

    static String number(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        if (v == 0) return "0";
        double abs = Math.abs(v);
        String text;
        if (abs >= 1000) text = grouped().format(Math.round(v));
        else if (abs < SMALLEST_PLAIN) text = String.format(Locale.ROOT, "%.3g", v);
        else text = new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
        return minus(text);
    }

    /** With its sign: {@code +12}, {@code −3.5}, {@code 0}. */
    static String signed(double v) {
        return v > 0 ? "+" + number(v) : number(v);
    }

    static String interval(double low, double high) {
        return "[" + number(low) + ", " + number(high) + "]";
    }

    /** {@code diff} as a percentage of {@code base} to three significant digits, e.g. {@code +12.5%}; empty when base is 0. */
    static String percent(double diff, double base) {
        if (base == 0 || !Double.isFinite(diff) || !Double.isFinite(base)) return "";
        double percent = new BigDecimal(100 * diff / Math.abs(base)).round(new MathContext(3, RoundingMode.HALF_EVEN)).doubleValue();
        return signed(percent) + "%";
    }

    /**
     * Three significant digits, rounded down so that a p shown below 0.05 is below 0.05 (0.04996 shows as
     * 0.0499, not 0.0500); below 0.001 as {@code < 0.001}.
     */
    public static String p(double p) {
        if (Double.isNaN(p)) return "";
        if (p < P_FLOOR) return "< 0.001";
        if (p >= 1) return "1";
        return new BigDecimal(p).round(new MathContext(3, RoundingMode.DOWN)).stripTrailingZeros().toPlainString();
    }

    /**
     * The confidence {@code 1 - level} of an adjusted interval as a percentage to four significant digits,
     * rounded down so it never claims more confidence than it has: 0.05 / 68 shows as {@code 99.92%}.
     */
    public static String confidence(double level) {
        if (Double.isNaN(level)) return "";
        return new BigDecimal(100 * (1 - level)).round(new MathContext(4, RoundingMode.DOWN)).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** Cohen's d_z to two decimals. */
    static String effect(double d) {
        if (!Double.isFinite(d)) return number(d);
        return minus(String.format(Locale.ROOT, "%.2f", d));
    }

    // A true minus sign: it lines up with + in tables and does not break between sign and digits.
    private static String minus(String text) {
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    private static DecimalFormat grouped() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
