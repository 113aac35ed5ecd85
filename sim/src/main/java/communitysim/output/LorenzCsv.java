package communitysim.output;

import communitysim.metrics.ReplicateResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code lorenz.csv}: the Lorenz curve of final balances, one row per replicate × point. */
final class LorenzCsv {

    static final String FILE = "lorenz.csv";

    private LorenzCsv() {}

    static void write(List<ReplicateResult> replicates, Path dir) throws IOException {
        try (CsvWriter csv = new CsvWriter(dir.resolve(FILE), "replicate", "population_share", "balance_share")) {
            for (ReplicateResult r : replicates) {
                double[] population = r.lorenzPopulation();
                double[] share = r.lorenzShare();
                if (population.length != share.length) {
                    throw new IllegalArgumentException("replicate " + r.replicate() + " has " + population.length
                            + " Lorenz population points but " + share.length + " balance shares");
                }
                for (int i = 0; i < population.length; i++) {
                    csv.number(r.replicate()).number(population[i]).number(share[i]);
                    csv.endRow();
                }
            }
        }
    }
}
