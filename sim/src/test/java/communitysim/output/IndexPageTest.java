package communitysim.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexPageTest {

    @TempDir
    Path dir;

    @Test
    void userTextNeverBecomesMarkup() {
        String html = new IndexPage("<script>alert(1)</script>", "a & b", List.of("x < y"),
                List.of(new IndexPage.Figure("charts/a.png", null, "\"quoted\" <b>")), List.of(),
                List.of(new IndexPage.DataFile("runs.csv", "rows"))).render();
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("a &amp; b"));
        assertTrue(html.contains("x &lt; y"));
        assertTrue(html.contains("&quot;quoted&quot; &lt;b&gt;"));
    }

    @Test
    void aFolderWithoutHeadlinesOrChartsStillListsItsFiles() throws IOException {
        new IndexPage("sweep", "", List.of(), List.of(), List.of("note"),
                List.of(new IndexPage.DataFile("runs.csv", "one row per run"))).write(dir);
        String html = Files.readString(dir.resolve(IndexPage.FILE));
        assertTrue(html.contains("<a href=\"runs.csv\"><code>runs.csv</code></a>"), html);
        assertTrue(html.contains("<p>note</p>"));
        assertFalse(html.contains("id=\"charts\""));
        assertFalse(html.contains("id=\"headlines\""));
    }

    @Test
    void theSamePageRendersToTheSameBytes() {
        IndexPage page = new IndexPage("t", "l", List.of("h"), List.of(new IndexPage.Figure("a.png", "a.svg", "c")),
                List.of(), List.of());
        assertEquals(page.render(), page.render());
        assertTrue(page.render().contains("<a href=\"a.svg\">SVG</a>"));
    }
}
