package communitysim.metrics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every metric is defined whole, once; charts and headlines derived from the definitions are well formed. */
class MetricDefinitionsTest {

    @Test
    void everyMetricHasEveryField() {
        for (Metric m : Metric.values()) {
            assertTrue(m.column != null && m.column.matches("[a-z][a-z0-9_]*"), m + ": column");
            for (String text : new String[] {m.label, m.unit, m.computed}) {
                assertTrue(text != null && !text.isBlank() && !text.contains("\n"), m + ": label, unit and computation are one line each");
            }
            assertNotNull(m.kind, m + ": kind");
            assertNotNull(m.valence, m + ": valence");
            assertNotNull(m.headline, m + ": headline (Headline.NONE for none)");
            assertNotNull(m.chart, m + ": chart (every metric is drawn somewhere)");
        }
    }

    @Test
    void columnsAndLabelsAreUnique() {
        Set<String> columns = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Metric m : Metric.values()) {
            assertTrue(columns.add(m.column), "column twice: " + m.column);
            assertTrue(labels.add(m.label), "label twice: " + m.label);
            assertEquals(m, Metric.byColumn(m.column));
        }
    }

    @Test
    void everyChartIsWellFormed() {
        Set<String> ids = new HashSet<>();
        for (Metric.Chart c : Metric.Chart.values()) {
            assertTrue(c.id.matches("[a-z0-9_]+"), c + ": id");
            assertTrue(ids.add(c.id), "chart id twice: " + c.id);
            for (String text : new String[] {c.title, c.yLabel, c.caption}) {
                assertTrue(text != null && !text.isBlank() && !text.contains("\n"), c + ": title, axis and caption");
            }
            List<Metric> series = c.series();
            assertFalse(series.isEmpty(), c + " draws nothing");
            assertEquals(series.size(), new HashSet<>(series).size(), c + " lists a metric twice");
            assertEquals(1, series.stream().map(m -> m.kind).distinct().count(), c + " mixes kinds of number");
            assertEquals(c.tokens, series.stream().allMatch(Metric::needsTokens), c + ": token chart");
        }
        List<Metric> drawn = new ArrayList<>();
        for (Metric.Chart c : Metric.Chart.values()) drawn.addAll(c.series());
        assertEquals(new HashSet<>(drawn).size(), drawn.size(), "a metric on two charts");
        assertEquals(Metric.count(), drawn.size(), "a metric on no chart");
    }

    @Test
    void headlineRanksRunFromOneWithoutGaps() {
        List<Metric> headlines = Metric.headlines();
        assertEquals(IntStream.rangeClosed(1, headlines.size()).boxed().toList(),
                headlines.stream().map(m -> m.headline.rank()).toList(), "ranks 1..n, each once");
        assertFalse(Metric.keyHeadlines().isEmpty());
        assertTrue(headlines.containsAll(Metric.keyHeadlines()));
        for (Metric m : Metric.values()) {
            if (m.headline.perMemberLabel() != null) assertTrue(m.kind.summedOverPeriods(), m + ": only a flow divides by members");
        }
    }

    @Test
    void theKeyHeadlinesAreTheOnesEveryReaderExpects() {
        // runs.csv's horizon means, the sweep's panels and the terminal's lines follow from these.
        assertEquals(List.of(Metric.MEMBERS, Metric.DAU, Metric.ACTIVE_RATIO, Metric.JOINS, Metric.CHURNED), Metric.keyHeadlines());
    }

    @Test
    void centralisationHasAChart() {
        assertEquals(List.of(Metric.CENTRALISATION), Metric.CENTRALISATION.chart.series());
    }
}
