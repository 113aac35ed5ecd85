package communitysim.compare;

import communitysim.metrics.ReplicateResult;
import communitysim.metrics.Retention;
import communitysim.metrics.SummaryStats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The report's charts, every scenario overlaid in its palette colour: each headline metric over time
 * (mean and 95% band across replicates per day), the Lorenz curve of final balances and cohort retention.
 */
final class ReportCharts {

    private ReportCharts() {}

    /** True when {@code metric} is 0 on every day of every replicate of every scenario: nothing to draw. */
    static boolean allZero(HeadlineMetric metric, List<PolicyRun> runs) {
        int m = metric.metric().ordinal();
        return runs.stream().flatMap(r -> r.result().replicates().stream())
                .allMatch(rep -> Arrays.stream(rep.daily()).allMatch(day -> day[m] == 0));
    }

    static ChartFigure overTime(HeadlineMetric metric, List<PolicyRun> runs) {
        int m = metric.metric().ordinal();
        List<ChartSeries> series = new ArrayList<>();
        for (int s = 0; s < runs.size(); s++) {
            List<ReplicateResult> reps = runs.get(s).result().replicates();
            int days = reps.stream().mapToInt(r -> r.daily().length).min().orElse(0);
            double[][] samples = new double[days][];
            for (int d = 0; d < days; d++) {
                int day = d;
                samples[d] = column(reps, rep -> rep.daily()[day][m]);
            }
            series.add(band(runs.get(s).label(), s, d -> d + 1, samples));
        }
        String id = "chart-" + metric.column().replace('_', '-');
        String subtitle = "Mean of " + replicates(runs) + " replicates per scenario; band: 95% CI";
        return new ChartFigure(id, "daily.csv column: " + metric.column(),
                SvgChart.render(id, metric.label(), subtitle, "Day", metric.axisLabel(), true, series));
    }

    static ChartFigure lorenz(List<PolicyRun> runs) {
        List<ChartSeries> series = new ArrayList<>();
        for (int s = 0; s < runs.size(); s++) {
            List<ReplicateResult> reps = runs.get(s).result().replicates();
            // The scenario's metrics.lorenzPoints: the same points in every replicate.
            double[] population = reps.get(0).lorenzPopulation();
            double[] share = IntStream.range(0, population.length)
                    .mapToDouble(i -> reps.stream().mapToDouble(r -> r.lorenzShare()[i]).average().orElse(Double.NaN))
                    .toArray();
            series.add(ChartSeries.line(runs.get(s).label(), s, population, share));
        }
        series.add(ChartSeries.reference("Equality", new double[] {0, 1}, new double[] {0, 1}));
        String subtitle = "Balances on the final day, mean over " + replicates(runs) + " replicates";
        return new ChartFigure("chart-lorenz", "Lorenz curves of token balances on the final day: the share of all "
                + "balances held by the poorest share of members. The further below the dashed line of equality, "
                + "the more unequal; a curve on it means equal balances (or none at all).",
                SvgChart.render("chart-lorenz", "Lorenz curve of balances", subtitle,
                        "Share of members, poorest first (0-1)", "Share of all balances (0-1)", false, series));
    }

    static ChartFigure retention(List<PolicyRun> runs) {
        List<ChartSeries> series = new ArrayList<>();
        for (int s = 0; s < runs.size(); s++) {
            List<ReplicateResult> reps = runs.get(s).result().replicates();
            int weeks = reps.stream().mapToInt(r -> observedWeeks(r.retention())).min().orElse(0);
            double[][] samples = new double[weeks][];
            for (int w = 0; w < weeks; w++) {
                int week = w;
                samples[w] = column(reps, rep -> pooledRetention(rep.retention(), week));
            }
            series.add(band(runs.get(s).label(), s, w -> w, samples));
        }
        String subtitle = "Cohorts pooled by size, mean of " + replicates(runs) + " replicates; band: 95% CI";
        return new ChartFigure("chart-retention", "Retention: the share of members who joined that are still "
                + "members a given number of weeks later, all join weeks (cohorts) pooled by size.",
                SvgChart.render("chart-retention", "Retention by weeks since joining", subtitle,
                        "Weeks since joining", "Still members (share of cohort, 0-1)", true, series));
    }

    /**
     * Week {@code w}'s retention pooled over the cohorts observed that long: members left at the end of
     * their w-th week over those cohorts' sizes. Cells after the horizon (-1) and empty cohorts are left out.
     */
    static double pooledRetention(Retention r, int w) {
        double members = 0;
        double size = 0;
        for (int c = 0; c < r.cohortSize().length; c++) {
            if (r.cohortSize()[c] == 0 || w >= r.members()[c].length || r.members()[c][w] < 0) continue;
            members += r.members()[c][w];
            size += r.cohortSize()[c];
        }
        return size == 0 ? Double.NaN : members / size;
    }

    /** Weeks since joining observed for at least one non-empty cohort. */
    private static int observedWeeks(Retention r) {
        int weeks = 0;
        for (int c = 0; c < r.cohortSize().length; c++) {
            if (r.cohortSize()[c] == 0) continue;
            int[] row = r.members()[c];
            while (weeks < row.length && row[weeks] >= 0) weeks++;
        }
        return weeks;
    }

    /**
     * Mean and 95% interval of each point's replicate values ({@code samples[p]}, drawn at {@code x(p)}),
     * leaving out points with no finite value: a gap draws as a straight segment, a NaN would break the band.
     * A quantity never below 0 in any replicate has its band cut at 0: a t-interval of a mean of counts near 0
     * reaches below it, which reads as nonsense.
     */
    private static ChartSeries band(String label, int colour, IntToDoubleFunction x, double[][] samples) {
        List<double[]> kept = new ArrayList<>();
        for (int p = 0; p < samples.length; p++) {
            SummaryStats s = SummaryStats.of(Arrays.stream(samples[p]).filter(Double::isFinite).toArray());
            if (Double.isFinite(s.mean())) kept.add(new double[] {x.applyAsDouble(p), s.mean(), s.ciLow(), s.ciHigh()});
        }
        boolean nonNegative = Arrays.stream(samples).flatMapToDouble(Arrays::stream).allMatch(v -> !(v < 0));
        if (nonNegative) {
            for (double[] k : kept) k[2] = Math.max(0, k[2]);
        }
        return new ChartSeries(label, colour, false, kept.stream().mapToDouble(k -> k[0]).toArray(),
                kept.stream().mapToDouble(k -> k[1]).toArray(), kept.stream().mapToDouble(k -> k[2]).toArray(),
                kept.stream().mapToDouble(k -> k[3]).toArray());
    }

    private static double[] column(List<ReplicateResult> reps, ToDoubleFunction<ReplicateResult> value) {
        return reps.stream().mapToDouble(value).toArray();
    }

    private static int replicates(List<PolicyRun> runs) {
        return runs.get(0).result().replicates().size();
    }
}
