package communitysim.compare;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@code report.html} from the Pebble templates in {@code communitysim/report/} with autoescaping
 * on, so user text (scenario names, descriptions, knob values) can never become markup.
 */
final class ReportRenderer {

    private static final String TEMPLATE = "report.html.peb";

    private static final PebbleEngine ENGINE = engine();

    private ReportRenderer() {}

    static String render(Map<String, Object> model) {
        PebbleTemplate template = ENGINE.getTemplate(TEMPLATE);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, model, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(ReportRenderer.class.getClassLoader());
        loader.setPrefix("communitysim/report");
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                // A misspelt variable fails the render instead of leaving a silent gap in the report.
                .strictVariables(true)
                .defaultLocale(Locale.ROOT)
                .build();
    }
}
