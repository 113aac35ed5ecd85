package communitysim.e2e;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher and the shaded jar, run from the repository root exactly as the README tells a
 * user to (failsafe runs this after {@code package}, so the launcher finds a fresh jar).
 */
class LauncherIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Result(int code, String out, String err) {}

    static Result launch(String... args) throws IOException, InterruptedException {
        return launch(java.util.Map.of(), args);
    }

    static Result launch(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("communitysim").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
        pb.environment().put("COMMUNITYSIM_JAVA_OPTS", "-Xmx2g");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "launcher timed out");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void runWritesTheContractsResultsFolder(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("baseline");
        Result r = launch("run", "scenarios/baseline.yaml", "--reps", "2", "--days", "30", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("results: " + dir), r.out());
        for (String f : List.of("manifest.json", "daily.csv", "summary.csv", "summary.json", "retention.csv", "lorenz.csv",
                "charts/members.png", "charts/members.svg", "charts/active.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        String header = Files.readAllLines(dir.resolve("daily.csv")).get(0);
        assertTrue(header.startsWith("replicate,seed,day,members,joins,joins_external,joins_referral,churned,"), header);
        assertEquals(1 + 2 * 30, Files.readAllLines(dir.resolve("daily.csv")).size());
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertTrue(manifest.contains("\"baseSeed\"") && manifest.contains("\"memberDaysPerSecond\""), manifest);
    }

    /**
     * The launcher maps a class archive it prepares once per build and per JVM (faster starts); the
     * archive holds parsed classes only, so a run with it writes what a run without it writes.
     */
    @Test
    void classArchiveIsPreparedForTheJarAndChangesNoResult(@TempDir Path tmp) throws Exception {
        Path jar = ROOT.resolve("sim/target/communitysim.jar");
        Result with = launch("run", "scenarios/baseline.yaml", "--reps", "1", "--days", "20", "--out", tmp.resolve("with").toString());
        assertEquals(0, with.code(), with.err());
        Path archive = newestArchive();
        assertTrue(Files.size(archive) > 0, "the launcher prepares sim/target/communitysim-java-<its JVM>.jsa (.aot from Java 25)");
        assertFalse(Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(archive)) > 0,
                "the archive is at least as new as the jar it was made for");
        assertFalse(with.err().contains("cds") || with.err().contains("[aot]"), "the JVM's archive messages stay quiet: " + with.err());
        Result without = launch(java.util.Map.of("COMMUNITYSIM_CDS", "0"),
                "run", "scenarios/baseline.yaml", "--reps", "1", "--days", "20", "--out", tmp.resolve("without").toString());
        assertEquals(0, without.code(), without.err());
        assertFalse(without.err().contains("class archive") || without.err().contains("ahead-of-time"), without.err());
        assertEquals(Files.readString(tmp.resolve("without/daily.csv")), Files.readString(tmp.resolve("with/daily.csv")));
    }

    /**
     * JAVA_HOME picks the JVM, as it does for Maven. A JDK of 25 or later, where this machine has
     * one, gets an ahead-of-time cache of its own (classes and method profiles from a short sweep),
     * named for it beside the other JVM's archive, and writes the same results as the default JVM.
     */
    @Test
    void javaHomePicksTheJvmAndJava25GetsAnAheadOfTimeCacheOfItsOwn(@TempDir Path tmp) throws Exception {
        Path jdk = jdkAtLeast(25);
        Assumptions.assumeTrue(jdk != null, "no JDK 25 or later under /usr/lib/jvm or in COMMUNITYSIM_TEST_JDK");
        java.util.Map<String, String> env = java.util.Map.of("JAVA_HOME", jdk.toString());
        Result first = launch(env, "run", "scenarios/baseline.yaml", "--reps", "1", "--days", "20", "--out", tmp.resolve("newer").toString());
        assertEquals(0, first.code(), first.err());
        String runtime = releaseValue(jdk, "JAVA_RUNTIME_VERSION").replaceAll("[^A-Za-z0-9._-]", "_");
        Path cache = ROOT.resolve("sim/target/communitysim-java-" + runtime + ".aot");
        assertTrue(Files.isRegularFile(cache) && Files.size(cache) > 0, "the launcher prepares " + cache + "; it said: " + first.err());
        assertFalse(Files.getLastModifiedTime(ROOT.resolve("sim/target/communitysim.jar")).compareTo(Files.getLastModifiedTime(cache)) > 0);
        Result again = launch(env, "run", "scenarios/baseline.yaml", "--reps", "1", "--days", "20", "--out", tmp.resolve("again").toString());
        assertEquals(0, again.code(), again.err());
        assertFalse(again.err().contains("preparing") || again.err().contains("[aot]") || again.err().contains("cds"),
                "a prepared cache is mapped quietly: " + again.err());
        Result usual = launch("run", "scenarios/baseline.yaml", "--reps", "1", "--days", "20", "--out", tmp.resolve("usual").toString());
        assertEquals(0, usual.code(), usual.err());
        assertEquals(Files.readString(tmp.resolve("usual/daily.csv")), Files.readString(tmp.resolve("again/daily.csv")),
                "the same scenario and seed give the same days on either JVM");
    }

    @Test
    void aJavaHomeWithoutJavaOrTooOldIsRefusedClearly(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Result none = launch(java.util.Map.of("JAVA_HOME", empty.toString()), "--version");
        assertEquals(1, none.code(), none.err());
        assertTrue(none.err().contains("JAVA_HOME is " + empty) && none.err().contains("no bin/java"), none.err());

        // a JDK whose release file says 11: refused before any JVM starts (its java would print the real version)
        Path old = Files.createDirectories(tmp.resolve("old/bin"));
        Path fakeJava = old.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho started >&2\nexit 0\n");
        assertTrue(fakeJava.toFile().setExecutable(true));
        Files.writeString(tmp.resolve("old/release"), "JAVA_VERSION=\"11.0.2\"\n");
        Result eleven = launch(java.util.Map.of("JAVA_HOME", tmp.resolve("old").toString()), "--version");
        assertEquals(1, eleven.code(), eleven.err());
        assertTrue(eleven.err().contains("Java 17 or later is needed") && eleven.err().contains("11.0.2"), eleven.err());
        assertFalse(eleven.err().contains("started"), eleven.err());
    }

    /** The start-up archive the launcher prepared last (its name carries the JVM it was made by). */
    private static Path newestArchive() throws IOException {
        try (var files = Files.list(ROOT.resolve("sim/target"))) {
            return files.filter(f -> f.getFileName().toString().matches("communitysim-java-.*\\.(jsa|aot)"))
                    .max(java.util.Comparator.comparing(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("no communitysim-java-*.jsa or .aot in sim/target"));
        }
    }

    /** A JDK of at least {@code feature}: COMMUNITYSIM_TEST_JDK if set, else one under /usr/lib/jvm, else null. */
    private static Path jdkAtLeast(int feature) throws IOException {
        String given = System.getenv("COMMUNITYSIM_TEST_JDK");
        List<Path> homes = new ArrayList<>();
        if (given != null && !given.isBlank()) {
            homes.add(Path.of(given));
        } else if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (var dirs = Files.list(Path.of("/usr/lib/jvm"))) {
                dirs.sorted().forEach(homes::add);
            }
        }
        for (Path home : homes) {
            String version = releaseValue(home, "JAVA_VERSION");
            if (Files.isExecutable(home.resolve("bin/java")) && version.matches("\\d+(\\D.*)?")
                    && Integer.parseInt(version.replaceAll("\\D.*", "")) >= feature) {
                return home.toRealPath();
            }
        }
        return null;
    }

    private static String releaseValue(Path home, String key) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) return "";
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith(key + "=")) return line.substring(key.length() + 1).replace("\"", "").strip();
        }
        return "";
    }

    @Test
    void brokenInputExitsTwoWithoutAStackTrace(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("never");
        Result r = launch("run", "sim/src/test/resources/broken/negative-rate.yaml", "--out", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("negative-rate.yaml"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(dir));
        assertEquals(2, launch("run").code(), "a missing argument is a usage error");
        assertEquals(2, launch("frobnicate").code(), "an unknown command is a usage error");
    }

    @Test
    void helpAndBenchAnswer() throws Exception {
        Result help = launch("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("run") && help.out().contains("validate") && help.out().contains("bench"), help.out());
        Result bench = launch("bench", "--members", "5000", "--days", "20", "--warmup-days", "5");
        assertEquals(0, bench.code(), bench.err());
        for (String line : List.of("member_days_per_second: ", "setup_seconds: ", "step_seconds: ", "peak_heap_mb: ", "bytes_per_member: ")) {
            assertTrue(bench.out().contains(line), "bench lacks " + line + "\n" + bench.out());
        }
    }

    /**
     * The version is written once, in the parent pom; the jar reports it, and it follows CHANGELOG.md
     * (it once said 0.1.0-SNAPSHOT with the changelog at 0.4.0): the newest entry is the pom's version,
     * marked Unreleased while the pom says -SNAPSHOT and dated once released, and entries run newest first.
     */
    @Test
    void versionIsThePomsAndFollowsTheChangelog() throws Exception {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        java.util.regex.Matcher own = java.util.regex.Pattern
                .compile("<artifactId>communitysim-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(own.find(), "the parent pom's version");
        String version = own.group(1);
        Result v = launch("--version");
        assertEquals(0, v.code(), v.err());
        assertEquals("communitysim " + version, v.out().strip());
        java.util.regex.Matcher entries = java.util.regex.Pattern.compile("(?m)^## \\[(\\d+\\.\\d+\\.\\d+)\\] - (.+)$")
                .matcher(Files.readString(ROOT.resolve("CHANGELOG.md")));
        List<String> versions = new java.util.ArrayList<>();
        List<String> labels = new java.util.ArrayList<>();
        while (entries.find()) {
            versions.add(entries.group(1));
            labels.add(entries.group(2).strip());
        }
        assertTrue(versions.size() >= 6, "changelog entries found: " + versions);
        boolean snapshot = version.endsWith("-SNAPSHOT");
        assertEquals(version.replace("-SNAPSHOT", ""), versions.get(0), "the newest changelog entry is the pom's version");
        if (snapshot) {
            assertEquals("Unreleased", labels.get(0), "a -SNAPSHOT's changelog entry is marked Unreleased");
        } else {
            assertTrue(labels.get(0).matches("\\d{4}-\\d{2}-\\d{2}"), "a released version's entry has its date: " + labels.get(0));
        }
        for (int i = 1; i < versions.size(); i++) {
            assertTrue(java.util.Arrays.compare(release(versions.get(i - 1)), release(versions.get(i))) > 0,
                    "changelog entries newest first: " + versions);
            assertTrue(labels.get(i).matches("\\d{4}-\\d{2}-\\d{2}"), "only the newest entry may be unreleased: " + versions.get(i));
        }
    }

    private static int[] release(String version) {
        return java.util.Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
