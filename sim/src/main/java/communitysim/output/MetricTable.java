package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.scenario.MarkedSection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The metric definitions ({@link Metric}) as a table: {@code metrics.csv} in every results folder that
 * holds daily metrics, so that a reader (the notebooks' {@code csim.py}) takes labels, units, kinds,
 * valences, charts and headlines from the folder instead of a copy of its own; and the Markdown table
 * of {@code docs/metrics.md}, between {@link #START} and {@link #END}.
 */
public final class MetricTable {

    public static final String FILE = "metrics.csv";
    public static final String START = "<!-- metrics:start -->";
    public static final String END = "<!-- metrics:end -->";

    /** {@code metrics.csv}'s columns, one row per metric in {@code daily.csv}'s column order. */
    public static final List<String> COLUMNS = List.of("column", "label", "unit", "kind", "valence", "chart", "chart_title",
            "headline", "headline_rank", "per_member_label", "tokens", "computed");

    private MetricTable() {}

    /** Writes {@code metrics.csv} into {@code dir}. */
    public static void write(Path dir) throws IOException {
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), COLUMNS.toArray(String[]::new))) {
            rows(csv);
        }
    }

    /** The text of {@code metrics.csv}. */
    public static String csv() throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (CsvWriter csv = new CsvWriter(text, COLUMNS.toArray(String[]::new))) {
            rows(csv);
        }
        return text.toString();
    }

    private static void rows(CsvWriter csv) throws IOException {
        for (Metric m : Metric.values()) {
            for (String cell : row(m)) csv.text(cell);
            csv.endRow();
        }
    }

    /** One metric's cells, in {@link #COLUMNS} order. */
    public static List<String> row(Metric m) {
        return List.of(m.column, m.label, m.unit, name(m.kind), name(m.valence),
                m.chart.id, m.chart.title,
                m.headline.tier(), Integer.toString(m.headline.rank()),
                m.headline.perMemberLabel() == null ? "" : m.headline.perMemberLabel(),
                Boolean.toString(m.needsTokens()), m.computed);
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The Markdown table of every metric. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| Column | Label | Unit | Kind | Valence | Chart | Headline | Computed from |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Metric m : Metric.values()) {
            md.append("| `").append(m.column).append("` | ").append(MarkedSection.cell(m.label)).append(" | ").append(MarkedSection.cell(m.unit))
                    .append(" | ").append(name(m.kind)).append(" | ").append(valence(m.valence)).append(" | ")
                    .append("`").append(m.chart.id).append("`").append(" | ")
                    .append(headline(m)).append(" | ").append(MarkedSection.cell(m.computed)).append(" |\n");
        }
        md.append("\n| Chart | Title | Y axis | Metrics |\n|---|---|---|---|\n");
        for (Metric.Chart c : Metric.Chart.values()) {
            md.append("| `").append(c.id).append("` | ").append(MarkedSection.cell(c.title)).append(c.tokens ? " (token economy only)" : "")
                    .append(" | ").append(MarkedSection.cell(c.yLabel)).append(" | ")
                    .append(String.join(", ", c.series().stream().map(m -> "`" + m.column + "`").toList())).append(" |\n");
        }
        return md.toString();
    }

    private static String valence(Metric.Valence v) {
        return switch (v) {
            case HIGHER_IS_BETTER -> "higher is better";
            case LOWER_IS_BETTER -> "lower is better";
            case NEUTRAL -> "neutral";
        };
    }

    private static String headline(Metric m) {
        if (!m.headline.any()) return "";
        String s = m.headline.tier() + " " + m.headline.rank();
        return m.headline.perMemberLabel() == null ? s : s + ", per member";
    }

    private static final MarkedSection SECTION = new MarkedSection(START, END, "metric table");

    /** Rewrites the section between {@link #START} and {@link #END} of {@code file}. */
    public static void writeMarkdown(Path file) throws IOException {
        Files.writeString(file, SECTION.with(Files.readString(file, StandardCharsets.UTF_8), markdown()), StandardCharsets.UTF_8);
    }

    /** The text between the marker lines, if both are there. */
    public static Optional<String> section(String text) {
        return SECTION.in(text);
    }
}
