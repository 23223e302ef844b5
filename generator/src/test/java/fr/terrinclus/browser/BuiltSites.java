package fr.terrinclus.browser;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.pipeline.BuildOptions;
import fr.terrinclus.pipeline.SiteBuilder;
import fr.terrinclus.pipeline.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Named;
import java.util.stream.Stream;

/**
 * The sites every browser gate checks, built once per test run: the shipped content, and the
 * representative fixture {@code sites/complet} that uses every feature of the theme (images,
 * logo, documents, tables, footnotes, pagination, all 17 SDG badges, the full change block).
 */
final class BuiltSites {
    private static final Map<String, Path> BUILT = new HashMap<>();

    private BuiltSites() {
    }

    /** The site built from the repository's {@code content/}. */
    static Path shipped() {
        return build("contenu livré", Path.of("..", "content"));
    }

    /** The representative fixture site. */
    static Path fixture() {
        return build("site complet", Path.of("src", "test", "resources", "sites", "complet", "content"));
    }

    /** Both sites, named for test reports. */
    static Stream<Named<Path>> all() {
        return Stream.of(Named.of("contenu livré", shipped()), Named.of("site complet", fixture()));
    }

    private static synchronized Path build(String name, Path content) {
        return BUILT.computeIfAbsent(name, n -> {
            try {
                Path out = Files.createTempDirectory("terrinclus-it").resolve("site");
                new SiteBuilder().build(new BuildOptions(content, TestSite.THEME, out, null, false, true));
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BuildFailure e) {
                throw new IllegalStateException(name + " ne se construit pas : " + e.problems());
            }
        });
    }

    /** Every HTML file of a site, as paths relative to it, sorted. */
    static List<String> htmlPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
