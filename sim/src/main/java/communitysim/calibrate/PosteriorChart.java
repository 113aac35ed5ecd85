package communitysim.calibrate;

import communitysim.output.ChartWriter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Posterior marginals (weighted histograms over the prior range) and a pairs panel. */
final class PosteriorChart {
    private static final int BINS = 30;

    private PosteriorChart() {}

    static void marginal(Calibration.Result result, int k, Path png) throws IOException {
        Parameter p = result.plan().params().get(k);
        AbcSmc.Population post = result.posterior();
        double[] mass = new double[BINS];
        double width = (p.zHi() - p.zLo()) / BINS;
        for (int i = 0; i < post.size(); i++) {
            int b = (int) Math.min(BINS - 1, Math.max(0, (p.toZ(post.theta()[i][k]) - p.zLo()) / width));
            mass[b] += post.weights()[i];
        }
        XYSeries s = new XYSeries("posterior weight");
        for (int b = 0; b < BINS; b++) s.add(p.fromZ(p.zLo() + (b + 0.5) * width), mass[b]);
        JFreeChart chart = ChartFactory.createXYBarChart("Posterior of " + p.path(), p.path(), false, "share of posterior weight",
                new XYSeriesCollection(s));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        if (p.log()) {
            LogAxis axis = new LogAxis(p.path() + " (log scale)");
            axis.setRange(p.lo(), p.hi());
            plot.setDomainAxis(axis);
        } else {
            plot.getDomainAxis().setRange(p.lo(), p.hi());
        }
        XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, new Color(31, 119, 180));
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        chart.removeLegend();
        ChartWriter.writePng(chart, 700, 420, png);
    }

    /** A grid of scatter plots, one per pair of knobs, each on its prior range (log axes for log priors). */
    static void pairs(Calibration.Result result, Path png) throws IOException {
        List<Parameter> params = result.plan().params();
        AbcSmc.Population post = result.posterior();
        int n = params.size();
        int cell = 260;
        BufferedImage img = new BufferedImage(cell * (n - 1), cell * (n - 1), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        double wMax = 0;
        for (double w : post.weights()) wMax = Math.max(wMax, w);
        for (int a = 0; a < n - 1; a++) {
            for (int b = a + 1; b < n; b++) {
                XYSeries s = new XYSeries("particles");
                for (int i = 0; i < post.size(); i++) s.add(post.theta()[i][b], post.theta()[i][a]);
                JFreeChart chart = ChartFactory.createScatterPlot(null, params.get(b).path(), params.get(a).path(), new XYSeriesCollection(s));
                XYPlot plot = chart.getXYPlot();
                plot.setBackgroundPaint(Color.WHITE);
                plot.setDomainAxis(axis(params.get(b)));
                plot.setRangeAxis(axis(params.get(a)));
                XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
                r.setSeriesPaint(0, new Color(31, 119, 180, 110));
                r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
                chart.removeLegend();
                chart.draw(g, new java.awt.geom.Rectangle2D.Double((b - 1) * cell, a * cell, cell, cell));
            }
        }
        g.dispose();
        javax.imageio.ImageIO.write(img, "png", png.toFile());
    }

    private static org.jfree.chart.axis.ValueAxis axis(Parameter p) {
        org.jfree.chart.axis.ValueAxis axis = p.log() ? new LogAxis(p.path()) : new NumberAxis(p.path());
        axis.setRange(p.lo(), p.hi());
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        return axis;
    }
}
