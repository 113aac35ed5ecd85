package communitysim.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Which build of the tool is running: its version and, when run from a git checkout, the commit. */
public final class BuildInfo {

    public static final String TOOL_NAME = "communitysim";

    private static final long GIT_TIMEOUT_SECONDS = 2;
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    private BuildInfo() {}

    /** The jar's {@code Implementation-Version}, or {@code "dev"} when running from classes (IDE, tests). */
    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** {@code git rev-parse HEAD} in the working directory, or {@code null} if git or a repository is missing. */
    public static String gitCommit() {
        return GitCommit.VALUE;
    }

    // Looked up once per JVM: the working directory does not change, and a sweep writes many folders.
    private static final class GitCommit {
        static final String VALUE = lookUp();

        private static String lookUp() {
            try {
                Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!git.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    git.destroyForcibly();
                    return null;
                }
                if (git.exitValue() != 0) return null;
                try (InputStream in = git.getInputStream()) {
                    String out = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
                    return COMMIT.matcher(out).matches() ? out : null;
                }
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** A manifest's opening: the tool and its version, the git commit if known, and the Java runtime. */
    public static com.fasterxml.jackson.databind.node.ObjectNode provenance() {
        com.fasterxml.jackson.databind.node.ObjectNode root = Json.object();
        com.fasterxml.jackson.databind.node.ObjectNode tool = root.putObject("tool");
        tool.put("name", TOOL_NAME);
        tool.put("version", version());
        root.put("gitCommit", gitCommit());
        com.fasterxml.jackson.databind.node.ObjectNode java = root.putObject("java");
        java.put("version", System.getProperty("java.version"));
        java.put("vendor", System.getProperty("java.vendor"));
        return root;
    }
}
