package communitysim.sweep;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;

/**
 * {@code runs.csv} as the sweep's journal. While the sweep runs, each finished task appends its row
 * with one write, so a SIGKILL can at worst leave the last line torn. {@link #compact} is the
 * recovery: it keeps the first well-formed row of each task, drops the rest (a torn last line, a
 * garbled row, a duplicate) and rewrites the file sorted by (run, replicate), atomically. The same
 * step on completion gives the final, ordered file.
 */
final class Journal {
    private static final String TEMP_SUFFIX = ".tmp";

    private Journal() {}

    /** A new journal holding only the header, replacing any file at {@code file}. */
    static void create(Path file, RunsTable table) throws IOException {
        Files.writeString(file, table.header(), StandardCharsets.UTF_8);
    }

    /**
     * Keeps one well-formed row per task, sorted; returns the tasks the journal holds. Memory is two
     * numbers per task (where its row starts and how long it is), not the rows.
     *
     * @throws SweepException if the file does not start with this sweep's header
     */
    static BitSet compact(Path file, RunsTable table) throws IOException, SweepException {
        long[] start = new long[table.tasks()];
        int[] length = new int[table.tasks()];
        Arrays.fill(start, -1);
        BitSet held = new BitSet(table.tasks());
        byte[] header = table.header().getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (!Arrays.equals(in.readNBytes(header.length), header)) {
                throw new SweepException(file + " does not start with this sweep's header;"
                        + " it was not written by this sweep (or by this version), so it cannot be resumed");
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = header.length;
            long lineStart = offset;
            for (int b = in.read(); b >= 0; b = in.read(), offset++) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                int task = table.indexOf(line.toString(StandardCharsets.UTF_8));
                if (task >= 0 && !held.get(task)) {
                    held.set(task);
                    start[task] = lineStart;
                    length[task] = line.size() + 1;
                }
                line.reset();
                lineStart = offset + 1;
            }
            // Whatever follows the last line break is a row the kill tore: dropped.
        }
        rewriteSorted(file, header, start, length);
        return held;
    }

    private static void rewriteSorted(Path file, byte[] header, long[] start, int[] length) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + TEMP_SUFFIX);
        try (FileChannel from = FileChannel.open(file, StandardOpenOption.READ);
             OutputStream to = new BufferedOutputStream(Files.newOutputStream(temp))) {
            to.write(header);
            for (int task = 0; task < start.length; task++) {
                if (start[task] < 0) continue;
                ByteBuffer row = ByteBuffer.allocate(length[task]);
                while (row.hasRemaining()) {
                    if (from.read(row, start[task] + row.position()) < 0) throw new IOException(file + " shrank while being read");
                }
                to.write(row.array());
            }
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Appends rows to the journal, each with a single write handed to the OS at once. */
    static final class Appender implements Closeable {
        private final FileOutputStream out;

        Appender(Path file) throws IOException {
            out = new FileOutputStream(file.toFile(), true);
        }

        void append(String row) throws IOException {
            out.write(row.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
