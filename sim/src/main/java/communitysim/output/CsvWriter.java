package communitysim.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a UTF-8 CSV file row by row: comma separated, {@code \n} line ends on every platform (so
 * files are byte-identical everywhere), numbers in the {@link Numbers} format.
 */
public final class CsvWriter implements Closeable {

    private final BufferedWriter out;
    private boolean rowStarted;

    public CsvWriter(Path file, String... header) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
    }

    /** Writes into {@code out} (closed with this writer). */
    public CsvWriter(java.io.Writer out, String... header) throws IOException {
        this.out = out instanceof BufferedWriter buffered ? buffered : new BufferedWriter(out);
        for (String column : header) text(column);
        endRow();
    }

    public CsvWriter number(double v) throws IOException {
        return raw(Numbers.format(v));
    }

    public CsvWriter number(long v) throws IOException {
        return raw(Long.toString(v));
    }

    /** A text cell, quoted (RFC 4180) only when it holds a comma, quote or line break. */
    public CsvWriter text(String s) throws IOException {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return raw(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
    }

    public void endRow() throws IOException {
        out.write('\n');
        rowStarted = false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private CsvWriter raw(String cell) throws IOException {
        if (rowStarted) out.write(',');
        out.write(cell);
        rowStarted = true;
        return this;
    }
}
