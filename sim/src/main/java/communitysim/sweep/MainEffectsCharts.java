package communitysim.sweep;

import communitysim.metrics.SummaryStats;
import communitysim.output.ChartWriter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryPointerAnnotation;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One chart per varied knob, {@code charts/main_effects_<knob>.png|svg}: a panel per headline
 * metric, the mean over the runs at each level with its 95% CI as error bars. Drawn in the style of
 * the run charts (same fonts, colours, sizes).
 *
 * <p>So that noise is never read as an effect: a level with a single run gets no bar (there is no
 * interval, not a zero-width one) and is marked n = 1; a grey bar behind each point spans ± 1 sd between
 * replicates of a run, the scale of what one seed more or less changes; and every axis starts at 0 (the
 * panels are counts and shares), so a small difference is not stretched across the panel.
 */
final class MainEffectsCharts {

    static {
        // Drawn off-screen; a set but unreachable DISPLAY (ssh, CI) would otherwise make AWT try to use it.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    static final String DIR = "charts";

    /** The panels: {@link FinalMetrics#HEADLINE}. */
    static final List<String> HEADLINE = FinalMetrics.HEADLINE;

    private static final int WIDTH = 1200;
    private static final int PANEL_HEIGHT = 260;
    private static final int FRAME_HEIGHT = 140;
    private static final int ROTATE_LABELS_ABOVE = 12;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font AXIS_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Color LINE_COLOUR = new Color(0x0072B2);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color NOISE = new Color(0xC8C8C8);
    // Set explicitly: each panel would otherwise get the next default shape (square, circle, triangle...).
    private static final Shape MARKER = new Ellipse2D.Double(-5, -5, 10, 10);

    private MainEffectsCharts() {}

    static void writeAll(MainEffects effects, Design design, int replicates, Path folder) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(DIR));
        for (int d = 0; d < design.dimensions().size(); d++) {
            String slug = "main_effects_" + design.dimensions().get(d).path().replaceAll("[^A-Za-z0-9]+", "_")
                    .replaceAll("_$", "");
            JFreeChart chart = build(effects, design, d, replicates);
            int height = FRAME_HEIGHT + PANEL_HEIGHT * HEADLINE.size();
            ChartWriter.writePng(chart, WIDTH, height, dir.resolve(slug + ".png"));
            ChartWriter.writeSvg(chart, WIDTH, height, slug, dir.resolve(slug + ".svg"));
        }
    }

    static JFreeChart build(MainEffects effects, Design design, int dimension, int replicates) {
        Dimension dim = design.dimensions().get(dimension);
        List<Level> levels = design.levels(dimension);
        CategoryAxis x = new CategoryAxis(dim.levels().isEmpty() ? dim.path() + " (quantile bins)" : dim.path());
        x.setLabelFont(AXIS_LABEL_FONT);
        x.setTickLabelFont(TICK_FONT);
        if (levels.size() > ROTATE_LABELS_ABOVE) x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(x);
        plot.setGap(16);
        for (String column : HEADLINE) plot.add(panel(effects, levels, dimension, column), 1);
        JFreeChart chart = new JFreeChart("Main effects of " + dim.path(), TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 24));
        boolean singleRun = false;
        for (int l = 0; l < levels.size(); l++) singleRun |= effects.stats(dimension, l, 0).n() < 2;
        String bars = "blue bars: 95% CI over the runs" + (singleRun ? " (none where a level has a single run: n = 1)" : "");
        String noise = replicates < 2 ? "no noise scale: 1 replicate per run"
                : "grey: ± 1 sd between replicates of a run (the noise scale)";
        chart.addSubtitle(new TextTitle(String.join(", ", HEADLINE.stream().filter(c -> !c.endsWith("_mean")).toList())
                + ": final day; " + String.join(", ", HEADLINE.stream().filter(c -> c.endsWith("_mean")).toList()) + ": mean per day"
                + " over the horizon. Dots: mean over the runs at each level (each run the mean of " + replicates
                + " replicate" + (replicates == 1 ? "" : "s") + "); " + bars + "; " + noise + ". Axes start at 0.",
                SUBTITLE_FONT));
        return chart;
    }

    private static CategoryPlot panel(MainEffects effects, List<Level> levels, int dimension, String column) {
        int metric = FinalMetrics.COLUMNS.indexOf(column);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        Number[][] noiseLow = new Number[1][levels.size()];
        Number[][] noiseHigh = new Number[1][levels.size()];
        List<CategoryTextAnnotation> singleRuns = new java.util.ArrayList<>();
        boolean noise = false;
        for (int l = 0; l < levels.size(); l++) {
            SummaryStats s = effects.stats(dimension, l, metric);
            String key = levels.get(l).label();
            // The renderer draws mean ± "standard deviation"; the CI is symmetric, so its half-width goes there.
            // With one run there is no interval: null draws no bar, where 0 would draw a certain-looking dot.
            Number halfWidth = s.n() < 2 ? null : (Number) (s.ciHigh() - s.mean());
            data.add((Number) s.mean(), halfWidth, column, key);
            if (s.n() < 2) singleRuns.add(singleRunLabel(key, s.mean(), s.mean() > highest(effects, dimension, levels, metric) / 2));
            double sd = effects.replicateSd(dimension, l, metric);
            noise |= !Double.isNaN(sd);
            noiseLow[0][l] = Double.isNaN(sd) ? null : s.mean() - sd;
            noiseHigh[0][l] = Double.isNaN(sd) ? null : s.mean() + sd;
        }
        // The column name as in runs.csv: short enough for a panel, and the subtitle says what it is.
        NumberAxis y = new NumberAxis(column);
        y.setLabelFont(AXIS_LABEL_FONT);
        y.setTickLabelFont(TICK_FONT);
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.12);
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, LINE_COLOUR);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesShape(0, MARKER);
        renderer.setErrorIndicatorPaint(LINE_COLOUR);
        renderer.setErrorIndicatorStroke(new BasicStroke(2f));
        CategoryPlot plot = new CategoryPlot(data, null, y, renderer);
        if (noise) {
            String[] keys = levels.stream().map(Level::label).toArray(String[]::new);
            plot.setDataset(1, new DefaultIntervalCategoryDataset(new String[] {"replicate sd"}, keys, noiseLow, noiseHigh));
            IntervalBarRenderer band = new IntervalBarRenderer();
            band.setBarPainter(new StandardBarPainter());
            band.setShadowVisible(false);
            band.setDrawBarOutline(false);
            band.setSeriesPaint(0, NOISE);
            band.setMaximumBarWidth(0.04);
            plot.setRenderer(1, band);
            // Behind the means and their intervals.
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        }
        singleRuns.forEach(plot::addAnnotation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        return plot;
    }

    private static double highest(MainEffects effects, int dimension, List<Level> levels, int metric) {
        double max = 0;
        for (int l = 0; l < levels.size(); l++) max = Math.max(max, effects.stats(dimension, l, metric).mean());
        return max;
    }

    /** Below right of a point in the panel's upper half, above right in the lower half: inside the panel either way. */
    private static CategoryTextAnnotation singleRunLabel(String level, double mean, boolean below) {
        CategoryPointerAnnotation label = new CategoryPointerAnnotation("n = 1", level, mean, below ? Math.PI / 4 : -Math.PI / 4);
        label.setFont(TICK_FONT);
        label.setPaint(LINE_COLOUR);
        label.setArrowPaint(LINE_COLOUR);
        label.setTipRadius(8);
        label.setBaseRadius(26);
        label.setArrowLength(5);
        label.setArrowWidth(3);
        label.setTextAnchor(below ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        return label;
    }
}
