package communitysim.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.output.AtomicDirectory;
import communitysim.output.CsvWriter;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;

/**
 * Carries a {@link SweepPlan} to a results folder. The work happens in {@code <out>.partial}, created
 * whole (manifest, design, journal header) and renamed to {@code <out>} only once complete, so a
 * folder named {@code <out>} is always whole while an interrupted one can be resumed.
 */
final class SweepRunner {
    static final String RUNS_CSV = "runs.csv";
    static final String DESIGN_CSV = "design.csv";
    static final String PARTIAL_SUFFIX = ".partial";

    private SweepRunner() {}

    static Path partialOf(Path out) {
        return out.resolveSibling(out.getFileName() + PARTIAL_SUFFIX);
    }

    static SweepOutcome run(SweepPlan plan, Path out, boolean resume, Executor executor, int threads,
                            Sweep.Progress progress, Completion completion) throws SweepException, IOException, InterruptedException {
        long t0 = System.nanoTime();
        Instant start = Instant.now();
        Path target = out.toAbsolutePath().normalize();
        Path partial = partialOf(target);
        RunsTable table = plan.table();
        if (Files.exists(target)) {
            if (!resume) throw new SweepException("--out " + out + ": already exists; results never overwrite a folder");
            requireSame(SweepManifest.read(target), plan, out);
            return new SweepOutcome(target, plan.runs(), plan.replicates(), 0, plan.tasks(), true, seconds(t0));
        }
        ObjectNode manifest;
        BitSet done;
        if (Files.exists(partial)) {
            if (!resume) {
                throw new SweepException("--out " + out + ": an interrupted sweep is in " + partial
                        + "; add --resume to continue it, or choose another --out");
            }
            manifest = SweepManifest.read(partial);
            requireSame(manifest, plan, out);
            done = Journal.compact(partial.resolve(RUNS_CSV), table);
            SweepManifest.addSession(manifest, start, threads);
            SweepManifest.write(partial, manifest);
        } else {
            manifest = SweepManifest.create(plan, start, threads);
            completion.describe(manifest);
            AtomicDirectory.create(partial, dir -> {
                SweepManifest.write(dir, manifest);
                writeDesign(plan.design(), dir.resolve(DESIGN_CSV));
                Journal.create(dir.resolve(RUNS_CSV), table);
                communitysim.output.MetricTable.write(dir);
            });
            done = new BitSet();
        }
        int resumed = done.cardinality();
        progress.started(partial, resumed, table.tasks());
        int[] finished = {resumed};
        try (Journal.Appender journal = new Journal.Appender(partial.resolve(RUNS_CSV))) {
            executor.execute(plan.job(), table.pending(done), result -> {
                if (plan.daily()) DailyFiles.write(partial, result);
                journal.append(table.line(result));
                progress.tasksDone(++finished[0], table.tasks());
            });
        }
        complete(plan, table, manifest, partial, target, completion);
        return new SweepOutcome(target, plan.runs(), plan.replicates(), table.tasks() - resumed, resumed, false,
                seconds(t0));
    }

    private static void requireSame(ObjectNode recorded, SweepPlan plan, Path out) throws IOException, SweepException {
        List<String> differ = SweepManifest.differences(recorded, plan);
        if (!differ.isEmpty()) {
            throw new SweepException("--resume --out " + out + ": that sweep was started with another "
                    + String.join(", ", differ) + "; repeat its command, or choose another --out");
        }
    }

    /**
     * Finishes the folder: final sorted journal, the completion's files (a sweep's main effects and
     * charts), merged daily rows, manifest, then the rename. Every step can be repeated, so a completion cut short is finished by a resume.
     */
    private static void complete(SweepPlan plan, RunsTable table, ObjectNode manifest, Path partial, Path target,
                                 Completion completion) throws IOException, SweepException {
        Path runs = partial.resolve(RUNS_CSV);
        BitSet held = Journal.compact(runs, table);
        if (held.cardinality() != table.tasks()) {
            throw new IllegalStateException("the executor returned, but runs.csv holds " + held.cardinality() + " of "
                    + table.tasks() + " tasks");
        }
        completion.write(partial, plan, new RunMeans(runs, table));
        if (plan.daily()) DailyFiles.merge(partial, table);
        completion.describe(manifest);
        SweepManifest.complete(manifest, Instant.now());
        SweepManifest.write(partial, manifest);
        // Checked again: on Linux a rename silently replaces an empty directory created meanwhile.
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "appeared while the sweep ran; the results stay in " + partial);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeDesign(Design design, Path file) throws IOException {
        List<Dimension> dims = design.dimensions();
        String[] header = new String[dims.size() + 1];
        header[0] = "run";
        for (int d = 0; d < dims.size(); d++) header[d + 1] = dims.get(d).path();
        try (CsvWriter csv = new CsvWriter(file, header)) {
            for (int run = 0; run < design.runs(); run++) {
                csv.number(run);
                for (int d = 0; d < dims.size(); d++) csv.text(design.value(run, d).cell());
                csv.endRow();
            }
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
