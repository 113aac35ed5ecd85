package communitysim.calibrate;

import communitysim.output.ChartWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A what-if forecast of one target drawn against the no-change forecast on the same axes (each a
 * median and its 90% band, the observed values as dots), and the paired difference between them
 * (median and 90% band around a zero line). Dashed lines mark where the fitted data end and where
 * the policy starts. Only the forecast's periods are drawn, from a year before the origin, so that
 * the months a strategist asks about fill the chart.
 */
final class WhatIfChart {
    private static final Color NO_CHANGE = new Color(120, 120, 120);
    private static final Color POLICY = new Color(214, 39, 40);

    private WhatIfChart() {}

    /** Both forecasts: q[period] is the q05..q95 row of {@link Quantiles}. */
    static void both(String title, String yLabel, boolean dated, List<long[]> periods, int first, double[][] noChange, double[][] policy,
                     double[] observed, long dataEnd, long policyStart, Path png) throws IOException {
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band("no change, 90% band", periods, first, noChange, dated));
        bands.addSeries(band("policy, 90% band", periods, first, policy, dated));
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(median("no change, median", periods, first, noChange, dated));
        lines.addSeries(median("policy, median", periods, first, policy, dated));
        XYSeries obs = new XYSeries("observed");
        for (int p = first; p < periods.size(); p++) if (!Double.isNaN(observed[p])) obs.add(FanChart.x(periods.get(p)[1], dated), observed[p]);
        lines.addSeries(obs);
        boolean log = spansOrders(periods, first, noChange, policy);
        XYPlot plot = plot(title + (log ? " (log scale)" : ""), yLabel, dated, bands, lines, png);
        if (log) {
            // a policy that multiplies the community would flatten the no-change forecast and the data into the axis
            plot.setRangeAxis(FanChart.logAxis(yLabel));
        } else {
            ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        }
        mark(plot, dataEnd, policyStart, dated);
        ChartWriter.writePng(plot.getChart(), 1100, 520, png);
    }

    /** Bands spanning more than a factor of {@link FanChart#LOG_FROM} over the no-change median are drawn on a log axis. */
    private static boolean spansOrders(List<long[]> periods, int first, double[][] noChange, double[][] policy) {
        double top = 0, typical = 0;
        for (int p = first; p < periods.size(); p++) {
            top = Math.max(top, Math.max(noChange[p][6], policy[p][6]));
            typical = Math.max(typical, noChange[p][3]);
        }
        return top > FanChart.LOG_FROM * Math.max(typical, 1);
    }

    /** How far beyond the largest median difference a clipped band is drawn. */
    static final double CLIP = 5;

    /** The paired difference (policy minus no change) per period. */
    static void difference(String title, String yLabel, boolean dated, List<long[]> periods, int first, double[][] diff,
                           long dataEnd, long policyStart, Path png) throws IOException {
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band("difference, 90% band", periods, first, diff, dated));
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(median("difference, median", periods, first, diff, dated));
        XYPlot plot = plot(title, yLabel, dated, bands, lines, png);
        plot.getRenderer(0).setSeriesPaint(0, POLICY);
        ((DeviationRenderer) plot.getRenderer(0)).setSeriesFillPaint(0, new Color(214, 39, 40, 60));
        plot.getRenderer(1).setSeriesPaint(0, POLICY.darker());
        ValueMarker zero = new ValueMarker(0);
        zero.setPaint(Color.BLACK);
        plot.addRangeMarker(zero);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        // a difference can be negative, so no log axis: a band far wider than the median is clipped, and says so
        double median = 0, lo = 0, hi = 0;
        for (int p = first; p < periods.size(); p++) {
            median = Math.max(median, Math.abs(diff[p][3]));
            lo = Math.min(lo, diff[p][0]);
            hi = Math.max(hi, diff[p][6]);
        }
        if (median > 0 && Math.max(hi, -lo) > CLIP * median) {
            double cap = CLIP * median;
            plot.getRangeAxis().setRange(Math.max(lo, -cap) * 1.05, Math.min(hi, cap) * 1.05);
            plot.getChart().addSubtitle(new org.jfree.chart.title.TextTitle("90% band clipped at " + (int) CLIP
                    + " times the largest median difference; difference.csv has it whole"));
        }
        mark(plot, dataEnd, policyStart, dated);
        ChartWriter.writePng(plot.getChart(), 1100, 420, png);
    }

    private static XYPlot plot(String title, String yLabel, boolean dated, YIntervalSeriesCollection bands, XYSeriesCollection lines, Path png) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, dated ? "date" : "day", yLabel, bands);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        if (dated) plot.setDomainAxis(new DateAxis("date"));
        DeviationRenderer band = new DeviationRenderer(true, false);
        Color[] colours = {NO_CHANGE, POLICY};
        for (int s = 0; s < bands.getSeriesCount(); s++) {
            Color c = colours[s % colours.length];
            band.setSeriesPaint(s, c);
            band.setSeriesFillPaint(s, new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            band.setSeriesStroke(s, new BasicStroke(0f));
        }
        band.setAlpha(1f);
        plot.setRenderer(0, band);
        plot.setDataset(1, lines);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            boolean dots = lines.getSeries(s).getKey().equals("observed");
            r.setSeriesPaint(s, dots ? Color.BLACK : colours[s % colours.length].darker());
            r.setSeriesShapesVisible(s, dots);
            r.setSeriesLinesVisible(s, !dots);
            r.setSeriesStroke(s, new BasicStroke(2f));
            if (dots) r.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        plot.setRenderer(1, r);
        return plot;
    }

    private static void mark(XYPlot plot, long dataEnd, long policyStart, boolean dated) {
        plot.addDomainMarker(FanChart.fittedUpTo(dataEnd, dated));
        if (policyStart != dataEnd + 1) {
            ValueMarker policy = new ValueMarker(FanChart.x(policyStart, dated));
            policy.setPaint(POLICY);
            policy.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {2, 3}, 0));
            policy.setLabel("policy from here");
            plot.addDomainMarker(policy);
        }
    }

    private static YIntervalSeries band(String name, List<long[]> periods, int first, double[][] q, boolean dated) {
        YIntervalSeries s = new YIntervalSeries(name);
        for (int p = first; p < periods.size(); p++) s.add(FanChart.x(periods.get(p)[1], dated), q[p][3], q[p][0], q[p][6]);
        return s;
    }

    private static XYSeries median(String name, List<long[]> periods, int first, double[][] q, boolean dated) {
        XYSeries s = new XYSeries(name);
        for (int p = first; p < periods.size(); p++) s.add(FanChart.x(periods.get(p)[1], dated), q[p][3]);
        return s;
    }
}
