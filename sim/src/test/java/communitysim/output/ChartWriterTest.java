package communitysim.output;

import communitysim.metrics.Metric;
import communitysim.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartWriterTest {

    @TempDir
    Path dir;

    @Test
    void pngIsADecodableImageOfTheChartSize() throws IOException {
        ChartWriter.writeAll(List.of(HeadlineCharts.ALL.get(0)), FakeRuns.realistic(5, 60), dir);
        BufferedImage image = ImageIO.read(dir.resolve("members.png").toFile());
        assertNotNull(image);
        assertEquals(ChartWriter.WIDTH, image.getWidth());
        assertEquals(ChartWriter.HEIGHT, image.getHeight());
    }

    @Test
    void svgIsAnSvgDocument() throws IOException {
        ChartWriter.writeAll(List.of(HeadlineCharts.ALL.get(0)), FakeRuns.realistic(5, 60), dir);
        String svg = Files.readString(dir.resolve("members.svg"));
        assertTrue(svg.startsWith("<?xml"), svg.substring(0, 40));
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.contains("Members"));
    }

    @Test
    void singleReplicateAndAllZeroSeriesStillDraw() throws IOException {
        RunResult one = FakeRuns.realistic(1, 20); // tokens are set, gini is all zero
        ChartWriter.writeAll(HeadlineCharts.ALL, one, dir);
        for (ChartSpec spec : HeadlineCharts.ALL) assertNotNull(ImageIO.read(dir.resolve(spec.slug() + ".png").toFile()));
    }

    @Test
    void chartSlugsAreUniqueFileNames() {
        assertEquals(HeadlineCharts.ALL.size(), HeadlineCharts.ALL.stream().map(ChartSpec::slug).distinct().count());
        assertThrows(IllegalArgumentException.class, () -> new ChartSpec("Bad Slug", "t", "y", "caption", Metric.MEMBERS));
    }
}
