package communitysim.output;

import communitysim.run.RunResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;

/**
 * How long subgroups live ({@code groups.csv} drawn): the Kaplan–Meier curve of the share of groups
 * still open against days since they opened, pooled over the replicates' groups. Groups still open
 * at the end count for as long as they were seen, never as if they died on the last day.
 */
final class GroupLifetimeChart {
    static final String SLUG = "group_lifetimes";
    static final String CAPTION = "Share of subgroups still open by days since they opened (Kaplan–Meier, all replicates' "
            + "groups together; groups open at the end count as long as they were seen). groups.csv has each group's life.";

    private GroupLifetimeChart() {}

    /** Whether there is a curve to draw: some group died. */
    static boolean applies(RunSummary.GroupLifetimes lifetimes) {
        return lifetimes.died() > 0;
    }

    static JFreeChart build(RunResult result, RunSummary.GroupLifetimes lifetimes) {
        double[][] curve = lifetimes.survival();
        XYSeries series = new XYSeries("Groups still open", false, true);
        series.add(0, 1);
        for (int i = 0; i < curve[0].length; i++) series.add(curve[0][i], curve[1][i]);
        NumberAxis x = ChartWriter.axis("Days since the group opened", true);
        NumberAxis y = ChartWriter.axis("Share of groups still open", false);
        y.setRange(0, 1.02);
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setSeriesPaint(0, ChartWriter.PALETTE.get(0));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        double median = lifetimes.median();
        String detail = lifetimes.groups() + " groups" + (Double.isNaN(median) ? ", median not reached" : ", median " + Numbers.format(median) + " days");
        return ChartWriter.chart("How long subgroups live", ChartWriter.subtitle(result, detail),
                ChartWriter.plot(new XYSeriesCollection(series), x, y, renderer), false);
    }
}
