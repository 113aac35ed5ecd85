package communitysim.output;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class NumbersTest {

    @Test
    void integralValuesHaveNoFraction() {
        assertEquals("42", Numbers.format(42.0));
        assertEquals("-7", Numbers.format(-7.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("999999999999999", Numbers.format(999_999_999_999_999.0));
    }

    @Test
    void ordinaryValuesAreShortAndPlain() {
        assertEquals("0.25", Numbers.format(0.25));
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("12345678.5", Numbers.format(12_345_678.5));
        assertEquals("123456789012", Numbers.format(123_456_789_012.5)); // 12 significant digits, half-even
        assertEquals("12345678.912", Numbers.format(1.2345678912E7));
        assertEquals("0.00012", Numbers.format(1.2e-4));
        assertEquals("-3.5", Numbers.format(-3.5));
    }

    @Test
    void floatNoiseIsNotWritten() {
        // The reproducers of the trust pass: sums and quotients of decimals carry a last-bit error.
        assertEquals("0.6", Numbers.format(0.1 + 0.2 + 0.3));
        assertEquals("0.6", Numbers.format(0.6000000000000001));
        assertEquals("0.000012", Numbers.format(1.2000000000000002E-5));
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("1.1", Numbers.format(1.1000000000000001));
    }

    @Test
    void twelveSignificantDigitsAreKept() {
        assertEquals("0.333333333333", Numbers.format(1.0 / 3));
        assertEquals("2718.28182846", Numbers.format(Math.E * 1000));
        assertEquals(1.0 / 3, Double.parseDouble(Numbers.format(1.0 / 3)), 1e-12);
    }

    @Test
    void extremeMagnitudesUseAnExponent() {
        assertEquals("1E+15", Numbers.format(1e15));
        assertEquals("1.5E-12", Numbers.format(1.5e-12));
        assertEquals(1.5e-12, Double.parseDouble(Numbers.format(1.5e-12)));
    }

    @Test
    void formattingTheFormattedIsAFixedPoint() {
        // A sweep's resume re-reads its rows and accepts only cells in exactly this format.
        Random rnd = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double v = Math.pow(10, rnd.nextInt(24) - 10) * rnd.nextGaussian();
            String once = Numbers.format(v);
            assertEquals(once, Numbers.format(Double.parseDouble(once)), once);
            assertFalse(once.contains("E") && Math.abs(v) >= 1e-9 && Math.abs(v) < 1e15, once);
        }
    }

    @Test
    void nanIsEmptyAndInfinityIsSpelledOut() {
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("Infinity", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Numbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void peopleReadGroupedFiguresWithSensiblePrecision() {
        assertEquals("112,700", Numbers.readable(112_700.4));
        assertEquals("986", Numbers.readable(986.0));
        assertEquals("986.3", Numbers.readable(986.3));
        assertEquals("1,153", Numbers.readable(1152.8));
        assertEquals("0.3284", Numbers.readable(0.32841234));
        assertEquals("0.00012", Numbers.readable(0.00012));
        assertEquals("-2,500", Numbers.readable(-2500.2));
        assertEquals("0", Numbers.readable(0));
        assertEquals("n/a", Numbers.readable(Double.NaN));
        assertEquals("12,345,679", Numbers.readable(12_345_678.9));
    }
}
