package communitysim.sweep;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VarySpecTest {

    @Test
    void readsTheThreeShapes() throws SweepException {
        VarySpec list = VarySpec.parse("network.mixing=graph, complete");
        assertEquals(VarySpec.Shape.LIST, list.shape());
        assertEquals("network.mixing", list.path());
        assertEquals(List.of("graph", "complete"), list.values());

        VarySpec range = VarySpec.parse("activation.base=-4.5:-3.5:0.25");
        assertEquals(VarySpec.Shape.RANGE, range.shape());
        assertEquals(new BigDecimal("-4.5"), range.lo());
        assertEquals(new BigDecimal("-3.5"), range.hi());
        assertEquals(new BigDecimal("0.25"), range.step());

        VarySpec interval = VarySpec.parse("recruitment.external.steps[0].rate=1e-5:2e-5");
        assertEquals(VarySpec.Shape.INTERVAL, interval.shape());
        assertEquals("recruitment.external.steps[0].rate", interval.path());
        assertEquals(0, new BigDecimal("0.00002").compareTo(interval.hi()));
    }

    @Test
    void aSingleValueIsAListOfOne() throws SweepException {
        VarySpec one = VarySpec.parse("churn.enabled=false");
        assertEquals(VarySpec.Shape.LIST, one.shape());
        assertEquals(List.of("false"), one.values());
    }

    @Test
    void refusesMalformedSpecsNamingThem() {
        for (String bad : List.of("activation.base", "=1,2", "activation.base=", "activation.base=1,,2",
                "activation.base=1:2:3:4", "activation.base=a:2", "activation.base=1:2:x", "activation.base=1e-99:1")) {
            SweepException e = assertThrows(SweepException.class, () -> VarySpec.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--vary " + bad + ": "), e.getMessage());
        }
    }
}
