package communitysim.output;

import communitysim.metrics.GroupLives;
import communitysim.metrics.ReplicateResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code groups.csv}: one row per replicate × subgroup it opened, with the day it opened and closed
 * (empty while open at the end), its lifetime in days (to the last day for an open group, so a
 * censored lifetime: {@code cause} says which), its largest size and its parent group (empty for a
 * group of newcomers). Empty with groups off.
 */
final class GroupsCsv {
    static final String FILE = "groups.csv";

    private GroupsCsv() {}

    static void write(List<ReplicateResult> replicates, Path dir) throws IOException {
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), "replicate", "group", "born_day", "died_day",
                "lifetime_days", "peak_size", "parent", "cause")) {
            for (ReplicateResult r : replicates) {
                GroupLives lives = r.groups();
                for (int g = 0; g < lives.count(); g++) {
                    csv.number(r.replicate()).number(g).number(lives.born()[g]);
                    if (lives.died(g)) csv.number(lives.closed()[g]);
                    else csv.text("");
                    csv.number(lives.lifetime(g)).number(lives.peakSize()[g]);
                    if (lives.parent()[g] >= 0) csv.number(lives.parent()[g]);
                    else csv.text("");
                    csv.text(lives.cause(g).name());
                    csv.endRow();
                }
            }
        }
    }
}
