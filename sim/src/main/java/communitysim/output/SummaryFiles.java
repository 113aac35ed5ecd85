package communitysim.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.metrics.Metric;
import communitysim.metrics.SummaryStats;

import java.io.IOException;
import java.nio.file.Path;

/** {@code summary.csv} and {@code summary.json}: the same numbers, one row / one object per metric × scope. */
final class SummaryFiles {

    static final String CSV = "summary.csv";
    static final String JSON = "summary.json";

    private SummaryFiles() {}

    static void write(RunSummary summary, Path dir) throws IOException {
        writeCsv(summary, dir.resolve(CSV));
        writeJson(summary, dir.resolve(JSON));
    }

    private static void writeCsv(RunSummary summary, Path file) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, "metric", "scope", "n", "mean", "sd", "ci_low", "ci_high")) {
            for (Metric metric : Metric.values()) {
                for (Scope scope : Scope.values()) {
                    SummaryStats s = summary.get(metric, scope);
                    csv.text(metric.column).text(scope.key).number(s.n())
                            .number(s.mean()).number(s.sd()).number(s.ciLow()).number(s.ciHigh());
                    csv.endRow();
                }
            }
        }
    }

    private static void writeJson(RunSummary summary, Path file) throws IOException {
        ObjectNode root = Json.object();
        root.put("replicates", summary.replicates());
        ObjectNode metrics = root.putObject("metrics");
        for (Metric metric : Metric.values()) {
            ObjectNode byScope = metrics.putObject(metric.column);
            for (Scope scope : Scope.values()) {
                SummaryStats s = summary.get(metric, scope);
                ObjectNode node = byScope.putObject(scope.key);
                node.put("n", s.n());
                Json.putNumber(node, "mean", s.mean());
                Json.putNumber(node, "sd", s.sd());
                Json.putNumber(node, "ci_low", s.ciLow());
                Json.putNumber(node, "ci_high", s.ciHigh());
            }
        }
        RunSummary.GroupLifetimes lifetimes = summary.groupLifetimes();
        ObjectNode groups = root.putObject("group_lifetimes");
        groups.put("groups", lifetimes.groups());
        groups.put("died", lifetimes.died());
        Json.putNumber(groups, "q1_days", lifetimes.q1());
        Json.putNumber(groups, "median_days", lifetimes.median());
        Json.putNumber(groups, "q3_days", lifetimes.q3());
        Json.write(file, root);
    }
}
