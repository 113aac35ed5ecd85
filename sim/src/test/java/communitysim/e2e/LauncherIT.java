package communitysim.e2e;

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
     * The launcher maps a class archive it prepares once per build (faster starts); the archive holds
     * parsed classes only, so a run with it writes what a run without it writes.
     */
    @Test
    void classArchiveIsPreparedForTheJarAndChangesNoResult(@TempDir Path tmp) throws Exception {
        Path jar = ROOT.resolve("sim/target/communitysim.jar");
        Path archive = ROOT.resolve("sim/target/communitysim.jsa");
        Result with = launch("run", "scenarios/baseline.yaml", "--reps", "1", "--days", "20", "--out", tmp.resolve("with").toString());
        assertEquals(0, with.code(), with.err());
        assertTrue(Files.size(archive) > 0, "the launcher prepares sim/target/communitysim.jsa");
        assertFalse(Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(archive)) > 0,
                "the archive is at least as new as the jar it was made for");
        assertFalse(with.err().contains("cds"), "the JVM's archive messages stay quiet: " + with.err());
        Result without = launch(java.util.Map.of("COMMUNITYSIM_CDS", "0"),
                "run", "scenarios/baseline.yaml", "--reps", "1", "--days", "20", "--out", tmp.resolve("without").toString());
        assertEquals(0, without.code(), without.err());
        assertFalse(without.err().contains("class archive"), without.err());
        assertEquals(Files.readString(tmp.resolve("without/daily.csv")), Files.readString(tmp.resolve("with/daily.csv")));
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
