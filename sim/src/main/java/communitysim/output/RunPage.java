package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.run.RunResult;
import communitysim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run folder's charts and its {@link IndexPage}: which charts a run gets (none about tokens when
 * it had none: flat zeros would read as a finding) and what the page says about them.
 */
final class RunPage {

    private static final String CHARTS = ResultsWriter.CHARTS_DIR + "/";

    private RunPage() {}

    /** Draws the run's charts into {@code dir}/charts and writes {@code dir}/index.html. */
    static void write(RunResult result, RunSummary summary, Path dir) throws IOException {
        Path charts = Files.createDirectories(dir.resolve(ResultsWriter.CHARTS_DIR));
        boolean tokens = tokensMoved(result);
        List<ChartSpec> specs = HeadlineCharts.ALL.stream().filter(s -> tokens || !HeadlineCharts.isTokenChart(s)).toList();
        ChartWriter.writeAll(specs, result, charts);
        ChartWriter.write(RetentionHeatmap.build(result), RetentionHeatmap.SLUG, charts);
        if (tokens) ChartWriter.write(LorenzChart.build(result), LorenzChart.SLUG, charts);
        boolean lifetimes = GroupLifetimeChart.applies(summary.groupLifetimes());
        if (lifetimes) ChartWriter.write(GroupLifetimeChart.build(result, summary.groupLifetimes()), GroupLifetimeChart.SLUG, charts);

        List<IndexPage.Figure> figures = new ArrayList<>();
        for (ChartSpec spec : specs) figures.add(figure(spec.slug(), spec.caption()));
        figures.add(figure(RetentionHeatmap.SLUG, RetentionHeatmap.CAPTION));
        if (tokens) figures.add(figure(LorenzChart.SLUG, LorenzChart.CAPTION));
        if (lifetimes) figures.add(figure(GroupLifetimeChart.SLUG, GroupLifetimeChart.CAPTION));

        List<String> notes = new ArrayList<>();
        if (!tokens) {
            String left = HeadlineCharts.ALL.stream().filter(HeadlineCharts::isTokenChart).map(ChartSpec::slug)
                    .collect(Collectors.joining(", "));
            notes.add((rewardsOff(result.scenario()) ? "Tokens are off in this scenario (rewards.enabled: false)"
                    : "No tokens were emitted or paid in this run")
                    + ", so the token charts (" + left + ", lorenz) are left out: every token figure is 0.");
        }
        new IndexPage(result.scenario().name(), lede(result), Headlines.lines(summary), figures, notes, DATA_FILES)
                .write(dir);
    }

    private static final List<IndexPage.DataFile> DATA_FILES = List.of(
            new IndexPage.DataFile(SummaryFiles.CSV, "Each metric's mean, sd and 95% CI over the replicates, on the final day and over the horizon."),
            new IndexPage.DataFile(SummaryFiles.JSON, "The same summary as JSON."),
            new IndexPage.DataFile(DailyCsv.FILE, "One row per replicate and day, every metric as a column (long format)."),
            new IndexPage.DataFile(MetricTable.FILE, "Every metric of daily.csv: label, unit, kind, valence, chart, headline and how it is computed."),
            new IndexPage.DataFile(RetentionCsv.FILE, "Cohort retention: one row per replicate, join week and week since joining."),
            new IndexPage.DataFile(LorenzCsv.FILE, "The Lorenz curve of final token balances, one row per replicate and point."),
            new IndexPage.DataFile(GroupsCsv.FILE, "Every subgroup a replicate opened: born, died (empty if still open), lifetime, peak size, parent, cause."),
            new IndexPage.DataFile(Manifest.FILE, "The resolved scenario (every default filled), each replicate's seed, version, commit and timings."),
            new IndexPage.DataFile(CHARTS, "Every chart as PNG and SVG."));

    private static IndexPage.Figure figure(String slug, String caption) {
        return new IndexPage.Figure(CHARTS + slug + ".png", CHARTS + slug + ".svg", caption);
    }

    private static String lede(RunResult result) {
        Scenario s = result.scenario();
        int n = result.replicates().size();
        String description = s.description() == null || s.description().isBlank() ? "" : s.description().strip() + " ";
        String seeds = n == 1 ? "seed " + result.baseSeed() : "seeds " + result.baseSeed() + "–" + (result.baseSeed() + n - 1);
        return description + (n == 1 ? "1 replicate" : n + " replicates") + " of " + s.days() + " days (" + seeds
                + ") from " + result.scenarioSource() + ".";
    }

    /** Whether any token moved in any replicate on any day. */
    static boolean tokensMoved(RunResult result) {
        if (rewardsOff(result.scenario())) return false;
        for (ReplicateResult r : result.replicates()) {
            for (double[] day : r.daily()) {
                for (Metric m : HeadlineCharts.TOKEN_METRICS) if (day[m.ordinal()] != 0) return true;
            }
        }
        return false;
    }

    /** Off for the whole run: not at day 0, and no intervention switches them on. */
    private static boolean rewardsOff(Scenario s) {
        if (s.rewards() == null || s.rewards().enabled()) return false;
        return communitysim.scenario.Timeline.of(s).scenarios().stream().noneMatch(t -> t.rewards().enabled());
    }
}
