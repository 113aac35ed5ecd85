package communitysim.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    @Test
    void integralValuesHaveNoFraction() {
        assertEquals("42", Numbers.format(42.0));
        assertEquals("-7", Numbers.format(-7.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("999999999999999", Numbers.format(999_999_999_999_999.0));
    }

    @Test
    void otherValuesRoundTripExactly() {
        assertEquals("0.25", Numbers.format(0.25));
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("1.234567890125E11", Numbers.format(123_456_789_012.5));
        assertEquals("1.0E15", Numbers.format(1e15));
        assertEquals(1.0 / 3, Double.parseDouble(Numbers.format(1.0 / 3)));
    }

    @Test
    void nanIsEmptyAndInfinityIsSpelledOut() {
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("Infinity", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Numbers.format(Double.NEGATIVE_INFINITY));
    }
}
