package communitysim.compare;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium (Debian's {@code chromium} package) driven from the command line: no WebDriver or
 * DevTools client, just {@code --dump-dom}, {@code --screenshot} and the console lines it logs to stderr.
 */
record Chromium(Path binary) {

    private static final Path DEBIAN = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    /** What one run printed: the DOM (for --dump-dom) on stdout, logging on stderr. */
    record Output(String stdout, String stderr) {

        /** Console messages of the page. The report has no scripts, so any message at all is a fault. */
        List<String> consoleLines() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    /**
     * The Debian binary; when it is missing the test is skipped, except on CI ({@code CI=true}), which
     * installs it ({@code .ci/run}) and so must not skip silently.
     */
    static Chromium find() {
        if (Files.isExecutable(DEBIAN)) return new Chromium(DEBIAN);
        String why = DEBIAN + " not found; install it with: apt-get install -y chromium";
        if ("true".equals(System.getenv("CI"))) fail("the browser test must run on CI, but " + why);
        return Assumptions.abort(why);
    }

    Output run(Path scratch, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path stdout = scratch.resolve("chromium.out");
        Path stderr = scratch.resolve("chromium.err");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        Output out = new Output(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        assertEquals(0, p.exitValue(), "chromium failed: " + command + "\n" + out.stderr());
        return out;
    }

    Output dumpDom(Path scratch, Path page) throws IOException, InterruptedException {
        Output out = run(scratch, "--dump-dom", page.toUri().toString());
        assertTrue(out.stdout().contains("</html>"), "no DOM dumped:\n" + out.stderr());
        return out;
    }

    void screenshot(Path scratch, Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(scratch, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, page.toUri().toString());
        assertTrue(Files.size(png) > 10_000, "screenshot is empty: " + png);
    }
}
