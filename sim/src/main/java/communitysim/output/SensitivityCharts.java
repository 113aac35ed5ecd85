package communitysim.output;

import communitysim.sensitivity.Method;
import communitysim.sensitivity.MorrisIndices;
import communitysim.sensitivity.SobolIndices;
import communitysim.sweep.SweepPlan;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of a sensitivity folder, one per metric, in the folder's chart style: Morris μ* against σ
 * (a labelled point per knob, its μ* interval as a horizontal whisker, the σ that replicate noise
 * alone gives as a dashed line), or Sobol S1 and ST bars per knob with their intervals as whiskers.
 */
final class SensitivityCharts {
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

    private SensitivityCharts() {}

    static List<IndexPage.Figure> writeAll(Method method, List<String> parameters, List<SensitivityFolder.Result> results,
                                           SweepPlan plan, Path folder) throws IOException {
        Path dir = folder.resolve("charts");
        Files.createDirectories(dir);
        List<IndexPage.Figure> figures = new ArrayList<>();
        String subtitle = plan.base().scenario().name() + " - " + plan.runs() + " design points x " + plan.replicates()
                + " replicates; whiskers: 95% bootstrap intervals";
        for (SensitivityFolder.Result r : results) {
            String slug = method.label() + "_" + r.metric();
            JFreeChart chart = r.morris() != null ? morris(r.metric(), parameters, r.morris(), subtitle)
                    : sobol(r.metric(), parameters, r.sobol(), subtitle);
            ChartWriter.write(chart, slug, dir);
            figures.add(new IndexPage.Figure("charts/" + slug + ".png", "charts/" + slug + ".svg", r.morris() != null
                    ? r.metric() + ": Morris mu* (overall influence) against sigma (non-linearity or interactions), per knob"
                    : r.metric() + ": Sobol first-order S1 (alone) and total-order ST (with interactions), per knob"));
        }
        return figures;
    }

    static JFreeChart morris(String metric, List<String> parameters, MorrisIndices m, String subtitle) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        for (int i = 0; i < parameters.size(); i++) {
            XYIntervalSeries s = new XYIntervalSeries(parameters.get(i));
            if (!Double.isNaN(m.muStar()[i]) && !Double.isNaN(m.sigma()[i])) {
                s.add(m.muStar()[i], m.muStarLow()[i], m.muStarHigh()[i], m.sigma()[i], m.sigma()[i], m.sigma()[i]);
            }
            data.addSeries(s);
        }
        NumberAxis x = ChartWriter.axis("mu* (mean |elementary effect| over the knob's range)", false);
        NumberAxis y = ChartWriter.axis("sigma (sd of elementary effects)", false);
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(8);
        for (int i = 0; i < parameters.size(); i++) {
            Color c = ChartWriter.PALETTE.get(i % ChartWriter.PALETTE.size());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-6, -6, 12, 12));
        }
        renderer.setDefaultLinesVisible(false);
        XYPlot plot = ChartWriter.plot(data, x, y, renderer);
        for (int i = 0; i < parameters.size(); i++) {
            if (Double.isNaN(m.muStar()[i]) || Double.isNaN(m.sigma()[i])) continue;
            XYTextAnnotation label = new XYTextAnnotation("  " + parameters.get(i), m.muStar()[i], m.sigma()[i]);
            label.setFont(LABEL_FONT);
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        if (!Double.isNaN(m.sigmaNoiseFloor())) {
            ValueMarker floor = new ValueMarker(m.sigmaNoiseFloor(), Color.GRAY,
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
            floor.setLabel("sigma from replicate noise alone");
            floor.setLabelFont(LABEL_FONT);
            floor.setLabelBackgroundColor(Color.WHITE);
            floor.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            floor.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(floor);
        }
        return ChartWriter.chart("Morris screening: " + metric, subtitle, plot, true);
    }

    static JFreeChart sobol(String metric, List<String> parameters, SobolIndices s, String subtitle) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYIntervalSeries first = new XYIntervalSeries("S1 first order");
        XYIntervalSeries total = new XYIntervalSeries("ST total order");
        double w = 0.18;
        for (int i = 0; i < parameters.size(); i++) {
            first.add(i - w, i - 2 * w, i, s.s1()[i], s.s1Low()[i], s.s1High()[i]);
            total.add(i + w, i, i + 2 * w, s.st()[i], s.stLow()[i], s.stHigh()[i]);
        }
        data.addSeries(first);
        data.addSeries(total);
        SymbolAxis x = new SymbolAxis(null, parameters.toArray(String[]::new));
        x.setTickLabelFont(ChartWriter.TICK_FONT);
        x.setGridBandsVisible(false);
        x.setRange(-0.6, parameters.size() - 0.4);
        NumberAxis y = ChartWriter.axis("share of output variance", false);
        double top = 1;
        for (int i = 0; i < parameters.size(); i++) top = Math.max(top, Math.max(s.stHigh()[i], s.s1High()[i]));
        double bottom = 0;
        for (int i = 0; i < parameters.size(); i++) bottom = Math.min(bottom, Math.min(s.stLow()[i], s.s1Low()[i]));
        y.setRange(bottom - 0.02, top + 0.05);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setErrorPaint(Color.BLACK);
        whiskers.setErrorStroke(new BasicStroke(2f));
        whiskers.setCapLength(10);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDefaultLinesVisible(false);
        for (int i = 0; i < 2; i++) {
            bars.setSeriesPaint(i, ChartWriter.PALETTE.get(i));
        }
        XYPlot plot = ChartWriter.plot(data, new NumberAxis(), y, bars);
        plot.setDomainAxis(x);
        plot.setDataset(1, data);
        plot.setRenderer(1, whiskers);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinesVisible(false);
        // The legend names the bars only; the whiskers are described in the subtitle.
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        for (int i = 0; i < 2; i++) legend.add(bars.getLegendItem(0, i));
        plot.setFixedLegendItems(legend);
        return ChartWriter.chart("Sobol indices: " + metric, subtitle, plot, true);
    }
}
