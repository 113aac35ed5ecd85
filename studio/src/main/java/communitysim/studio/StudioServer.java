package communitysim.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import communitysim.compare.ComparisonPlan;
import communitysim.output.BuildInfo;
import communitysim.scenario.Assignment;
import communitysim.scenario.LoadedScenario;
import communitysim.scenario.Problem;
import communitysim.scenario.ScenarioException;
import communitysim.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The studio's HTTP face, on the JDK's own server (com.sun.net.httpserver): a page, its script and the
 * chart library from the jar, a JSON API, and server-sent events for live runs. Nothing on GET changes
 * state; every POST takes JSON (so a page elsewhere cannot post a form here without a CORS preflight,
 * which is never granted) and at most {@link #MAX_BODY} bytes; requests must name this server as Host.
 */
public final class StudioServer {
    static final int MAX_BODY = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build())
            .build();
    private static final String WEB = "/communitysim/studio/web/";
    private static final Pattern STATIC_NAME = Pattern.compile("[a-z0-9-]+\\.(js|css|svg|html)");
    private static final Pattern JOB_PATH = Pattern.compile("/api/jobs/(\\d{1,9})(/[a-z]+)?");

    private final StudioConfig config;
    private final HttpServer http;
    private final ExecutorService pool;
    private final Jobs jobs = new Jobs();
    private final int threads = Runtime.getRuntime().availableProcessors();
    private volatile boolean stopping;
    private Set<String> allowedHosts = Set.of();

    private StudioServer(StudioConfig config, HttpServer http, ExecutorService pool) {
        this.config = config;
        this.http = http;
        this.pool = pool;
    }

    /** Binds and starts serving; {@code port} 0 picks a free port. */
    public static StudioServer start(StudioConfig config) throws IOException, StudioConfig.Unusable {
        config = config.prepared();
        HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        ExecutorService pool = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "studio-http");
            t.setDaemon(true);
            return t;
        });
        StudioServer server = new StudioServer(config, http, pool);
        http.setExecutor(pool);
        http.createContext("/", server::handle);
        http.start();
        int port = http.getAddress().getPort();
        server.allowedHosts = Set.copyOf(java.util.Arrays.asList((config.host().contains(":") ? "[" + config.host() + "]" : config.host()).toLowerCase(Locale.ROOT) + ":" + port,
                "127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
        return server;
    }

    public StudioConfig config() {
        return config;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + h + ":" + port() + "/";
    }

    /** Stops any run in progress and the server. */
    public void stop() {
        stopping = true;
        jobs.shutdown();
        http.stop(0);
        pool.shutdownNow();
    }

    // ---------------------------------------------------------------- dispatch

    /** A refusal with its status, said to the browser as {@code {"error": ...}}. */
    static final class HttpError extends Exception {
        final int status;
        final Object problems;

        HttpError(int status, String message) {
            this(status, message, null);
        }

        HttpError(int status, String message, Object problems) {
            super(message);
            this.status = status;
            this.problems = problems;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            try {
                route(ex);
            } catch (HttpError e) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", e.getMessage());
                if (e.problems != null) body.put("problems", e.problems);
                sendJson(ex, e.status, body);
            } catch (IOException e) {
                // the browser went away
            } catch (RuntimeException e) {
                sendJson(ex, 500, Map.of("error", "internal error: " + e));
            }
        }
    }

    private void route(HttpExchange ex) throws IOException, HttpError {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new HttpError(421, "this server answers to " + url() + " only");
        }
        boolean get = method.equals("GET") || method.equals("HEAD");
        boolean post = method.equals("POST");
        if (!get && !post) throw new HttpError(405, method + " is not supported");
        if (post) {
            String origin = ex.getRequestHeaders().getFirst("Origin");
            if (origin != null && !allowedHosts.contains(origin.replaceFirst("^http://", "").toLowerCase(Locale.ROOT))) {
                throw new HttpError(403, "requests from " + origin + " are refused");
            }
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                throw new HttpError(415, "POST a JSON body (Content-Type: application/json)");
            }
        }
        Map<String, String> query = query(ex.getRequestURI());
        Matcher job = JOB_PATH.matcher(path);
        if (path.equals("/") || path.equals("/index.html")) {
            requireGet(get, path);
            sendResource(ex, WEB + "index.html");
        } else if (path.startsWith("/static/")) {
            requireGet(get, path);
            String name = path.substring("/static/".length());
            if (!STATIC_NAME.matcher(name).matches()) throw new HttpError(404, "no such file");
            sendResource(ex, WEB + name);
        } else if (path.equals("/vendor/echarts.min.js")) {
            requireGet(get, path);
            sendResource(ex, "/META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js");
        } else if (path.equals("/api/info")) {
            requireGet(get, path);
            sendJson(ex, 200, info());
        } else if (path.equals("/api/schema")) {
            requireGet(get, path);
            sendResource(ex, "/communitysim/scenario.schema.json");
        } else if (path.equals("/api/charts")) {
            requireGet(get, path);
            sendJson(ex, 200, ChartGroups.describe());
        } else if (path.equals("/api/scenarios")) {
            requireGet(get, path);
            sendJson(ex, 200, listScenarios());
        } else if (path.equals("/api/scenario")) {
            requireGet(get, path);
            sendJson(ex, 200, openScenario(query.get("path")));
        } else if (path.equals("/api/scenario/check")) {
            requirePost(post, path);
            sendJson(ex, 200, check(body(ex)));
        } else if (path.equals("/api/scenario/render")) {
            requirePost(post, path);
            sendJson(ex, 200, render(body(ex)));
        } else if (path.equals("/api/scenario/save")) {
            requirePost(post, path);
            sendJson(ex, 201, save(body(ex)));
        } else if (path.equals("/api/runs")) {
            requirePost(post, path);
            sendJson(ex, 202, startRun(body(ex)));
        } else if (path.equals("/api/compare")) {
            requirePost(post, path);
            sendJson(ex, 202, startCompare(body(ex)));
        } else if (path.equals("/api/jobs")) {
            requireGet(get, path);
            List<Object> all = new ArrayList<>();
            for (Job j : jobs.all()) all.add(j.describe());
            sendJson(ex, 200, all);
        } else if (job.matches()) {
            Job j = jobs.get(Integer.parseInt(job.group(1))).orElseThrow(() -> new HttpError(404, "no job " + job.group(1)));
            String tail = job.group(2) == null ? "" : job.group(2);
            switch (tail) {
                case "" -> {
                    requireGet(get, path);
                    sendJson(ex, 200, j.describe());
                }
                case "/stop" -> {
                    requirePost(post, path);
                    boolean stopped = jobs.stop(j);
                    sendJson(ex, 200, Map.of("stopping", stopped, "job", j.describe()));
                }
                case "/events" -> {
                    requireGet(get, path);
                    events(ex, j);
                }
                case "/series" -> {
                    requireGet(get, path);
                    sendJson(ex, 200, series(j));
                }
                case "/network" -> {
                    requireGet(get, path);
                    sendJson(ex, 200, network(j, query.get("day")));
                }
                default -> throw new HttpError(404, "no such page: " + path);
            }
        } else if (path.equals("/api/results")) {
            requireGet(get, path);
            sendJson(ex, 200, listResults());
        } else if (path.equals("/api/results/folder")) {
            requireGet(get, path);
            sendJson(ex, 200, describeFolder(query.get("path")));
        } else if (path.startsWith("/files/")) {
            requireGet(get, path);
            sendResultFile(ex, decode(path.substring("/files/".length())), query.containsKey("download"));
        } else {
            throw new HttpError(404, "no such page: " + path);
        }
    }

    private static void requireGet(boolean get, String path) throws HttpError {
        if (!get) throw new HttpError(405, path + " only answers GET");
    }

    private static void requirePost(boolean post, String path) throws HttpError {
        if (!post) throw new HttpError(405, path + " changes state, so it only answers POST");
    }

    // ---------------------------------------------------------------- scenarios

    private Map<String, Object> info() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", BuildInfo.version());
        m.put("results", config.resultsRoot().toString());
        m.put("scenarios", config.scenarioRoot().toString());
        m.put("threads", threads);
        m.put("maxUpload", MAX_BODY);
        m.put("networkMaxNodes", NetworkFrames.MAX_NODES);
        return m;
    }

    private List<String> listScenarios() throws IOException {
        Path root = config.scenarioRoot();
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> SafePaths.relative(root, p))
                    .filter(p -> p.matches("([A-Za-z0-9_][A-Za-z0-9._-]*/){0,2}[A-Za-z0-9_][A-Za-z0-9._-]*\\.(yaml|yml|json)"))
                    .filter(p -> !p.endsWith(".schema.json"))
                    .filter(p -> !p.startsWith("recipes/")) // calibration recipes, not scenarios
                    .filter(p -> SafePaths.existingFile(root, p).isPresent())
                    .sorted(Comparator.comparing((String p) -> p.contains("/")).thenComparing(p -> p))
                    .toList();
        }
    }

    private Path scenarioFile(String relative) throws HttpError {
        return SafePaths.existingFile(config.scenarioRoot(), relative)
                .filter(p -> p.getFileName().toString().matches(".*\\.(yaml|yml|json)"))
                .orElseThrow(() -> new HttpError(404, "no scenario " + relative + " in the scenario folder"));
    }

    private Map<String, Object> openScenario(String relative) throws HttpError, IOException {
        Path file = scenarioFile(relative);
        if (Files.size(file) > MAX_BODY) throw new HttpError(413, relative + " is larger than the studio's limit of 1 MB");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", relative);
        out.put("json", relative.endsWith(".json"));
        out.put("text", text);
        out.putAll(validate(text, relative.endsWith(".json"), sourceName(relative)));
        return out;
    }

    /** The scenario as the CLI would name it: the file under the scenario folder, relative to the working folder when inside it. */
    private String sourceName(String relative) {
        Path file = config.scenarioRoot().resolve(relative);
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }

    /** Validates text as {@code validate} does and reads it as a tree for the form. */
    private Map<String, Object> validate(String text, boolean json, String source) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode tree = null;
        try {
            tree = (json ? JSON : YAML).readTree(text);
        } catch (IOException e) {
            // the loader reports it with its line
        }
        out.put("tree", tree != null && tree.isObject() ? tree : null);
        try {
            LoadedScenario loaded = ScenarioLoader.loadText(text, json, source, List.of(), List.of());
            out.put("ok", true);
            out.put("problems", List.of());
            out.put("name", loaded.scenario().name());
        } catch (ScenarioException e) {
            out.put("ok", false);
            out.put("problems", problems(e));
        }
        return out;
    }

    private static List<Map<String, Object>> problems(ScenarioException e) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Problem p : e.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.file());
            m.put("line", p.line());
            m.put("path", p.path());
            m.put("message", p.message());
            m.put("text", p.toString());
            list.add(m);
        }
        return list;
    }

    private Map<String, Object> check(JsonNode body) throws HttpError {
        String text = text(body, "text");
        boolean json = body.path("json").asBoolean(false);
        return validate(text, json, source(body));
    }

    /** The name problems carry: the opened file, an upload's name, or "studio". */
    private String source(JsonNode body) {
        String s = body.path("source").asText("");
        if (s.startsWith("upload:")) return s.length() > 120 ? s.substring(0, 120) : s;
        return SafePaths.existingFile(config.scenarioRoot(), s).map(p -> sourceName(s)).orElse("studio");
    }

    private Map<String, Object> render(JsonNode body) throws HttpError, IOException {
        JsonNode tree = body.get("tree");
        if (tree == null || !tree.isObject()) throw new HttpError(400, "tree: a scenario is a mapping of knobs");
        String text = YAML.writeValueAsString(tree);
        if (tree.isEmpty()) text = "{}\n";
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", text);
        out.putAll(validate(text, false, source(body)));
        return out;
    }

    private Map<String, Object> save(JsonNode body) throws HttpError, IOException {
        String name = text(body, "path");
        String text = text(body, "text");
        if (!SafePaths.SCENARIO_FILE.matcher(name).matches()) {
            throw new HttpError(400, "path: a file name in the scenario folder, letters, digits, . _ - and ending .yaml, .yml or .json (got " + clip(name) + ")");
        }
        Path file = SafePaths.inside(config.scenarioRoot(), name).orElseThrow(() -> new HttpError(400, "path: not inside the scenario folder"));
        boolean json = name.endsWith(".json");
        Map<String, Object> checked = validate(text, json, name);
        if (!Boolean.TRUE.equals(checked.get("ok"))) {
            throw new HttpError(400, "the scenario has problems; fix them before saving", checked.get("problems"));
        }
        boolean overwrite = body.path("overwrite").asBoolean(false);
        if (Files.exists(file) && !overwrite) throw new HttpError(409, name + " exists; tick overwrite to replace it");
        if (Files.isSymbolicLink(file)) throw new HttpError(400, name + " is a link; the studio writes plain files only");
        Path tmp = Files.createTempFile(config.scenarioRoot(), ".studio-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return Map.of("path", name, "saved", true);
    }

    // ---------------------------------------------------------------- runs

    private Map<String, Object> startRun(JsonNode body) throws HttpError {
        if (stopping) throw new HttpError(503, "the studio is stopping");
        String text = text(body, "text");
        boolean json = body.path("json").asBoolean(false);
        List<Assignment> flags = new ArrayList<>();
        addFlag(flags, body, "replicates", "replicates");
        addFlag(flags, body, "days", "days");
        addFlag(flags, body, "seed", "seed");
        String source = runSource(body, text);
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.loadText(text, json, source, List.of(), flags);
        } catch (ScenarioException e) {
            throw new HttpError(400, "the scenario has problems", problems(e));
        }
        RunJob job = jobs.submit(id -> new RunJob(id, loaded, config.resultsRoot(), threads))
                .orElseThrow(() -> new HttpError(429, "the queue is full (" + Jobs.MAX_QUEUED + " jobs); wait or stop one"));
        return job.describe();
    }

    /** As the manifest records it: the opened file when the text is the file's, else marked as edited. */
    private String runSource(JsonNode body, String text) {
        String s = body.path("source").asText("");
        if (s.startsWith("upload:")) return clip(s);
        Optional<Path> file = SafePaths.existingFile(config.scenarioRoot(), s);
        if (file.isEmpty()) return "studio";
        try {
            if (Files.readString(file.get(), StandardCharsets.UTF_8).equals(text)) return sourceName(s);
        } catch (IOException e) {
            // fall through
        }
        return sourceName(s) + " (edited in the studio)";
    }

    private static void addFlag(List<Assignment> flags, JsonNode body, String field, String knob) throws HttpError {
        Long value;
        try {
            value = longOrNull(body, field);
        } catch (HttpError e) {
            throw new HttpError(400, e.getMessage(),
                    List.of(Map.of("file", "run", "line", 0, "path", knob, "message", "must be a whole number", "text", field + ": must be a whole number")));
        }
        if (value != null) flags.add(Assignment.flag(field, knob, value));
    }

    private Map<String, Object> startCompare(JsonNode body) throws HttpError {
        if (stopping) throw new HttpError(503, "the studio is stopping");
        JsonNode paths = body.get("paths");
        if (paths == null || !paths.isArray() || paths.size() < 2 || paths.size() > 10) {
            throw new HttpError(400, "paths: pick 2 to 10 scenarios from the scenario folder");
        }
        // relative to the working folder, as a user would type them to compare
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode p : paths) {
            files.add(cwd.relativize(scenarioFile(p.asText())));
            names.add(p.asText());
        }
        Integer reps = intOrNull(body, "replicates");
        Long seed = longOrNull(body, "seed");
        Integer days = intOrNull(body, "days");
        ComparisonPlan plan;
        try {
            plan = ComparisonPlan.load(files, List.of(), reps, seed, days);
        } catch (ScenarioException e) {
            throw new HttpError(400, "the scenarios have problems", problems(e));
        }
        String label = String.join(" vs ", names);
        CompareJob job = jobs.submit(id -> new CompareJob(id, plan, label, config.resultsRoot(), threads))
                .orElseThrow(() -> new HttpError(429, "the queue is full (" + Jobs.MAX_QUEUED + " jobs); wait or stop one"));
        return job.describe();
    }

    private static Integer intOrNull(JsonNode body, String field) throws HttpError {
        Long v = longOrNull(body, field);
        if (v == null) return null;
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw new HttpError(400, field + ": out of range");
        return v.intValue();
    }

    /** A whole-number field, or null when it is missing or blank; anything else is a 400. */
    private static Long longOrNull(JsonNode body, String field) throws HttpError {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) return null;
        if (v.isIntegralNumber()) return v.asLong();
        String s = v.asText().trim();
        if (!s.matches("-?\\d{1,18}")) throw new HttpError(400, field + ": must be a whole number, got " + clip(v.toString()));
        return Long.parseLong(s);
    }

    private Map<String, Object> series(Job j) throws HttpError {
        if (!(j instanceof RunJob)) throw new HttpError(404, "job " + j.id + " is not a run");
        return payload(j);
    }

    /** A job's state with, for a run, its live charts' data: what {@code /series} and each event carry. */
    private static Map<String, Object> payload(Job j) {
        Map<String, Object> data = j instanceof RunJob run ? run.live.snapshot() : new LinkedHashMap<>();
        data.put("job", j.describe());
        return data;
    }

    private Map<String, Object> network(Job j, String dayText) throws HttpError {
        if (!(j instanceof RunJob run)) throw new HttpError(404, "job " + j.id + " is not a run");
        int day;
        try {
            day = dayText == null ? Integer.MAX_VALUE : Integer.parseInt(dayText);
        } catch (NumberFormatException e) {
            throw new HttpError(400, "day: must be a whole number, got " + clip(dayText));
        }
        NetworkFrames.Frame f = run.network.at(day);
        if (f == null) throw new HttpError(404, "no day of this run has finished yet");
        Map<String, Object> out = NetworkFrames.describe(f, run.network.days(), run.network.membersByDay());
        out.put("job", j.describe());
        return out;
    }

    /** Server-sent events: {@code progress} with the charts' data until the job ends, then {@code end}. */
    private void events(HttpExchange ex, Job j) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        long lastDone = -1;
        while (!stopping) {
            boolean finished = j.finished();
            if (j.done != lastDone || finished) {
                lastDone = j.done;
                Map<String, Object> data = payload(j);
                String event = finished ? "end" : "progress";
                out.write(("event: " + event + "\ndata: " + JSON.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (finished) break;
            } else {
                out.write(": waiting\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            try {
                Thread.sleep(j instanceof RunJob r && r.total > 200_000 ? 1000 : 300);
            } catch (InterruptedException e) {
                break;
            }
        }
        out.flush();
    }

    // ---------------------------------------------------------------- results

    private List<Map<String, Object>> listResults() throws IOException {
        Path root = config.resultsRoot();
        List<Map<String, Object>> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(d -> SafePaths.existingFolder(root, d.getFileName().toString()).isPresent()).toList()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", SafePaths.relative(root, d));
                m.put("kind", kindOf(d));
                m.put("modified", Files.getLastModifiedTime(d).toInstant().toString());
                out.add(m);
            }
        }
        out.sort(Comparator.comparing((Map<String, Object> m) -> (String) m.get("modified")).reversed());
        return out;
    }

    static String kindOf(Path d) {
        if (Files.exists(d.resolve("comparison.csv"))) return "comparison";
        if (Files.exists(d.resolve("posterior.csv"))) return "calibration";
        if (Files.exists(d.resolve("forecast.csv"))) return "forecast";
        if (Files.exists(d.resolve("backtest.csv"))) return "backtest";
        if (Files.exists(d.resolve("indices.csv"))) return "sensitivity";
        if (Files.exists(d.resolve("runs.csv"))) return "sweep";
        if (Files.exists(d.resolve("daily.csv"))) return "run";
        return "folder";
    }

    private Map<String, Object> describeFolder(String relative) throws HttpError, IOException {
        Path root = config.resultsRoot();
        Path dir = SafePaths.existingFolder(root, relative).orElseThrow(() -> new HttpError(404, "no results folder " + clip(relative)));
        List<Map<String, Object>> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir, 3)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().limit(2000).toList()) {
                String rel = SafePaths.relative(root, f);
                if (SafePaths.existingFile(root, rel).isEmpty()) continue;
                files.add(Map.of("path", rel, "name", SafePaths.relative(dir, f), "size", Files.size(f)));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", relative);
        out.put("kind", kindOf(dir));
        out.put("files", files);
        Path manifest = dir.resolve("manifest.json");
        if (Files.isRegularFile(manifest) && Files.size(manifest) < 4 * MAX_BODY) {
            try {
                JsonNode m = JSON.readTree(manifest.toFile());
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("scenarioSource", m.path("scenarioSource").asText(null));
                s.put("name", m.path("scenario").path("name").asText(null));
                s.put("days", m.path("scenario").path("days").isMissingNode() ? null : m.path("scenario").path("days").asInt());
                s.put("replicates", m.path("scenario").path("replicates").isMissingNode() ? null : m.path("scenario").path("replicates").asInt());
                out.put("manifest", s);
            } catch (IOException e) {
                out.put("manifest", null);
            }
        }
        return out;
    }

    private static final Map<String, String> TYPES = new HashMap<>(Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("png", "image/png"), Map.entry("svg", "image/svg+xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("md", "text/plain; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("yaml", "text/plain; charset=utf-8"), Map.entry("yml", "text/plain; charset=utf-8")));

    private void sendResultFile(HttpExchange ex, String relative, boolean download) throws HttpError, IOException {
        Path file = SafePaths.existingFile(config.resultsRoot(), relative).orElseThrow(() -> new HttpError(404, "no such file in the results folder"));
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = TYPES.getOrDefault(ext, "application/octet-stream");
        // A results page runs in a sandbox: its scripts cannot reach the studio's API as the studio.
        ex.getResponseHeaders().set("Content-Security-Policy", "sandbox allow-scripts allow-popups allow-downloads");
        if (download || type.equals("application/octet-stream")) {
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        }
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        long size = Files.size(file);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, size == 0 ? -1 : size);
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(ex.getResponseBody());
        }
    }

    // ---------------------------------------------------------------- plumbing

    private static String echartsVersion() throws IOException {
        try (InputStream in = StudioServer.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (in == null) return "5.3.1";
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "5.3.1");
        }
    }

    private static JsonNode body(HttpExchange ex) throws IOException, HttpError {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                long declared = Long.parseLong(length.trim());
                if (declared > MAX_BODY) {
                    // read a modest excess away so that the browser sees the answer, not a reset connection
                    if (declared <= 8L * MAX_BODY) ex.getRequestBody().transferTo(OutputStream.nullOutputStream());
                    throw new HttpError(413, "the request is larger than the limit of 1 MB");
                }
            } catch (NumberFormatException e) {
                throw new HttpError(400, "bad Content-Length");
            }
        }
        byte[] bytes = ex.getRequestBody().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) throw new HttpError(413, "the request is larger than the limit of 1 MB");
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new HttpError(400, "the body is not JSON: " + clip(e.getMessage()));
        }
        if (node == null || !node.isObject()) throw new HttpError(400, "the body must be a JSON object");
        return node;
    }

    private static String text(JsonNode body, String field) throws HttpError {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual()) throw new HttpError(400, field + ": a string is required");
        return v.asText();
    }

    private static String clip(String s) {
        if (s == null) return "null";
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 80 ? t.substring(0, 80) + "..." : t;
    }

    private static String decode(String raw) throws HttpError {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "bad path encoding");
        }
    }

    private static Map<String, String> query(URI uri) throws HttpError {
        Map<String, String> q = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            q.put(k, v);
        }
        return q;
    }

    private static void sendJson(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static void sendResource(HttpExchange ex, String resource) throws IOException, HttpError {
        byte[] bytes;
        try (InputStream in = StudioServer.class.getResourceAsStream(resource)) {
            if (in == null) throw new HttpError(404, "no such file");
            bytes = in.readAllBytes();
        }
        String ext = resource.substring(resource.lastIndexOf('.') + 1);
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (ext.equals("html")) {
            ex.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-src 'self'; frame-ancestors 'none'");
        }
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
    }
}
