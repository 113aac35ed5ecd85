package communitysim.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayTest {

    @Test
    void numbersReadAsPeopleWriteThem() {
        assertEquals("12,346", Display.number(12345.6));
        assertEquals("123.5", Display.number(123.456));
        assertEquals("0.2534", Display.number(0.253412));
        assertEquals("−0.5", Display.number(-0.5));
        assertEquals("+3", Display.signed(3));
        assertEquals("∞", Display.number(Double.POSITIVE_INFINITY));
        assertEquals("+12.5%", Display.percent(25, 200));
        assertEquals("", Display.percent(1, 0));
    }

    @Test
    void pValuesNeverRoundAcrossFivePercent() {
        assertEquals("0.0499", Display.p(0.049996));
        assertEquals("0.05", Display.p(0.05));
        assertEquals("< 0.001", Display.p(0.0004));
        assertEquals("1", Display.p(1));
    }
}
