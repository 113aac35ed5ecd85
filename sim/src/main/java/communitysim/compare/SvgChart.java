package communitysim.compare;

import communitysim.output.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Draws a report chart as an inline {@code <svg>} element: title, subtitle, labelled axes, a legend, and
 * one line (with its 95% band) per series. The element has a view box and no fixed size, so the page's
 * CSS scales it.
 */
final class SvgChart {

    static {
        // Drawn off-screen; a set but unreachable DISPLAY (ssh, CI) would otherwise make AWT try to use it.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 420;

    private static final String FONT = Font.SANS_SERIF;
    private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 17);
    private static final Font SUBTITLE_FONT = new Font(FONT, Font.PLAIN, 12);
    private static final Font AXIS_LABEL_FONT = new Font(FONT, Font.PLAIN, 13);
    private static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 12);
    private static final Font LEGEND_FONT = new Font(FONT, Font.PLAIN, 13);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color REFERENCE = new Color(0x888888);
    // Okabe-Ito, as the results folder's charts: distinguishable with the common colour-vision deficiencies.
    private static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), Color.BLACK);
    private static final float BAND_ALPHA = 0.2f;
    private static final BasicStroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {6f, 4f}, 0f);
    private static final RectangleInsets TICK_LABEL_INSETS = new RectangleInsets(4, 4, 4, 4);

    private SvgChart() {}

    /** Palette colour {@code i} as CSS, so the page's tables can match a scenario's line colour. */
    static String css(int i) {
        Color c = PALETTE.get(i % PALETTE.size());
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /**
     * @param id       the element's id, unique in the page; also prefixes the SVG's internal ids (clip paths),
     *                 which would otherwise clash between charts of one page
     * @param integerX whether x ticks are whole numbers (days, weeks)
     */
    static String render(String id, String title, String subtitle, String xLabel, String yLabel, boolean integerX,
                         List<ChartSeries> series) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        for (int i = 0; i < series.size(); i++) {
            ChartSeries s = series.get(i);
            YIntervalSeries line = new YIntervalSeries(s.label(), false, true);
            for (int k = 0; k < s.x().length; k++) line.add(s.x()[k], s.y()[k], s.low()[k], s.high()[k]);
            data.addSeries(line);
            Color colour = s.reference() ? REFERENCE : PALETTE.get(s.colour() % PALETTE.size());
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, s.reference() ? DASHED : LINE);
        }
        NumberAxis x = axis(xLabel, integerX);
        x.setAutoRangeIncludesZero(false);
        // Lines end where the data ends: day 1 to the horizon, 0 to 1 of the members.
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        NumberAxis y = axis(yLabel, false);
        y.setAutoRangeIncludesZero(true);

        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 16));
        chart.addSubtitle(new TextTitle(subtitle, SUBTITLE_FONT, Color.DARK_GRAY, RectangleEdge.TOP,
                TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT, TextTitle.DEFAULT_VERTICAL_ALIGNMENT,
                new RectangleInsets(2, 0, 6, 0)));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND_FONT);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));

        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        // A tenth of a pixel is finer than any screen shows, and keeps a year of daily points light.
        g.setGeomDoubleConverter(v -> Numbers.format(Math.round(v * 10) / 10.0));
        chart.draw(g, new Rectangle(WIDTH, HEIGHT));
        return g.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    private static NumberAxis axis(String label, boolean integers) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelInsets(TICK_LABEL_INSETS);
        // Locale.ROOT: the same tick labels on every machine.
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        axis.setStandardTickUnits(new NumberTickUnitSource(integers, format));
        return axis;
    }
}
