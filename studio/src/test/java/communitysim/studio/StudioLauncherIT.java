package communitysim.studio;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./communitysim studio} as a user starts it, after {@code package}: first line, a page, and a clean stop. */
class StudioLauncherIT {
    @Test
    void launcherServesTheStudioAndStopsOnSignal() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path results = Files.createTempDirectory("studio-it");
        Process p = new ProcessBuilder("bash", root.resolve("communitysim").toString(), "studio", "--port", "0",
                "--results", results.toString(), "--scenarios", root.resolve("scenarios").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (Exception e) {
                    return "read failed: " + e;
                }
            }).get(240, TimeUnit.SECONDS);
            assertTrue(first != null && first.matches("studio: http://127\\.0\\.0\\.1:\\d+/"), first);
            String url = first.substring("studio: ".length());
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("communitysim studio"));
            HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "api/scenarios")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(list.body().contains("baseline.yaml"), list.body());
        } finally {
            p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops runs and the server
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the studio stops on a signal");
        }
    }
}
