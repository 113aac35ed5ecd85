package communitysim.output;

import communitysim.run.RunResult;
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
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Draws {@link ChartSpec}s of a run as PNG and SVG files. */
public final class ChartWriter {

    static {
        // Charts are drawn off-screen; a set but unreachable DISPLAY (ssh, CI) would otherwise make AWT try to use it.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 700;

    // The logical font maps to whatever sans face the machine has (DejaVu Sans on Debian).
    private static final String FONT = Font.SANS_SERIF;
    private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 26);
    private static final Font SUBTITLE_FONT = new Font(FONT, Font.PLAIN, 16);
    static final Font AXIS_LABEL_FONT = new Font(FONT, Font.PLAIN, 18);
    static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 15);
    static final Font LEGEND_FONT = new Font(FONT, Font.PLAIN, 16);
    private static final Color GRID = new Color(0xDDDDDD);
    // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), Color.BLACK);
    private static final float BAND_ALPHA = 0.2f;
    private static final RectangleInsets LEGEND_ITEM_PADDING = new RectangleInsets(2, 4, 2, 24);
    // Tick spacing follows label size including insets: roomier labels give fewer, easier-to-read ticks.
    private static final RectangleInsets TICK_LABEL_INSETS = new RectangleInsets(6, 6, 6, 6);
    static final BasicStroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private ChartWriter() {}

    /** Writes {@code <slug>.png} and {@code <slug>.svg} for each spec into {@code dir} (created if missing). */
    public static void writeAll(List<ChartSpec> specs, RunResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (ChartSpec spec : specs) {
            write(build(spec, result), spec.slug(), dir);
        }
    }

    static JFreeChart build(ChartSpec spec, RunResult result) {
        YIntervalSeriesCollection data = BandDataset.of(spec, result.replicates());

        NumberAxis x = axis("Day", true);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = axis(spec.yLabel(), false);
        y.setAutoRangeIncludesZero(true);
        // An all-zero series (a feature switched off) would otherwise get a meaningless micro-scale.
        if (BandDataset.allZero(data)) y.setRange(0, 1);

        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        for (int i = 0; i < spec.series().size(); i++) {
            Color colour = PALETTE.get(i % PALETTE.size());
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, LINE);
        }

        XYPlot plot = plot(data, x, y, renderer);
        markInterventions(plot, result.scenario());
        return chart(spec.title(), subtitle(result), plot, spec.series().size() > 1);
    }

    /** A dashed line at each intervention's day, labelled with what it changes, so an effect is read against its cause. */
    static void markInterventions(XYPlot plot, communitysim.scenario.Scenario scenario) {
        for (communitysim.scenario.Scenario.Intervention iv : scenario.interventions()) {
            org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(iv.day());
            m.setPaint(new Color(0x555555));
            m.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
            String label = iv.label().length() > 40 ? iv.label().substring(0, 39) + "…" : iv.label();
            m.setLabel(label);
            m.setLabelFont(TICK_FONT);
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
        }
    }

    /** A white plot with light grid lines and no outline, as every chart of a folder has. */
    static XYPlot plot(org.jfree.data.xy.XYDataset data, NumberAxis x, NumberAxis y, org.jfree.chart.renderer.xy.XYItemRenderer renderer) {
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** The folder's chart look: title, grey subtitle, an unframed legend when there is one. */
    static JFreeChart chart(String title, String subtitle, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 24));
        chart.addSubtitle(new TextTitle(subtitle, SUBTITLE_FONT, Color.DARK_GRAY,
                RectangleEdge.TOP, TextTitle.DEFAULT_HORIZONTAL_ALIGNMENT, TextTitle.DEFAULT_VERTICAL_ALIGNMENT,
                new RectangleInsets(4, 0, 8, 0)));
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(LEGEND_FONT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setItemLabelPadding(LEGEND_ITEM_PADDING);
        }
        return chart;
    }

    /** Writes {@code <slug>.png} and {@code <slug>.svg} of {@code chart} into {@code dir}. */
    static void write(JFreeChart chart, String slug, Path dir) throws IOException {
        writePng(chart, WIDTH, HEIGHT, dir.resolve(slug + ".png"));
        writeSvg(chart, WIDTH, HEIGHT, slug, dir.resolve(slug + ".svg"));
    }

    /** Draws {@code chart} into a PNG of the given size. */
    public static void writePng(JFreeChart chart, int width, int height, Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle(width, height));
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer available for " + file);
    }

    /** Draws {@code chart} into an SVG of the given size; {@code idPrefix} keeps its ids stable. */
    public static void writeSvg(JFreeChart chart, int width, int height, String idPrefix, Path file) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // The default prefix comes from System.nanoTime(), which would make every SVG differ.
        g.setDefsKeyPrefix(idPrefix);
        chart.draw(g, new Rectangle(width, height));
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n",
                StandardCharsets.UTF_8);
    }

    static NumberAxis axis(String label, boolean integers) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelInsets(TICK_LABEL_INSETS);
        // Locale.ROOT: the same tick labels on every machine (no "0,5" on a German desktop).
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        axis.setStandardTickUnits(new NumberTickUnitSource(integers, format));
        return axis;
    }

    static String subtitle(RunResult result) {
        int n = result.replicates().size();
        return subtitle(result, n == 1 ? "1 replicate (no band)" : "mean of " + n + " replicates, band: 95% CI");
    }

    /** The scenario's name and what the chart makes of its replicates. */
    static String subtitle(RunResult result, String replicates) {
        return result.scenario().name() + " - " + replicates;
    }
}
