package communitysim.sweep;

import communitysim.metrics.Metric;
import communitysim.output.DailyCsv;
import communitysim.output.Numbers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * The rows of {@code daily.csv.gz}: a run's {@code daily.csv} columns preceded by {@code run}. Each
 * task's rows are one gzip member; members laid end to end are a valid gzip file, so the folder's
 * {@code daily.csv.gz} is the header member followed by every task's member in (run, replicate)
 * order, concatenated without recompressing.
 */
final class DailyRows {
    private DailyRows() {}

    static String header() {
        return String.join(",", DailyCsv.header("run")) + "\n";
    }

    static byte[] headerGzip() {
        return gzip(header());
    }

    static byte[] gzip(Task task, double[][] daily) {
        StringBuilder s = new StringBuilder(daily.length * Metric.count() * 8);
        for (int d = 0; d < daily.length; d++) {
            s.append(task.run()).append(',').append(task.replicate()).append(',').append(task.seed()).append(',').append(d + 1);
            for (double v : daily[d]) s.append(',').append(Numbers.format(v));
            s.append('\n');
        }
        return gzip(s.toString());
    }

    // GZIPOutputStream writes a zero timestamp, so the same rows always give the same bytes.
    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return bytes.toByteArray();
    }
}
