package communitysim.output;

import communitysim.metrics.Metric;

import java.util.List;

/**
 * One chart of the results folder: the daily mean of each metric in {@code series} across
 * replicates, with its 95% band.
 *
 * @param slug   file name without extension ({@code members} gives {@code members.png} and {@code members.svg})
 * @param title  chart title
 * @param yLabel y-axis label, with units
 * @param caption one line under the chart on the folder's {@code index.html}: what to read from it
 * @param series the metrics drawn, one line each, labelled by {@link Metric#label}
 */
public record ChartSpec(String slug, String title, String yLabel, String caption, List<Metric> series) {

    public ChartSpec {
        if (!slug.matches("[a-z0-9_]+")) throw new IllegalArgumentException("chart slug must be [a-z0-9_]+: " + slug);
        if (series.isEmpty()) throw new IllegalArgumentException("chart " + slug + " has no series");
        series = List.copyOf(series);
    }

    public ChartSpec(String slug, String title, String yLabel, String caption, Metric... series) {
        this(slug, title, yLabel, caption, List.of(series));
    }
}
