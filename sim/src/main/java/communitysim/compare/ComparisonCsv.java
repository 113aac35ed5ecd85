package communitysim.compare;

import communitysim.output.CsvWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code comparison.csv}: one row per headline metric × scope × scenario. The contract's columns come
 * first; {@code scope} and after extend it. The first scenario's rows leave the comparison columns empty.
 * {@code diff_ci_*} is the usual unadjusted 95% interval; {@code adj_ci_*} the interval at
 * {@code adj_confidence}, which is what agrees with {@code p_holm} and the verdict.
 */
final class ComparisonCsv {

    static final String FILE = "comparison.csv";

    static final String[] HEADER = {"metric", "scenario", "mean", "ci_low", "ci_high", "diff_vs_first", "p_value",
            "effect_size", "scope", "diff_ci_low", "diff_ci_high", "p_holm", "test", "verdict", "adj_ci_low", "adj_ci_high", "adj_confidence",
            "valence"};

    private ComparisonCsv() {}

    static void write(ComparisonTable table, Path dir) throws IOException {
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), HEADER)) {
            for (ComparisonRow r : table.rows()) {
                csv.text(r.metric().column()).text(r.label())
                        .number(r.stats().mean()).number(r.stats().ciLow()).number(r.stats().ciHigh());
                PairedResult p = r.paired();
                if (r.isReference()) {
                    csv.text("").text("").text("").text(r.scope().key).text("").text("").text("").text("").text("")
                            .text("").text("").text("");
                } else {
                    csv.number(p.meanDiff()).number(p.pValue()).number(p.effectSize()).text(r.scope().key)
                            .number(p.diffCiLow()).number(p.diffCiHigh()).number(r.pHolm())
                            .text(p.test().key).text(r.verdict().key)
                            .number(r.adjCiLow()).number(r.adjCiHigh()).number(1 - r.adjLevel());
                }
                csv.text(r.metric().valence().name().toLowerCase(Locale.ROOT));
                csv.endRow();
            }
        }
    }
}
