package communitysim.compare;

import communitysim.output.CsvWriter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code comparison.csv}: one row per headline metric × scope × scenario. The contract's columns come
 * first; {@code scope} and after extend it. The first scenario's rows leave the comparison columns empty.
 */
final class ComparisonCsv {

    static final String FILE = "comparison.csv";

    static final String[] HEADER = {"metric", "scenario", "mean", "ci_low", "ci_high", "diff_vs_first", "p_value",
            "effect_size", "scope", "diff_ci_low", "diff_ci_high", "p_holm", "test", "verdict"};

    private ComparisonCsv() {}

    static void write(ComparisonTable table, Path dir) throws IOException {
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), HEADER)) {
            for (ComparisonRow r : table.rows()) {
                csv.text(r.metric().metric().column).text(r.label())
                        .number(r.stats().mean()).number(r.stats().ciLow()).number(r.stats().ciHigh());
                PairedResult p = r.paired();
                if (r.isReference()) {
                    csv.text("").text("").text("").text(r.scope().key).text("").text("").text("").text("").text("");
                } else {
                    csv.number(p.meanDiff()).number(p.pValue()).number(p.effectSize()).text(r.scope().key)
                            .number(p.diffCiLow()).number(p.diffCiHigh()).number(r.pHolm())
                            .text(p.test().key).text(r.verdict().key);
                }
                csv.endRow();
            }
        }
    }
}
