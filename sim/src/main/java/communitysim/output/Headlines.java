package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.metrics.SummaryStats;

import java.util.ArrayList;
import java.util.List;

/**
 * The few figures a person reads first about a run, as the terminal prints them after {@code run} and
 * the folder's {@code index.html} shows them: {@code members (final day): 112,700 [95% CI 109,800, 115,600]}.
 * Flows (joins, losses) read as their mean per day over the horizon, everything else on the final day.
 */
public final class Headlines {

    /** The key headlines of the metric definitions ({@link Metric.Headline#key()}), in rank order. */
    public static final List<Metric> METRICS = Metric.keyHeadlines();

    private Headlines() {}

    public static List<String> lines(RunSummary summary) {
        List<String> lines = new ArrayList<>();
        for (Metric m : METRICS) lines.add(line(m, summary));
        return lines;
    }

    static String line(Metric m, RunSummary summary) {
        boolean flow = m.kind.summedOverPeriods();
        SummaryStats s = summary.get(m, flow ? Scope.HORIZON : Scope.FINAL);
        String figure = m.column + " (" + (flow ? "mean per day" : "final day") + "): " + Numbers.readable(s.mean());
        // One replicate has no spread to estimate an interval from; a [x, x] interval would claim certainty.
        if (s.n() < 2) return figure + " (1 replicate: no confidence interval)";
        return figure + " [95% CI " + Numbers.readable(s.ciLow()) + ", " + Numbers.readable(s.ciHigh()) + "]";
    }
}
