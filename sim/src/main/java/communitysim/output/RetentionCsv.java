package communitysim.output;

import communitysim.metrics.ReplicateResult;
import communitysim.metrics.Retention;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code retention.csv}, long format: one row per replicate × cohort × week since joining that was
 * observed within the horizon. Empty cohorts and unobserved cells (-1) are left out rather than
 * written as zeros, which would read as "everyone left".
 */
final class RetentionCsv {

    static final String FILE = "retention.csv";

    private RetentionCsv() {}

    static void write(List<ReplicateResult> replicates, Path dir) throws IOException {
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), "replicate", "cohort_week", "weeks_since_join",
                "cohort_size", "members", "active", "retention", "active_retention")) {
            for (ReplicateResult r : replicates) {
                Retention ret = r.retention();
                for (int c = 0; c < ret.cohortSize().length; c++) {
                    int size = ret.cohortSize()[c];
                    if (size == 0) continue;
                    int[] members = ret.members()[c];
                    int[] active = ret.active()[c];
                    for (int w = 0; w < members.length; w++) {
                        if (members[w] < 0 || active[w] < 0) continue;
                        csv.number(r.replicate()).number(c).number(w).number(size)
                                .number(members[w]).number(active[w])
                                .number((double) members[w] / size).number((double) active[w] / size);
                        csv.endRow();
                    }
                }
            }
        }
    }
}
