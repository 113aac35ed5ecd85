package communitysim.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import communitysim.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint, with what a hostile page or a careless script might send. */
class StudioHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Fixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture();
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static Reply get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(fx.url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r);
    }

    static Reply post(String path, Object body) throws Exception {
        return postRaw(path, JSON.writeValueAsString(body), "application/json");
    }

    static Reply postRaw(String path, String body, String type) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.url(path))).POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) b.header("Content-Type", type);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r);
    }

    /** A request as typed, path and headers untouched by a client library. */
    static String raw(String requestHead) throws Exception {
        try (Socket s = new Socket("127.0.0.1", fx.server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                // until the server closes, or the headers and Content-Length bytes of body have come
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                    String text = got.toString(StandardCharsets.UTF_8);
                    int end = text.indexOf("\r\n\r\n");
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
                    if (end >= 0 && m.find() && got.size() >= end + 4 + Integer.parseInt(m.group(1))) break;
                }
            } catch (java.net.SocketTimeoutException e) {
                // keep-alive: what came is the reply
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    static JsonNode waitForJob(int id) throws Exception {
        for (int i = 0; i < 600; i++) {
            JsonNode j = get("/api/jobs/" + id).json();
            String state = j.get("state").asText();
            if (!state.equals("queued") && !state.equals("running")) return j;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    // ------------------------------------------------------------ pages and static files

    @Test
    void pageScriptAndChartLibraryComeFromTheJar() throws Exception {
        Reply page = get("/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("communitysim studio"));
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'self'"));
        assertEquals(200, get("/static/app.js").status());
        assertEquals(200, get("/static/app.css").status());
        Reply echarts = get("/vendor/echarts.min.js");
        assertEquals(200, echarts.status());
        assertTrue(echarts.body().length() > 500_000);
        for (String bad : List.of("/static/APP.JS", "/static/nope.js", "/static/..%2fStudioServer.class", "/nothing", "/static/")) {
            assertEquals(404, get(bad).status(), bad);
        }
    }

    @Test
    void infoSchemaAndCharts() throws Exception {
        JsonNode info = get("/api/info").json();
        assertEquals(StudioServer.MAX_BODY, info.get("maxUpload").asInt());
        JsonNode schema = get("/api/schema").json();
        assertTrue(schema.get("properties").has("churn"));
        JsonNode charts = get("/api/charts").json();
        assertEquals(ChartGroups.ALL.size(), charts.size());
        assertEquals("members", charts.get(0).get("key").asText());
        // each chart draws what the metric definitions put on it, and says whether it needs tokens
        for (JsonNode chart : charts) {
            communitysim.metrics.Metric.Chart def = java.util.Arrays.stream(communitysim.metrics.Metric.Chart.values())
                    .filter(c -> c.id.equals(chart.get("key").asText())).findFirst().orElseThrow();
            assertEquals(def.series().size(), chart.get("series").size(), def.id);
            assertEquals(def.tokens, chart.get("tokens").asBoolean(), def.id);
        }
    }

    // ------------------------------------------------------------ scenarios

    @Test
    void listsAndOpensScenariosOnlyFromTheScenarioFolder() throws Exception {
        JsonNode list = get("/api/scenarios").json();
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.asText()));
        assertTrue(names.containsAll(List.of("studio-demo.yaml", "tiny.yaml")), names.toString());
        JsonNode tiny = get("/api/scenario?path=tiny.yaml").json();
        assertTrue(tiny.get("ok").asBoolean());
        assertEquals(30, tiny.get("tree").get("days").asInt());
        assertEquals(Fixture.TINY, tiny.get("text").asText());

        Path outside = fx.dir.resolve("secret.yaml");
        Files.writeString(outside, "name: secret\n");
        Files.createSymbolicLink(fx.scenarios.resolve("link.yaml"), outside);
        for (String hostile : List.of("../secret.yaml", "..%2Fsecret.yaml", "%2e%2e/secret.yaml", "/etc/passwd", "%2Fetc%2Fpasswd",
                "link.yaml", "", "tiny.yaml%00.yaml", "..%5Csecret.yaml", "./tiny.yaml", "claims/../../secret.yaml", "nope.yaml")) {
            Reply r = get("/api/scenario?path=" + hostile);
            assertEquals(404, r.status(), hostile + ": " + r.body());
            assertFalse(r.body().contains("secret\\n"), hostile);
        }
        assertFalse(get("/api/scenarios").body().contains("link.yaml\"") && get("/api/scenario?path=link.yaml").status() == 200);
    }

    @Test
    void checkGivesTheSameProblemsAsValidate() throws Exception {
        String bad = "name: broken\ndays: 0\nchurn:\n  base: -0.5\n  nonsense: 3\n";
        Path file = fx.scenarios.resolve("broken.yaml");
        Files.writeString(file, bad);
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "validate", file.toString());
        assertEquals(Main.BAD_INPUT, code);
        List<String> expected = err.toString().lines().toList();

        JsonNode r = post("/api/scenario/check", Map.of("text", bad, "source", "broken.yaml")).json();
        assertFalse(r.get("ok").asBoolean());
        List<String> got = new ArrayList<>();
        r.get("problems").forEach(p -> got.add(p.get("text").asText()));
        assertEquals(expected, got);
        assertTrue(got.stream().anyMatch(s -> s.contains("churn.base: must be >= 0")), got.toString());
        assertEquals(-0.5, r.get("tree").get("churn").get("base").asDouble());
        Files.delete(file);

        // an upload or an unsaved buffer is named as such; broken YAML gets a line
        JsonNode up = post("/api/scenario/check", Map.of("text", "days: [1,\n", "source", "upload:mine.yaml")).json();
        assertTrue(up.get("problems").get(0).get("text").asText().startsWith("upload:mine.yaml:"), up.toString());
        JsonNode ctl = post("/api/scenario/check", Map.of("text", "name: a\u0001b\n")).json();
        assertTrue(ctl.get("problems").get(0).get("message").asText().contains("control character"), ctl.toString());
    }

    @Test
    void renderTurnsTheFormsTreeIntoYaml() throws Exception {
        JsonNode r = post("/api/scenario/render", Map.of("tree", new java.util.TreeMap<>(Map.of("name", "x", "churn", Map.of("base", 0.1))))).json();
        assertEquals("churn:\n  base: 0.1\nname: x\n", r.get("text").asText());
        assertTrue(r.get("ok").asBoolean());
        assertEquals("{}\n", post("/api/scenario/render", Map.of("tree", Map.of())).json().get("text").asText());
        assertEquals(400, post("/api/scenario/render", Map.of("tree", List.of(1))).status());
        assertEquals(400, post("/api/scenario/render", Map.of()).status());
    }

    @Test
    void saveWritesOnlyValidScenariosInsideTheFolder() throws Exception {
        Reply ok = post("/api/scenario/save", Map.of("path", "saved-one.yaml", "text", Fixture.TINY));
        assertEquals(201, ok.status(), ok.body());

        assertEquals(Fixture.TINY, Files.readString(fx.scenarios.resolve("saved-one.yaml")));
        assertEquals(409, post("/api/scenario/save", Map.of("path", "saved-one.yaml", "text", Fixture.TINY)).status());
        assertEquals(201, post("/api/scenario/save", Map.of("path", "saved-one.yaml", "text", Fixture.TINY + "description: again\n", "overwrite", true)).status());
        assertTrue(Files.readString(fx.scenarios.resolve("saved-one.yaml")).endsWith("description: again\n"));

        for (String hostile : List.of("../evil.yaml", "/tmp/evil.yaml", "sub/evil.yaml", ".evil.yaml", "evil.sh", "evil", "evil.yaml/",
                "..", "e\u0000vil.yaml", "a".repeat(300) + ".yaml")) {
            Reply r = post("/api/scenario/save", Map.of("path", hostile, "text", Fixture.TINY));
            assertEquals(400, r.status(), hostile + ": " + r.body());
        }
        assertFalse(Files.exists(fx.dir.resolve("evil.yaml")));
        assertFalse(Files.exists(Path.of("/tmp/evil.yaml")));
        Reply invalid = post("/api/scenario/save", Map.of("path", "broken-save.yaml", "text", "days: -1\n"));
        assertEquals(400, invalid.status());
        assertTrue(invalid.json().get("problems").get(0).get("text").asText().contains("days: must be >= 1"), invalid.body());
        assertFalse(Files.exists(fx.scenarios.resolve("broken-save.yaml")));
        try (Stream<Path> left = Files.list(fx.scenarios)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".studio-")), "no temporary files left");
        }
    }

    // ------------------------------------------------------------ request hygiene

    @Test
    void refusesStateChangesOnGetAndForeignRequests() throws Exception {
        for (String p : List.of("/api/scenario/save", "/api/scenario/check", "/api/runs", "/api/compare", "/api/jobs/1/stop")) {
            assertEquals(405, get(p).status(), p);
        }
        assertEquals(405, post("/api/jobs", Map.of()).status());
        assertEquals(405, post("/api/results", Map.of()).status());
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(fx.url("/api/scenario/save")))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        // a form post from any page: no JSON content type, so refused
        assertEquals(415, postRaw("/api/runs", "text=x", "application/x-www-form-urlencoded").status());
        assertEquals(415, postRaw("/api/runs", "{}", "text/plain").status());
        assertEquals(415, postRaw("/api/runs", "{}", null).status());
        // another origin
        HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(URI.create(fx.url("/api/scenario/check")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"{}\"}")).header("Content-Type", "application/json")
                .header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode());
        // DNS rebinding: a name that is not this server
        String reply = raw("GET /api/info HTTP/1.1\r\nHost: evil.example:" + fx.server.port() + "\r\nConnection: close\r\n\r\n");
        assertTrue(reply.startsWith("HTTP/1.1 421"), reply);
        String noHost = raw("GET /api/info HTTP/1.0\r\n\r\n");
        assertTrue(noHost.startsWith("HTTP/1.1 421"), noHost);
        // bad bodies
        assertEquals(400, postRaw("/api/scenario/check", "not json", "application/json").status());
        assertEquals(400, postRaw("/api/scenario/check", "[1,2]", "application/json").status());
        assertEquals(400, post("/api/scenario/check", Map.of("text", 5)).status());
        Reply big = post("/api/scenario/check", Map.of("text", "#".repeat(StudioServer.MAX_BODY + 10)));
        assertEquals(413, big.status());
        assertTrue(big.json().get("error").asText().contains("1 MB"));
        String lying = raw("POST /api/scenario/check HTTP/1.1\r\nHost: 127.0.0.1:" + fx.server.port()
                + "\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\nConnection: close\r\n\r\n{}");
        assertTrue(lying.startsWith("HTTP/1.1 413"), lying);
    }

    // ------------------------------------------------------------ runs

    @Test
    void aRunWritesTheSameFolderAsTheCommandLine() throws Exception {
        Reply started = post("/api/runs", Map.of("text", Fixture.TINY, "source", "tiny.yaml", "replicates", "3", "days", 30, "seed", "3"));
        assertEquals(202, started.status(), started.body());
        int id = started.json().get("id").asInt();
        JsonNode done = waitForJob(id);
        assertEquals("done", done.get("state").asText(), done.toString());
        Path studio = fx.results.resolve(done.get("folder").asText());
        assertTrue(done.get("folder").asText().matches("tiny-\\d{8}-\\d{6}(-\\d+)?"), done.toString());

        Path cli = fx.dir.resolve("cli-run");
        assertEquals(Main.OK, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "run", fx.scenarios.resolve("tiny.yaml").toString(), "--quiet", "--out", cli.toString()));
        assertEquals(files(cli), files(studio));
        for (String f : List.of("daily.csv", "summary.csv", "summary.json", "retention.csv", "lorenz.csv")) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(f)), Files.readAllBytes(studio.resolve(f)), f);
        }
        JsonNode manifest = JSON.readTree(studio.resolve("manifest.json").toFile());
        assertEquals(JSON.readTree(cli.resolve("manifest.json").toFile()).get("scenario"), manifest.get("scenario"));
        assertEquals(fx.scenarios.resolve("tiny.yaml").toString(), manifest.get("scenarioSource").asText());

        // the live series and the network of the finished run
        JsonNode series = get("/api/jobs/" + id + "/series").json();
        assertEquals(30, series.get("reached").asInt());
        assertEquals(3, series.get("finished").asInt());
        JsonNode members = series.get("series").get("members");
        assertEquals(30, members.get("mean").size());
        assertTrue(members.get("lo").get(29).asDouble() <= members.get("mean").get(29).asDouble());
        assertTrue(members.get("hi").get(29).asDouble() >= members.get("mean").get(29).asDouble());
        JsonNode net = get("/api/jobs/" + id + "/network?day=10").json();
        assertEquals(10, net.get("day").asInt());
        assertEquals(net.get("members").asInt(), net.get("ids").size());
        assertEquals(net.get("ids").size(), net.get("roles").size());
        assertEquals(0, net.get("edges").size() % 2);
        assertEquals(30, get("/api/jobs/" + id + "/network").json().get("day").asInt());
        assertEquals(400, get("/api/jobs/" + id + "/network?day=abc").status());
        String events = get("/api/jobs/" + id + "/events").body();
        assertTrue(events.contains("event: end") && events.contains("\"state\":\"done\""), events.substring(0, Math.min(300, events.length())));
        assertTrue(get("/api/jobs").body().contains("\"id\":" + id));
        assertEquals(404, get("/api/jobs/99999").status());
        assertEquals(404, get("/api/jobs/" + id + "/nope").status());
        assertEquals(404, get("/api/jobs/abc").status());

        // an edited buffer is recorded as such
        Reply edited = post("/api/runs", Map.of("text", Fixture.TINY.replace("seed: 3", "seed: 4"), "source", "tiny.yaml"));
        JsonNode e = waitForJob(edited.json().get("id").asInt());
        JsonNode m2 = JSON.readTree(fx.results.resolve(e.get("folder").asText()).resolve("manifest.json").toFile());
        assertTrue(m2.get("scenarioSource").asText().endsWith("tiny.yaml (edited in the studio)"), m2.get("scenarioSource").asText());
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void badRunRequestsGetTheCommandLinesMessages() throws Exception {
        Reply r = post("/api/runs", Map.of("text", "days: 0\n", "source", "upload:x.yaml"));
        assertEquals(400, r.status());
        assertEquals("upload:x.yaml:1 days: must be >= 1, got 0", r.json().get("problems").get(0).get("text").asText());
        Reply reps = post("/api/runs", Map.of("text", Fixture.TINY, "replicates", "abc"));
        assertEquals(400, reps.status());
        Reply zero = post("/api/runs", Map.of("text", Fixture.TINY, "replicates", 0));
        assertEquals(400, zero.status());
        assertTrue(zero.json().get("problems").get(0).get("text").asText().contains("replicates"), zero.body());
        assertEquals(400, post("/api/runs", Map.of("source", "tiny.yaml")).status());
    }

    @Test
    void stopEndsARunWithoutAFolderAndQueuedJobsWait() throws Exception {
        String slow = Fixture.DEMO.replace("days: 365", "days: 3000").replace("replicates: 4", "replicates: 2");
        int before = listResults().size();
        int first = post("/api/runs", Map.of("text", slow)).json().get("id").asInt();
        int second = post("/api/runs", Map.of("text", slow)).json().get("id").asInt();
        for (int i = 0; i < 100 && !get("/api/jobs/" + first).json().get("state").asText().equals("running"); i++) Thread.sleep(50);
        assertEquals("queued", get("/api/jobs/" + second).json().get("state").asText(), "one run at a time");
        JsonNode stopQueued = post("/api/jobs/" + second + "/stop", Map.of()).json();
        assertTrue(stopQueued.get("stopping").asBoolean());
        assertEquals("stopped", get("/api/jobs/" + second).json().get("state").asText());
        assertEquals(200, post("/api/jobs/" + first + "/stop", Map.of()).status());
        JsonNode j = waitForJob(first);
        assertEquals("stopped", j.get("state").asText());
        assertTrue(j.get("folder").isNull());
        assertFalse(post("/api/jobs/" + first + "/stop", Map.of()).json().get("stopping").asBoolean());
        Thread.sleep(200);
        assertEquals(before, listResults().size(), "a stopped run writes nothing");
    }

    // ------------------------------------------------------------ results and comparisons

    private static List<JsonNode> listResults() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        get("/api/results").json().forEach(out::add);
        return out;
    }

    @Test
    void comparisonsAndResultFilesStayInsideTheResultsRoot() throws Exception {
        assertEquals(400, post("/api/compare", Map.of("paths", List.of("tiny.yaml"))).status());
        assertEquals(404, post("/api/compare", Map.of("paths", List.of("tiny.yaml", "../secret.yaml"))).status());
        Reply started = post("/api/compare", Map.of("paths", List.of("tiny.yaml", "tiny-more-churn.yaml"), "replicates", "3", "days", ""));
        assertEquals(202, started.status(), started.body());
        JsonNode done = waitForJob(started.json().get("id").asInt());
        assertEquals("done", done.get("state").asText(), done.toString());
        String folder = done.get("folder").asText();
        assertTrue(listResults().stream().anyMatch(r -> r.get("path").asText().equals(folder) && r.get("kind").asText().equals("comparison")));
        JsonNode described = get("/api/results/folder?path=" + folder).json();
        assertEquals("comparison", described.get("kind").asText());
        assertTrue(described.get("files").toString().contains("report.html"));
        Reply report = get("/files/" + folder + "/report.html");
        assertEquals(200, report.status());
        assertTrue(report.header("Content-Type").startsWith("text/html"));
        assertTrue(report.header("Content-Security-Policy").startsWith("sandbox"));
        Reply csv = get("/files/" + folder + "/comparison.csv?download=1");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Disposition").contains("comparison.csv"));

        Path secret = fx.dir.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        Files.createSymbolicLink(fx.results.resolve("escape"), fx.dir);
        for (String hostile : List.of("/files/../secret.txt", "/files/%2e%2e/secret.txt", "/files/..%2fsecret.txt", "/files/escape/secret.txt",
                "/files/%2Fetc%2Fpasswd", "/files/" + folder + "/..%2F..%2Fsecret.txt", "/files/", "/files/.hidden")) {
            String reply = raw("GET " + hostile + " HTTP/1.1\r\nHost: 127.0.0.1:" + fx.server.port() + "\r\nConnection: close\r\n\r\n");
            assertTrue(reply.startsWith("HTTP/1.1 404") || reply.startsWith("HTTP/1.1 400"), hostile + ": " + reply.lines().findFirst().orElse(""));
            assertFalse(reply.contains("top secret"), hostile);
        }
        for (String hostile : List.of("..", "escape", "/tmp", "", folder + "/../..")) {
            assertEquals(404, get("/api/results/folder?path=" + hostile).status(), hostile);
        }
        assertTrue(listResults().stream().noneMatch(r -> r.get("path").asText().equals("escape") && r.get("kind").asText().equals("run")));
    }

    @Test
    void theCommandRefusesBadOptionsTheCliWay() {
        StringWriter err = new StringWriter();
        assertEquals(2, StudioCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "--port", "70000"));
        assertTrue(err.toString().contains("--port 70000"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, StudioCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err2), "--scenarios", fx.dir.resolve("none").toString()));
        assertTrue(err2.toString().contains("no such folder"), err2.toString());
        StringWriter out = new StringWriter();
        assertEquals(0, StudioCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help"));
        assertNotNull(out.toString());
        assertTrue(out.toString().contains("--results"));
    }
}
