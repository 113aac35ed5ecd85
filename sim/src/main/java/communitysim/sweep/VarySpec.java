package communitysim.sweep;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One {@code --vary PATH=SPEC} as typed, checked for shape only (what the knob accepts is
 * {@link Dimension}'s business). SPEC is a list {@code v1,v2,...}, a grid range {@code lo:hi:step}
 * or a Latin-hypercube interval {@code lo:hi}; a single value is a list of one.
 *
 * @param text   the whole argument, for messages and the manifest
 * @param path   the knob path, as for {@code --set}
 * @param shape  which of the three forms SPEC has
 * @param values the list's values (LIST only)
 * @param lo     lower end (RANGE and INTERVAL)
 * @param hi     upper end (RANGE and INTERVAL)
 * @param step   grid step (RANGE only)
 */
public record VarySpec(String text, String path, Shape shape, List<String> values, BigDecimal lo, BigDecimal hi,
                       BigDecimal step) {

    public enum Shape { LIST, RANGE, INTERVAL }

    static final String FORMS = "v1,v2,... or lo:hi:step (grid), or lo:hi (--sample lhs)";

    // Beyond these a range's values could not be written as plain decimals of sane length.
    private static final int MAX_SCALE = 30;
    private static final int MAX_INTEGER_DIGITS = 16;

    public VarySpec {
        values = values == null ? null : List.copyOf(values);
    }

    public static VarySpec parse(String text) throws SweepException {
        int equals = text.indexOf('=');
        String path = equals < 0 ? "" : text.substring(0, equals).strip();
        if (path.isEmpty()) throw problem(text, "expected PATH=SPEC, e.g. activation.base=-4.5:-3.5:0.5");
        String spec = text.substring(equals + 1).strip();
        if (spec.isEmpty()) throw problem(text, "needs values after '=': " + FORMS);
        if (spec.indexOf(',') >= 0 || spec.indexOf(':') < 0) {
            List<String> values = Arrays.stream(spec.split(",", -1)).map(String::strip).toList();
            if (values.contains("")) throw problem(text, "has an empty value in its list");
            return new VarySpec(text, path, Shape.LIST, values, null, null, null);
        }
        String[] parts = spec.split(":", -1);
        if (parts.length > 3) throw problem(text, "expected " + FORMS);
        BigDecimal lo = number(text, parts[0]);
        BigDecimal hi = number(text, parts[1]);
        if (parts.length == 2) return new VarySpec(text, path, Shape.INTERVAL, null, lo, hi, null);
        return new VarySpec(text, path, Shape.RANGE, null, lo, hi, number(text, parts[2]));
    }

    private static BigDecimal number(String text, String part) throws SweepException {
        BigDecimal n;
        try {
            n = new BigDecimal(part.strip());
        } catch (NumberFormatException e) {
            throw problem(text, "lo:hi and lo:hi:step take numbers, got '" + part.strip() + "'");
        }
        if (n.scale() > MAX_SCALE || n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
            throw problem(text, "'" + part.strip() + "' is outside what a knob can take (at most "
                    + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_SCALE + " after)");
        }
        return n;
    }

    /** A user-facing complaint about the spec {@code text}: {@code --vary TEXT: MESSAGE}. */
    static SweepException problem(String text, String message) {
        return new SweepException("--vary " + text + ": " + message);
    }

    SweepException problem(String message) {
        return problem(text, message);
    }
}
