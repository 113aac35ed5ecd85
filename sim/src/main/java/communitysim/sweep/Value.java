package communitysim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import communitysim.output.Numbers;

import java.math.BigDecimal;

/**
 * One value a varied knob takes in a design.
 *
 * @param override the {@code PATH=VALUE} right-hand side handed to the loader; numbers as plain
 *                 decimals that read back as exactly {@link #number}
 * @param cell     the value as written in {@code runs.csv} and {@code design.csv}
 * @param number   the value as a number, NaN for booleans and text
 */
public record Value(String override, String cell, double number) {

    // Numbers.format writes integral values below this as integers; the override must agree.
    private static final double INTEGRAL_LIMIT = 1e15;

    static Value of(double v) {
        String override = v == Math.rint(v) && Math.abs(v) < INTEGRAL_LIMIT
                ? Long.toString((long) v) : BigDecimal.valueOf(v).toPlainString();
        return new Value(override, Numbers.format(v), v);
    }

    /**
     * A listed value the loader accepted: {@code typed} as the user wrote it, {@code read} as the
     * loader understood it. Text keeps the user's spelling as the override (quoting included), since
     * that is what was validated.
     */
    static Value accepted(String typed, JsonNode read) {
        if (read.isNumber()) return of(read.doubleValue());
        String cell = read.isBoolean() ? Boolean.toString(read.booleanValue()) : read.asText();
        return new Value(typed, cell, Double.NaN);
    }

    /**
     * A listed value whose check waits for the design points, because alone on the base scenario it
     * broke a rule that ties it to another varied knob; its cell is filled from a point that loads.
     */
    static Value pending(String typed) {
        return new Value(typed, null, Double.NaN);
    }

    boolean isPending() {
        return cell == null;
    }

    boolean numeric() {
        return !Double.isNaN(number);
    }
}
