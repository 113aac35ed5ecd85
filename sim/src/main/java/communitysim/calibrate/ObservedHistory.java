package communitysim.calibrate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An observed community history: rows keyed by a calendar {@code date} (ISO) or a model {@code day},
 * in strictly increasing order, each holding some numeric series; an empty cell is "not observed".
 * Dense (one row per day) or sparse (dated checkpoints). Only the columns a calibration targets
 * are read as numbers, so a notes column does no harm.
 *
 * <p>Every problem is an {@link ObservedException} naming the file, the line and the column.
 */
public final class ObservedHistory {
    private final Path file;
    private final boolean dated;
    /** Dates (as epoch days) or model days of the rows. */
    private final long[] keys;
    private final Map<String, double[]> columns;

    private ObservedHistory(Path file, boolean dated, long[] keys, Map<String, double[]> columns) {
        this.file = file;
        this.dated = dated;
        this.keys = keys;
        this.columns = columns;
    }

    /** Reads {@code file}, keeping the named columns as numbers (each must exist). */
    public static ObservedHistory read(Path file, List<String> wanted) throws ObservedException {
        if (!Files.isRegularFile(file)) {
            throw new ObservedException(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                JsonLocation at = it.getCurrentLocation();
                String[] row = it.nextValue();
                rows.add(row);
                lines.add(at == null ? rows.size() : at.getLineNr());
            }
        } catch (NoSuchFileException e) {
            throw new ObservedException(file + ": no such file");
        } catch (IOException | RuntimeException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? ":" + j.getLocation().getLineNr() : "";
            throw new ObservedException(file + where + ": not a readable CSV file (" + firstLine(e.getMessage()) + ")");
        }
        while (!rows.isEmpty() && blank(rows.get(rows.size() - 1))) {
            rows.remove(rows.size() - 1);
            lines.remove(lines.size() - 1);
        }
        if (rows.isEmpty()) throw new ObservedException(file + ": empty file (a header with date or day, then rows)");
        String[] header = rows.get(0);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            String name = header[c].strip();
            if (index.putIfAbsent(name, c) != null) throw new ObservedException(file + ":1: column " + name + " appears twice");
        }
        boolean dated = index.containsKey("date");
        if (!dated && !index.containsKey("day")) {
            throw new ObservedException(file + ":1: no date or day column (header: " + String.join(",", header) + ")");
        }
        int keyCol = index.get(dated ? "date" : "day");
        for (String w : wanted) {
            if (!index.containsKey(w)) {
                throw new ObservedException(file + ":1: no column " + w + " (columns: " + String.join(", ", index.keySet()) + ")");
            }
        }
        int n = rows.size() - 1;
        if (n == 0) throw new ObservedException(file + ": a header but no rows");
        long[] keys = new long[n];
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String w : wanted) columns.put(w, new double[n]);
        for (int r = 0; r < n; r++) {
            String[] row = rows.get(r + 1);
            int line = lines.get(r + 1);
            String key = cell(row, keyCol);
            try {
                keys[r] = dated ? LocalDate.parse(key).toEpochDay() : Long.parseLong(key);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new ObservedException(file + ":" + line + " " + (dated ? "date" : "day") + ": "
                        + (dated ? "not an ISO date (yyyy-mm-dd)" : "not a whole number") + ": '" + key + "'");
            }
            if (r > 0 && keys[r] <= keys[r - 1]) {
                throw new ObservedException(file + ":" + line + " " + (dated ? "date" : "day") + ": "
                        + (keys[r] == keys[r - 1] ? "duplicate " : "out of order: ") + key
                        + (keys[r] == keys[r - 1] ? "" : " comes after " + cell(rows.get(r), keyCol)));
            }
            for (String w : wanted) {
                String v = cell(row, index.get(w));
                double x;
                if (v.isEmpty()) x = Double.NaN;
                else {
                    try {
                        x = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new ObservedException(file + ":" + line + " " + w + ": not a number: '" + v + "'");
                    }
                    if (!Double.isFinite(x)) throw new ObservedException(file + ":" + line + " " + w + ": not a finite number: '" + v + "'");
                }
                columns.get(w)[r] = x;
            }
        }
        return new ObservedHistory(file, dated, keys, columns);
    }

    private static String cell(String[] row, int c) {
        return c < row.length ? row[c].strip() : "";
    }

    private static boolean blank(String[] row) {
        return Arrays.stream(row).allMatch(s -> s.isBlank());
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public Path file() {
        return file;
    }

    /** Whether rows are keyed by calendar date (else by model day). */
    public boolean dated() {
        return dated;
    }

    public int rows() {
        return keys.length;
    }

    /** The row's key: an epoch day when {@link #dated()}, else a model day. */
    public long key(int row) {
        return keys[row];
    }

    public long firstKey() {
        return keys[0];
    }

    public long lastKey() {
        return keys[keys.length - 1];
    }

    public double[] column(String name) {
        double[] c = columns.get(name);
        if (c == null) throw new IllegalArgumentException("column " + name + " was not read");
        return c;
    }

    /** One row per day between the first and last rows. */
    public boolean dense() {
        return keys[keys.length - 1] - keys[0] == keys.length - 1;
    }

    /** The row holding key {@code k}, or -1. */
    public int rowOf(long k) {
        int i = Arrays.binarySearch(keys, k);
        return i >= 0 ? i : -1;
    }

    /** Renders a key as the file does. */
    public String keyText(long k) {
        return dated ? LocalDate.ofEpochDay(k).toString() : Long.toString(k);
    }
}
