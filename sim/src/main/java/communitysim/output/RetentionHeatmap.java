package communitysim.output;

import communitysim.metrics.ReplicateResult;
import communitysim.metrics.Retention;
import communitysim.run.RunResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

/**
 * The cohort-retention heatmap of a run ({@code retention.csv} drawn): one row per join week, one
 * column per week since joining, each cell the share of the cohort still a member, pooled over the
 * replicates (members summed over cohort sizes summed, so a tiny cohort in one replicate does not
 * weigh as much as a large one). Cells beyond the horizon stay blank rather than reading as 0.
 */
final class RetentionHeatmap {

    static final String SLUG = "retention";
    static final String CAPTION = "Cohort retention: for members who joined in each week (rows), the share still "
            + "members 0, 1, 2... weeks later (columns), pooled over replicates; blank cells lie beyond the horizon.";

    private RetentionHeatmap() {}

    /** {x: weeks since join, y: cohort week, z: retention} for every cell observed in some replicate. */
    static double[][] cells(List<ReplicateResult> replicates) {
        int cohorts = replicates.stream().mapToInt(r -> r.retention().cohortSize().length).max().orElse(0);
        int weeks = replicates.stream().flatMap(r -> java.util.Arrays.stream(r.retention().members()))
                .mapToInt(row -> row.length).max().orElse(0);
        long[][] kept = new long[cohorts][weeks];
        long[][] size = new long[cohorts][weeks];
        for (ReplicateResult r : replicates) {
            Retention ret = r.retention();
            for (int c = 0; c < ret.cohortSize().length; c++) {
                if (ret.cohortSize()[c] == 0) continue;
                int[] members = ret.members()[c];
                for (int w = 0; w < members.length; w++) {
                    if (members[w] < 0) continue;
                    kept[c][w] += members[w];
                    size[c][w] += ret.cohortSize()[c];
                }
            }
        }
        int n = 0;
        for (int c = 0; c < cohorts; c++) for (int w = 0; w < weeks; w++) if (size[c][w] > 0) n++;
        double[][] xyz = new double[3][n];
        int i = 0;
        for (int c = 0; c < cohorts; c++) {
            for (int w = 0; w < weeks; w++) {
                if (size[c][w] == 0) continue;
                xyz[0][i] = w;
                xyz[1][i] = c;
                xyz[2][i] = (double) kept[c][w] / size[c][w];
                i++;
            }
        }
        return xyz;
    }

    static JFreeChart build(RunResult result) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("retention", cells(result.replicates()));

        NumberAxis x = ChartWriter.axis("Weeks since joining", true);
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        NumberAxis y = ChartWriter.axis("Cohort (week joined)", true);
        y.setAutoRangeIncludesZero(false);
        y.setLowerMargin(0);
        y.setUpperMargin(0);
        // Cohort tables read top-down, the oldest cohort first.
        y.setInverted(true);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        Scale scale = new Scale();
        renderer.setPaintScale(scale);

        XYPlot plot = ChartWriter.plot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = ChartWriter.chart("Cohort retention", ChartWriter.subtitle(result,
                result.replicates().size() == 1 ? "1 replicate" : "pooled over " + result.replicates().size() + " replicates"), plot, false);

        NumberAxis legendAxis = ChartWriter.axis("Still members (share of cohort)", false);
        legendAxis.setRange(0, 1);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(18);
        legend.setMargin(new RectangleInsets(40, 16, 40, 0));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * 0..1 from pale yellow through green to dark blue (the ends of viridis, lightened): sequential,
     * readable in grey and with the common colour-vision deficiencies, and every cell distinct from
     * the white of an unobserved one.
     */
    static final class Scale implements PaintScale {
        private static final Color[] STOPS = {new Color(0xFDE725), new Color(0x5EC962), new Color(0x21918C),
                new Color(0x3B528B), new Color(0x440154)};

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            double v = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value)) * (STOPS.length - 1);
            int i = Math.min((int) v, STOPS.length - 2);
            double f = v - i;
            Color a = STOPS[i];
            Color b = STOPS[i + 1];
            return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round(a + (b - a) * f);
        }
    }
}
