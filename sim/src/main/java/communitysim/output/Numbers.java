package communitysim.output;

/**
 * The one number format of every CSV the tool writes: deterministic, compact and exact.
 *
 * <ul>
 *   <li>integral values with {@code |v| < 1e15} as plain integers ({@code 42}, not {@code 42.0});</li>
 *   <li>any other finite value as {@link Double#toString(double)}, which round-trips exactly (a
 *       fixed number of significant digits would lose cumulative token totals), e.g. {@code 0.25},
 *       {@code 1.2345678912E7};</li>
 *   <li>{@code NaN} as the empty string, which CSV readers take as missing; infinities as
 *       {@code Infinity} / {@code -Infinity}.</li>
 * </ul>
 */
public final class Numbers {

    // Below 2^53 every integral double is exact; 1e15 keeps well inside that and under 16 digits.
    private static final double INTEGRAL_LIMIT = 1e15;

    private Numbers() {}

    public static String format(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < INTEGRAL_LIMIT) return Long.toString((long) v);
        return Double.toString(v);
    }
}
