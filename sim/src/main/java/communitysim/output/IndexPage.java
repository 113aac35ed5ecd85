package communitysim.output;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code index.html}: the page a person opens in a folder the tool wrote. It knows nothing of runs,
 * so any folder (a run's, a sweep's, a calibration's) can have one: the headline figures, every chart
 * with a one-line caption, notes on what was left out and why, and links to the data files. Paths are
 * relative to the folder, so the page still works when the folder is moved, zipped or mailed.
 * Rendered with autoescaping, so scenario names and descriptions can never become markup.
 *
 * @param title      page title and heading, e.g. the scenario name
 * @param lede       one or two sentences under the title: what was run, how often, how long
 * @param headlines  the figures to read first, one line each, already formatted ({@link Numbers#readable})
 * @param figures    the charts in reading order
 * @param notes      what the reader should know that the charts do not say (e.g. charts left out)
 * @param dataFiles  the files behind the page
 */
public record IndexPage(String title, String lede, List<String> headlines, List<Figure> figures, List<String> notes,
                        List<DataFile> dataFiles) {

    public static final String FILE = "index.html";

    private static final PebbleEngine ENGINE = engine();

    /**
     * A chart.
     *
     * @param image   the picture shown, relative to the folder ({@code charts/members.png})
     * @param vector  the same chart as SVG for print, relative to the folder, or null
     * @param caption one line: what the chart shows
     */
    public record Figure(String image, String vector, String caption) {}

    /**
     * A file behind the page.
     *
     * @param file        relative to the folder
     * @param description one line: what a row or entry is
     */
    public record DataFile(String file, String description) {}

    public IndexPage {
        headlines = List.copyOf(headlines);
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
        dataFiles = List.copyOf(dataFiles);
    }

    public String render() {
        StringWriter out = new StringWriter();
        try {
            ENGINE.getTemplate("index.html.peb").evaluate(out, Map.of("page", this), Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes {@value #FILE} into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), render(), StandardCharsets.UTF_8);
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(IndexPage.class.getClassLoader());
        loader.setPrefix("communitysim/index");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                // A misspelt variable fails the render instead of leaving a silent gap on the page.
                .strictVariables(true)
                .defaultLocale(Locale.ROOT)
                .build();
    }
}
