package communitysim.output;

import communitysim.metrics.ReplicateResult;
import communitysim.run.RunResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The Lorenz curve of final token balances ({@code lorenz.csv} drawn): every replicate's own curve,
 * thin, against the line of equality. Curves are not averaged: a mean of curves is not the curve of
 * any community, and the spread between them is what a reader needs to see.
 */
final class LorenzChart {

    static final String SLUG = "lorenz";
    static final String CAPTION = "Lorenz curve of token balances on the last day, one line per replicate: the further "
            + "below the diagonal, the more the balances are concentrated.";

    private static final Color EQUALITY = new Color(0x888888);
    private static final Color CURVE = ChartWriter.PALETTE.get(0);

    private LorenzChart() {}

    static JFreeChart build(RunResult result) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries equality = new XYSeries("Equal balances", false, true);
        equality.add(0, 0);
        equality.add(1, 1);
        data.addSeries(equality);
        int n = result.replicates().size();
        for (ReplicateResult r : result.replicates()) {
            // Series keys must differ; only the first curve shows in the legend, for all of them.
            String key = r == result.replicates().get(0) ? (n == 1 ? "The replicate" : "Each replicate (" + n + ")")
                    : "replicate " + r.replicate();
            XYSeries curve = new XYSeries(key, false, true);
            double[] population = r.lorenzPopulation();
            double[] share = r.lorenzShare();
            for (int i = 0; i < population.length; i++) curve.add(population[i], share[i]);
            data.addSeries(curve);
        }

        NumberAxis x = ChartWriter.axis("Share of members, poorest first", false);
        x.setRange(0, 1);
        NumberAxis y = ChartWriter.axis("Share of all balances", false);
        y.setRange(0, 1);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, EQUALITY);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {8f, 6f}, 0f));
        BasicStroke thin = new BasicStroke(n > 1 ? 1.5f : 2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        Color translucent = new Color(CURVE.getRed(), CURVE.getGreen(), CURVE.getBlue(), n > 1 ? 150 : 255);
        for (int i = 1; i <= n; i++) {
            renderer.setSeriesPaint(i, translucent);
            renderer.setSeriesStroke(i, thin);
            renderer.setSeriesVisibleInLegend(i, i == 1);
        }
        return ChartWriter.chart("Inequality of balances on the last day", ChartWriter.subtitle(result,
                        n == 1 ? "1 replicate" : "one line for each of " + n + " replicates"),
                ChartWriter.plot(data, x, y, renderer), true);
    }
}
