package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small site written inside a test, Hugo-style: {@code -- path --} lines start each file. A site
 * gets a default {@code site.yaml}, theme vocabulary and accessibility page unless the test writes
 * its own. Built with the real default theme.
 */
public final class TestSite {
    public static final Path THEME = Path.of("..", "themes", "terrinclus");
    public static final String SITE_YAML = """
            titre: Site de test
            description: Un site de test.
            langue: fr
            editeur: Test
            licence: {nom: Licence Ouverte 2.0, url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"}
            accessibilite: {etat: partielle}
            """;
    private static final String THEMES = """
            thematiques:
              - {id: eau, libelle: Eau}
              - {id: inclusion-sociale, libelle: Inclusion sociale}
            """;
    private static final String ACCESSIBILITY = """
            ---
            titre: Accessibilité
            ---
            Déclaration.
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** Writes {@code files} under {@code root}. */
    public static TestSite write(Path root, String files) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("content/site.yaml", SITE_YAML);
        all.put("content/_data/thematiques.yaml", THEMES);
        all.put("content/pages/accessibilite.md", ACCESSIBILITY);
        all.putAll(parse(files));
        try {
            for (Map.Entry<String, String> file : all.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestSite(root);
    }

    static Map<String, String> parse(String files) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : files.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (name != null) {
                    out.put(name, text.toString());
                }
                name = line.substring(3, line.length() - 3).strip();
                text.setLength(0);
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, text.toString());
        }
        return out;
    }

    /** Adds a binary file (an image, a PDF) to the site, {@code path} relative to its root. */
    public TestSite writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path out() {
        return root.resolve("site");
    }

    public BuildOptions options() {
        return new BuildOptions(content(), THEME, out(), null, false, true);
    }

    /** Builds, failing the test with the problems if the build fails. */
    public TestSite build() {
        try {
            new SiteBuilder().build(options());
        } catch (BuildFailure e) {
            fail("la construction a échoué :\n" + String.join("\n", e.problems().stream().map(Problem::toString).toList()));
        }
        return this;
    }

    /** Builds, expecting failure; returns the problems as printed ({@code path:line:col: message}). */
    public List<String> problems() {
        try {
            new SiteBuilder().build(options());
        } catch (BuildFailure e) {
            String prefix = root.toString().replace('\\', '/') + "/";
            return e.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
        }
        return fail("la construction aurait dû échouer");
    }

    /** Builds with {@code options}, expecting failure; returns the problems as printed, paths in full. */
    public static List<String> problems(BuildOptions options) {
        try {
            new SiteBuilder().build(options);
        } catch (BuildFailure e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        return fail("la construction aurait dû échouer");
    }

    /** A copy of the default theme in {@code target}, for tests that change a theme file. */
    public static Path copyTheme(Path target) {
        try (Stream<Path> files = Files.walk(THEME)) {
            for (Path p : files.toList()) {
                Path copy = target.resolve(THEME.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Asserts the build fails with exactly {@code expected}. */
    public void assertProblems(String... expected) {
        assertEquals(List.of(expected), problems());
    }

    public Document page(String sitePath) {
        Path file = out().resolve(sitePath);
        assertTrue(Files.isRegularFile(file), "fichier absent : " + sitePath);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular files under {@code root}, as relative paths, sorted. */
    public static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} holds the files of {@code expected}, byte for byte, and no other. */
    public static void assertSameFiles(Path expected, Path actual) {
        List<String> files = files(expected);
        assertEquals(files, files(actual));
        try {
            for (String file : files) {
                assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String sitePath) {
        return Files.exists(out().resolve(sitePath));
    }
}
