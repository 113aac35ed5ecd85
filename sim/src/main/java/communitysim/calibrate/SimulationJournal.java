package communitysim.calibrate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a calibration resumable: every simulation's summary vector, appended under its seed as
 * it arrives (a line a simulation, flushed after each batch). Seeds are a pure function of the
 * sampler's seed, generation and proposal index, and proposals are deterministic, so a resumed run
 * replays the same proposals and finds the simulations already done here; a SIGKILL costs at most
 * the batch in flight. A torn last line is ignored.
 */
final class SimulationJournal implements AutoCloseable {
    private final Map<Long, double[]> done = new HashMap<>();
    private final BufferedWriter out;
    private int replayed;

    private SimulationJournal(BufferedWriter out) {
        this.out = out;
    }

    static SimulationJournal open(Path file, int width) throws IOException {
        SimulationJournal j;
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            j = new SimulationJournal(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
            for (String line : lines) {
                String[] cells = line.split(",", -1);
                if (cells.length != width + 1) continue;
                try {
                    double[] v = new double[width];
                    for (int k = 0; k < width; k++) v[k] = Double.parseDouble(cells[k + 1]);
                    j.done.put(Long.parseLong(cells[0]), v);
                } catch (NumberFormatException e) {
                    // a line torn by a kill: its simulation runs again
                }
            }
            // a torn last line must not run into the next record
            if (!lines.isEmpty() && !Files.readString(file).endsWith("\n")) j.out.newLine();
        } else {
            j = new SimulationJournal(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW));
        }
        return j;
    }

    double[] get(long seed) {
        double[] v = done.get(seed);
        if (v != null) replayed++;
        return v;
    }

    void put(long seed, double[] summary) throws IOException {
        StringBuilder b = new StringBuilder().append(seed);
        for (double v : summary) b.append(',').append(v);
        out.write(b.append('\n').toString());
        done.put(seed, summary);
    }

    void flush() throws IOException {
        out.flush();
    }

    int replayed() {
        return replayed;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** A simulator that consults the journal first and journals what it had to run. */
    static AbcSmc.Simulator around(AbcSmc.Simulator inner, SimulationJournal journal) {
        return (thetas, seeds) -> {
            double[][] out = new double[thetas.size()][];
            java.util.List<double[]> todo = new java.util.ArrayList<>();
            java.util.List<Integer> where = new java.util.ArrayList<>();
            for (int i = 0; i < out.length; i++) {
                out[i] = journal.get(seeds[i]);
                if (out[i] == null) {
                    todo.add(thetas.get(i));
                    where.add(i);
                }
            }
            if (!todo.isEmpty()) {
                long[] s = new long[todo.size()];
                for (int k = 0; k < s.length; k++) s[k] = seeds[where.get(k)];
                double[][] r = inner.simulate(todo, s);
                for (int k = 0; k < r.length; k++) {
                    out[where.get(k)] = r[k];
                    journal.put(s[k], r[k]);
                }
                journal.flush();
            }
            return out;
        };
    }
}
