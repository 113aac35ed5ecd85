package communitysim.calibrate;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as calibration files write them: 10 significant digits at most, no exponent, no float noise. */
final class Format {
    private Format() {}

    static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        BigDecimal d = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros();
        return d.toPlainString();
    }
}
