package communitysim.calibrate;

import communitysim.output.ChartWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A fan chart of one target: the ensemble's 90% and 50% bands and median per period, with the
 * observed values as dots, and (for forecasts) a line where the data the model was fitted to ends.
 * The y axis starts at 0 (every target is a count): a band never looks wide because the axis was cut.
 */
final class FanChart {
    private FanChart() {}

    static void write(String title, String yLabel, boolean dated, List<long[]> periods, double[][] quantiles, double[] observed,
                      Long dataEnd, Path png) throws IOException {
        write(title, yLabel, dated, periods, 0, quantiles, observed, dataEnd, png);
    }

    /** Bands wider than this many times the largest median are drawn on a log axis, so the median and the data stay readable. */
    static final double LOG_FROM = 20;

    /**
     * How many periods of history a forecast's chart shows before its origin: two years of periods or
     * twice the forecast, whichever is more, so the months asked about fill the chart.
     */
    static int firstShown(Period period, int future, int periods) {
        return Math.max(0, future - Math.max(2 * period.perYear(), 2 * (periods - future)));
    }

    /** As {@link #write(String, String, boolean, List, double[][], double[], Long, Path)}, from period {@code first} on. */
    static void write(String title, String yLabel, boolean dated, List<long[]> allPeriods, int first, double[][] allQuantiles, double[] allObserved,
                      Long dataEnd, Path png) throws IOException {
        List<long[]> periods = allPeriods.subList(first, allPeriods.size());
        double[][] quantiles = java.util.Arrays.copyOfRange(allQuantiles, first, allQuantiles.length);
        double[] observed = java.util.Arrays.copyOfRange(allObserved, first, allObserved.length);
        // the data set the scale a reader needs to see (the medians where nothing is observed)
        double top = 0, data = 0, medians = 0;
        for (double[] q : quantiles) {
            top = Math.max(top, q[6]);
            medians = Math.max(medians, q[3]);
        }
        for (double o : observed) if (!Double.isNaN(o)) data = Math.max(data, o);
        boolean log = top > LOG_FROM * Math.max(data > 0 ? data : medians, 1);
        if (log) title += " (log scale)";
        YIntervalSeries outer = new YIntervalSeries("90% band");
        YIntervalSeries inner = new YIntervalSeries("50% band");
        XYSeries median = new XYSeries("median");
        XYSeries obs = new XYSeries("observed");
        for (int p = 0; p < periods.size(); p++) {
            double x = x(periods.get(p)[1], dated);
            double[] q = quantiles[p];
            outer.add(x, q[3], Math.max(0, q[0]), q[6]);
            inner.add(x, q[3], Math.max(0, q[2]), q[4]);
            median.add(x, q[3]);
            if (!Double.isNaN(observed[p])) obs.add(x, observed[p]);
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(outer);
        bands.addSeries(inner);
        JFreeChart chart = ChartFactory.createXYLineChart(title, dated ? "date" : "day", yLabel, bands);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        if (dated) {
            DateAxis axis = new DateAxis("date");
            plot.setDomainAxis(axis);
        }
        DeviationRenderer band = new DeviationRenderer(true, false);
        Color blue = new Color(31, 119, 180);
        band.setSeriesPaint(0, blue);
        band.setSeriesFillPaint(0, new Color(31, 119, 180, 50));
        band.setSeriesPaint(1, blue);
        band.setSeriesFillPaint(1, new Color(31, 119, 180, 90));
        band.setAlpha(1f);
        band.setSeriesStroke(0, new BasicStroke(0f));
        band.setSeriesStroke(1, new BasicStroke(0f));
        plot.setRenderer(0, band);
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(median);
        lines.addSeries(obs);
        plot.setDataset(1, lines);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesPaint(0, blue.darker());
        r.setSeriesShapesVisible(0, false);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesPaint(1, Color.BLACK);
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        plot.setRenderer(1, r);
        if (log) {
            // a few runaway draws would flatten the median and the data into the axis
            plot.setRangeAxis(logAxis(yLabel));
        } else {
            ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        }
        if (dataEnd != null) plot.addDomainMarker(fittedUpTo(dataEnd, dated));
        ChartWriter.writePng(chart, 1100, 520, png);
    }

    /** A log axis whose ticks are doublings (1, 2, 4, ... 1,024), whole numbers a reader can take in. */
    static org.jfree.chart.axis.LogAxis logAxis(String label) {
        org.jfree.chart.axis.LogAxis axis = new org.jfree.chart.axis.LogAxis(label);
        axis.setBase(2);
        axis.setSmallestValue(0.5);
        axis.setAutoTickUnitSelection(false);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#"));
        return axis;
    }

    /** A flow's axis says what a period sums ("new_contributors per month"); a level's is the metric's own label. */
    static String yLabel(Target target, Period period) {
        return target.metric().kind.summedOverPeriods() ? target.column() + " per " + period : target.metric().label;
    }

    /** The dashed line where the data the model was fitted to end. */
    static org.jfree.chart.plot.ValueMarker fittedUpTo(long dataEnd, boolean dated) {
        org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(x(dataEnd, dated));
        m.setPaint(Color.GRAY);
        m.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
        m.setLabel("fitted up to here");
        return m;
    }

    /** A period's key on the chart's x axis: the day itself, or its middle in UTC milliseconds when dated. */
    static double x(long key, boolean dated) {
        if (!dated) return key;
        LocalDate d = LocalDate.ofEpochDay(key);
        RegularTimePeriod day = new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        return day.getMiddleMillisecond(java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
    }
}
