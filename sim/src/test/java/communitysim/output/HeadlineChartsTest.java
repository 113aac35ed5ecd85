package communitysim.output;

import communitysim.metrics.Metric;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HeadlineChartsTest {

    @Test
    void noChartMixesATotalWithADailyCount() {
        // One axis, one reading: subgroups (a count of groups) beside births per day read as comparable.
        for (ChartSpec spec : HeadlineCharts.ALL) {
            assertEquals(1, spec.series().stream().map(m -> m.kind).distinct().count(),
                    spec.slug() + ": " + spec.series().stream().map(m -> m.column + " " + m.kind).collect(Collectors.joining(", ")));
        }
    }

    @Test
    void everyChartHasAOneLineCaption() {
        for (ChartSpec spec : HeadlineCharts.ALL) {
            assertFalse(spec.caption().isBlank(), spec.slug());
            assertFalse(spec.caption().contains("\n"), spec.slug());
        }
    }

    @Test
    void tokenChartsAreThoseAboutTokens() {
        for (ChartSpec spec : HeadlineCharts.ALL) {
            boolean tokens = spec.series().stream().allMatch(HeadlineCharts.TOKEN_METRICS::contains);
            assertEquals(tokens, HeadlineCharts.isTokenChart(spec), spec.slug());
        }
        assertEquals(true, HeadlineCharts.isTokenChart(HeadlineCharts.ALL.stream()
                .filter(s -> s.series().contains(Metric.GINI)).findFirst().orElseThrow()));
    }
}
