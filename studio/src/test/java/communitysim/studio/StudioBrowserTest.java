package communitysim.studio;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The strategist's loop in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * open the studio, set a knob to a bad value and see the inline error, fix it, run and watch the charts fill,
 * open the network, open the results. Screenshots go to target/screenshots.
 */
class StudioBrowserTest {
    private static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    private static final Path SHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static Fixture fixture;
    private static WebDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(DRIVER), DRIVER + " is missing: apt-get install -y chromium-driver (.ci/run does)");
        fixture = new Fixture();
        profile = Files.createTempDirectory("studio-chromium");
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1500,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (fixture != null) fixture.close();
    }

    @Test
    void editRunWatchNetworkResults() throws Exception {
        driver.get(fixture.url("/"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        // The demo scenario is open (the first in the folder), and the form knows its values.
        assertEquals("studio-demo.yaml", driver.findElement(By.id("scenario-select")).getDomProperty("value"));
        assertEquals("20000", driver.findElement(By.id("knob-pool.size")).getDomProperty("value"));
        shot("scenario-open");

        // A bad value: the same message as `validate`, inline at the knob, and the YAML follows.
        WebElement churn = driver.findElement(By.id("knob-churn.base"));
        js("arguments[0].closest('details').open = true; arguments[0].scrollIntoView({block: 'center'});", churn);
        churn.sendKeys("-0.5");
        By error = By.cssSelector(".field[data-path='churn.base'] .error");
        wait.until(d -> d.findElement(error).getText().contains("must be >= 0"));
        assertTrue(driver.findElement(By.id("yaml")).getDomProperty("value").contains("base: -0.5"));
        assertTrue(driver.findElement(By.id("problems")).getText().contains("churn.base: must be >= 0"));
        shot("scenario-error");

        // Fixed: the error goes, the scenario is valid again.
        churn.clear();
        churn.sendKeys("0.004");
        wait.until(d -> d.findElement(error).getText().isEmpty());
        wait.until(d -> d.findElement(By.id("scenario-status")).getText().contains("valid"));
        assertTrue(driver.findElement(By.id("yaml")).getDomProperty("value").contains("base: 0.004"));

        // Run: the charts fill as days complete; catch it mid-way once two replicates have finished.
        driver.findElement(By.id("tab-run")).click();
        driver.findElement(By.id("run-start")).click();
        long until = System.currentTimeMillis() + 60_000;
        boolean caughtLive = false;
        while (System.currentTimeMillis() < until) {
            Object live = js("const s = state.lastSnap; return s ? [s.job.state, s.finished, s.reached] : null;");
            if (live instanceof List<?> l && "running".equals(l.get(0)) && ((Number) l.get(1)).intValue() >= 2) {
                Thread.sleep(150);
                shot("run-live");
                caughtLive = true;
                break;
            }
            if (live instanceof List<?> l && !"running".equals(l.get(0)) && !"queued".equals(l.get(0))) break;
            Thread.sleep(40);
        }
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> d.findElement(By.id("run-status")).getText().contains("Done"));
        Number points = (Number) js("return echarts.getInstanceByDom(document.getElementById('chart-members')).getOption().series[2].data.filter(v => v !== null).length;");
        assertEquals(365, points.intValue(), "the members chart has every day");
        Number band = (Number) js("return echarts.getInstanceByDom(document.getElementById('chart-members')).getOption().series[1].data.filter(v => v !== null && v > 0).length;");
        assertTrue(band.intValue() > 300, "the 95% band is drawn: " + band);
        shot(caughtLive ? "run-done" : "run-live");
        String folder = (String) js("return state.lastSnap.job.folder;");
        Path dir = fixture.results.resolve(folder);
        for (String f : List.of("manifest.json", "daily.csv", "summary.csv", "index.html", "charts/members.png")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f + " in " + dir);
        }

        // Network: replicate 0 on its last day, coloured by role, leaders marked, and says it is sampled.
        driver.findElement(By.id("tab-network")).click();
        wait.until(d -> d.findElement(By.id("net-info")).getText().startsWith("Day "));
        assertTrue(driver.findElement(By.id("net-info")).getText().contains("sample"), "day 365 is sampled");
        assertEquals(Boolean.TRUE, js("const f = state.netFrame; return f.sampled && f.shown === 2000 && f.members > 2000 && f.edges.length > 2000;"),
                "a large community is drawn as a sample of 2,000 members that keeps links");
        Thread.sleep(1500);
        shot("network-sampled");
        // the last day the whole community fits (about 1,500 members), then one recorded day back with the button
        Number day = (Number) js("const f = state.netFrame; let i = f.membersByDay.length - 1; while (i > 1 && f.membersByDay[i] > 1500) i--; "
                + "loadNetwork(f.recordedDays[i + 1]); return f.recordedDays[i];");
        wait.until(d -> d.findElement(By.id("net-day-label")).getText().startsWith("day " + (day.intValue() + 1) + " "));
        driver.findElement(By.id("net-prev")).click();
        wait.until(d -> d.findElement(By.id("net-day-label")).getText().startsWith("day " + day + " "));
        Thread.sleep(2500); // let the force layout settle for the picture
        String info = driver.findElement(By.id("net-info")).getText();
        assertTrue(info.contains("members"), info);
        String legend = driver.findElement(By.id("net-legend")).getText();
        assertTrue(legend.contains("creator") && legend.contains("opinion leader"), legend);
        @SuppressWarnings("unchecked")
        Map<String, Object> frame = (Map<String, Object>) js("const f = state.netFrame; return {shown: f.shown, edges: f.edges.length, sampled: f.sampled};");
        assertTrue(((Number) frame.get("shown")).intValue() > 100 && ((Number) frame.get("shown")).intValue() <= 2000, frame.toString());
        assertTrue(((Number) frame.get("edges")).intValue() > 0, frame.toString());
        shot("network");

        // Results: the run's folder with its charts and files.
        driver.findElement(By.id("tab-results")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#results tbody tr[data-path]")).isEmpty());
        driver.findElement(By.cssSelector("#results tbody tr[data-path='" + folder + "']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#folder .charts-grid img")).isEmpty());
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll('#folder img')].slice(0, 6).every(i => i.complete && i.naturalWidth > 0);"));
        shot("results");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
