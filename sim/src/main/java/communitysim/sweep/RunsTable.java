package communitysim.sweep;

import communitysim.output.Numbers;

import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;

/**
 * The layout of {@code runs.csv}: {@code run,replicate,seed}, one column per varied path (named by
 * the path), then {@link FinalMetrics#COLUMNS}. Task {@code run * replicates + replicate} is the
 * file's sort order. A row's text depends only on the task's result, so a finished sweep's file is
 * the same bytes whatever the thread count or interruptions.
 */
final class RunsTable {
    private final Design design;
    private final long baseSeed;
    private final int replicates;

    RunsTable(Design design, long baseSeed, int replicates) {
        this.design = design;
        this.baseSeed = baseSeed;
        this.replicates = replicates;
    }

    int tasks() {
        return design.runs() * replicates;
    }

    int replicates() {
        return replicates;
    }

    int index(int run, int replicate) {
        return run * replicates + replicate;
    }

    Task task(int index) {
        int run = index / replicates;
        int replicate = index % replicates;
        return new Task(run, replicate, Seeds.of(baseSeed, run, replicate), design.overrides(run));
    }

    /** The tasks not in {@code done}, in task order; each built when asked for, so the list costs an int a task. */
    List<Task> pending(BitSet done) {
        int[] indexes = new int[tasks() - done.cardinality()];
        int k = 0;
        for (int i = done.nextClearBit(0); i < tasks(); i = done.nextClearBit(i + 1)) indexes[k++] = i;
        return new AbstractList<>() {
            @Override
            public Task get(int i) {
                return task(indexes[i]);
            }

            @Override
            public int size() {
                return indexes.length;
            }
        };
    }

    String header() {
        StringBuilder s = new StringBuilder("run,replicate,seed");
        for (Dimension d : design.dimensions()) s.append(',').append(Csv.cell(d.path()));
        for (String c : FinalMetrics.COLUMNS) s.append(',').append(c);
        return s.append('\n').toString();
    }

    /** Everything in a task's row before its metrics, ending with a comma: fixed by the design and seeds. */
    String prefix(int run, int replicate) {
        StringBuilder s = new StringBuilder().append(run).append(',').append(replicate).append(',')
                .append(Seeds.of(baseSeed, run, replicate)).append(',');
        for (int d = 0; d < design.dimensions().size(); d++) s.append(Csv.cell(design.value(run, d).cell())).append(',');
        return s.toString();
    }

    String line(TaskResult result) {
        StringBuilder s = new StringBuilder(prefix(result.run(), result.replicate()));
        double[] finals = result.finals();
        for (int i = 0; i < finals.length; i++) {
            if (i > 0) s.append(',');
            s.append(Numbers.format(finals[i]));
        }
        return s.append('\n').toString();
    }

    /**
     * The task index of a complete line (without its {@code \n}), or -1 when the line is not a row
     * this sweep could have written: a torn or garbled row, a key out of range, a seed or design
     * value that does not match, a wrong number of metrics or a number not in the canonical format.
     */
    int indexOf(String line) {
        int first = line.indexOf(',');
        int second = first < 0 ? -1 : line.indexOf(',', first + 1);
        if (second < 0) return -1;
        int run;
        int replicate;
        try {
            run = Integer.parseInt(line, 0, first, 10);
            replicate = Integer.parseInt(line, first + 1, second, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
        if (run < 0 || run >= design.runs() || replicate < 0 || replicate >= replicates) return -1;
        String prefix = prefix(run, replicate);
        if (!line.startsWith(prefix)) return -1;
        return metrics(line.substring(prefix.length())) == null ? -1 : index(run, replicate);
    }

    /** The metric cells of a row after its prefix, or null if they are not exactly what {@link #line} writes. */
    static double[] metrics(String cells) {
        String[] parts = cells.split(",", -1);
        if (parts.length != FinalMetrics.COLUMNS.size()) return null;
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = parts[i].isEmpty() ? Double.NaN : Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                return null;
            }
            if (!Numbers.format(values[i]).equals(parts[i])) return null;
        }
        return values;
    }
}
