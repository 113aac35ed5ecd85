package communitysim.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation's links resolve inside the repository: every relative Markdown link in the
 * README, the changelog, {@code docs/} and the scenario, notebook and results READMEs names a file
 * that exists (and a heading that exists, when it names one), and nothing in the repository points at
 * files a clone does not have.
 */
class DocLinksTest {

    /** Maven runs the tests in the module directory, sim/. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** {@code [text](target)} or {@code ![alt](target "title")}; the target has no spaces. */
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String page : List.of("README.md", "CHANGELOG.md", "scenarios/README.md", "scenarios/claims/README.md",
                "notebooks/README.md", "results/README.md")) {
            pages.add(ROOT.resolve(page));
        }
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.size() >= 12, "pages found: " + pages);
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages) {
            assertTrue(Files.isRegularFile(page), "no page " + ROOT.relativize(page));
            List<String> lines = prose(Files.readString(page));
            for (int n = 0; n < lines.size(); n++) {
                Matcher m = LINK.matcher(lines.get(n));
                while (m.find()) {
                    String target = m.group(1);
                    if (SCHEME.matcher(target).find()) continue;
                    links++;
                    String problem = problem(page, target);
                    if (problem != null) broken.add(ROOT.relativize(page) + ":" + (n + 1) + " " + target + ": " + problem);
                }
            }
        }
        assertTrue(links > 50, "relative links checked: " + links);
        assertEquals(List.of(), broken, "broken links");
    }

    private static String problem(Path page, String target) throws IOException {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT)) return "points outside the repository";
        if (!Files.exists(resolved)) return "no such file";
        if (anchor != null && resolved.toString().endsWith(".md") && !anchors(Files.readString(resolved)).contains(anchor)) {
            return "no heading #" + anchor;
        }
        return null;
    }

    /** The lines of a Markdown text outside fenced code blocks. */
    static List<String> prose(String text) {
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                lines.add("");
            } else {
                lines.add(fenced ? "" : line);
            }
        }
        return lines;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose(markdown)) {
            Matcher m = HEADING.matcher(line);
            if (!m.matches()) continue;
            String slug = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    @Test
    void anchorsFollowGitHubsRule() {
        assertEquals(Set.of("the-model", "a-day", "a-day-1", "knobs-roles", "what-a-run-reports"),
                anchors("# The model\n## A day\n```\n# not a heading\n```\n### A day\n## Knobs: `roles`\n## What a run reports ##\n"));
    }

    /**
     * Nothing points at the documents the project was briefed with, which a clone does not have: the
     * model brief and the user contract are docs/model.md and docs/contract.md.
     */
    @Test
    void nothingPointsOutsideTheRepository() throws IOException {
        Pattern outside = Pattern.compile("\\b(MODEL|CONTRACT|ARCHITECTURE)\\.md\\b|(^|[^\\w./-])(\\.\\./)*shared/");
        Set<String> text = Set.of("md", "java", "py", "ipynb", "yaml", "yml", "json", "xml", "sh", "html", "peb", "txt");
        Path self = ROOT.resolve("sim/src/test/java/communitysim/docs/DocLinksTest.java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path rel = ROOT.relativize(file);
                if (skipped(rel) || !Files.isRegularFile(file) || file.equals(self)) continue;
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                boolean launcher = rel.toString().equals("communitysim") || rel.toString().equals("spark/communitysim-spark")
                        || rel.toString().equals(".ci/run");
                if (!launcher && (dot < 0 || !text.contains(name.substring(dot + 1)))) continue;
                // Bytes as Latin-1: the pattern is ASCII, and some test inputs are deliberately not UTF-8.
                String[] lines = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n", -1);
                for (int n = 0; n < lines.length; n++) {
                    if (outside.matcher(lines[n]).find()) found.add(rel + ":" + (n + 1) + ": " + lines[n].strip());
                }
            }
        }
        assertEquals(List.of(), found, "references to files outside the repository");
    }

    /** Build output, version control, run results and anything hidden are not the repository's text. */
    private static boolean skipped(Path rel) {
        for (Path part : rel) {
            String p = part.toString();
            if (p.equals("target") || p.equals("node_modules") || (p.startsWith(".") && !p.equals(".ci"))) return true;
        }
        return rel.getNameCount() > 1 && rel.getName(0).toString().equals("results");
    }
}
