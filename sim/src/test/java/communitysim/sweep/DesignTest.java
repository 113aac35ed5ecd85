package communitysim.sweep;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignTest {

    private static Sweep tiny() {
        return Sweep.of(Path.of(Cli.BASELINE)).set("initial.members=100").days(30);
    }

    private static List<String> row(Design design, int run) {
        List<String> cells = new ArrayList<>();
        for (int d = 0; d < design.dimensions().size(); d++) cells.add(design.value(run, d).cell());
        return cells;
    }

    @Test
    void gridIsTheCartesianProductWithTheLastVaryFastest() throws Exception {
        Design grid = tiny().vary("activation.base=-4.5:-3.5:0.5").vary("network.mixing=graph,complete")
                .vary("network.edgesPerJoin=2,4").plan().design();
        assertEquals(12, grid.runs());
        List<List<String>> expected = new ArrayList<>();
        for (String base : List.of("-4.5", "-4", "-3.5")) {
            for (String mixing : List.of("graph", "complete")) {
                for (String edges : List.of("2", "4")) expected.add(List.of(base, mixing, edges));
            }
        }
        for (int run = 0; run < 12; run++) assertEquals(expected.get(run), row(grid, run), "run " + run);
    }

    @Test
    void rangeValuesAreExactDecimals() throws Exception {
        Design grid = tiny().vary("prospects.fitAlpha=0.1:0.7:0.2").plan().design();
        List<String> cells = new ArrayList<>();
        for (int run = 0; run < grid.runs(); run++) cells.add(grid.value(run, 0).cell());
        // Not 0.30000000000000004: each value is lo + k*step in decimal, then one rounding to double.
        assertEquals(List.of("0.1", "0.3", "0.5", "0.7"), cells);
        assertEquals("0.3", grid.value(1, 0).override());
    }

    @Test
    void latinHypercubeHitsEveryStratumOnceInEachDimension() throws Exception {
        int n = 50;
        Design lhs = tiny().lhs(n).vary("activation.base=-4.5:-3.5").vary("churn.base=0.01:0.2").plan().design();
        assertEquals(n, lhs.runs());
        for (int d = 0; d < 2; d++) {
            Dimension dim = lhs.dimensions().get(d);
            int[] hits = new int[n];
            for (int run = 0; run < n; run++) {
                double x = lhs.value(run, d).number();
                assertTrue(x >= dim.lo() && x <= dim.hi(), "outside the interval: " + x);
                hits[(int) Math.floor((x - dim.lo()) / (dim.hi() - dim.lo()) * n)]++;
            }
            int[] once = new int[n];
            Arrays.fill(once, 1);
            assertEquals(Arrays.toString(once), Arrays.toString(hits), "strata hits of " + dim.path());
        }
    }

    @Test
    void latinHypercubeIsReproducibleBySeed() throws Exception {
        Design a = tiny().lhs(20).seed(5).vary("activation.base=-4.5:-3.5").plan().design();
        Design b = tiny().lhs(20).seed(5).vary("activation.base=-4.5:-3.5").plan().design();
        Design c = tiny().lhs(20).seed(6).vary("activation.base=-4.5:-3.5").plan().design();
        List<String> va = new ArrayList<>();
        List<String> vb = new ArrayList<>();
        List<String> vc = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            va.add(a.value(run, 0).cell());
            vb.add(b.value(run, 0).cell());
            vc.add(c.value(run, 0).cell());
        }
        assertEquals(va, vb);
        assertFalse(va.equals(vc), "another seed gave the same design");
    }

    @Test
    void latinHypercubeRoundsIntegerKnobsAndSaysSo() throws Exception {
        SweepPlan plan = tiny().lhs(12).vary("network.edgesPerJoin=1:9").vary("activation.base=-5:-3").plan();
        assertEquals(List.of("network.edgesPerJoin"), plan.rounded());
        for (int run = 0; run < 12; run++) {
            double edges = plan.design().value(run, 0).number();
            assertEquals(Math.rint(edges), edges);
            assertEquals(Long.toString((long) edges), plan.design().value(run, 0).override());
        }
    }

    @Test
    void latinHypercubeBinsAreEqualCountQuantiles() throws Exception {
        Design lhs = tiny().lhs(100).vary("activation.base=-4.5:-3.5").plan().design();
        List<Level> bins = lhs.levels(0);
        assertEquals(LhsDesign.bins(100), bins.size());
        int[] count = new int[bins.size()];
        for (int run = 0; run < 100; run++) count[lhs.levelOf(run, 0)]++;
        for (int c : count) assertEquals(100 / bins.size(), c);
        for (int b = 1; b < bins.size(); b++) {
            assertTrue(Double.parseDouble(bins.get(b - 1).high()) < Double.parseDouble(bins.get(b).low()), "bins overlap");
        }
    }

    @Test
    void valuesThatOnlyBreakARuleWithTheBaseAreCheckedTogether() throws Exception {
        // Alone, pool.size=15 breaks initial.members <= pool.size against the base's 100 members;
        // with the varied initial.members (10, 12) every point is valid.
        Design grid = tiny().vary("initial.members=10,12").vary("pool.size=15,100").plan().design();
        assertEquals(List.of("12", "15"), row(grid, 2));
    }
}
