package fr.terrinclus.browser;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.build.BuildOptions;
import fr.terrinclus.build.SiteBuilder;
import fr.terrinclus.build.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shipped content built once per test run, for every browser gate. */
final class BuiltSites {
    private static Path shipped;

    private BuiltSites() {
    }

    /** The site built from the repository's {@code content/}. */
    static synchronized Path shipped() {
        if (shipped == null) {
            try {
                Path out = Files.createTempDirectory("terrinclus-it").resolve("site");
                new SiteBuilder().build(new BuildOptions(Path.of("..", "content"), TestSite.THEME, out, null, false, true));
                shipped = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BuildFailure e) {
                throw new IllegalStateException("le contenu livré ne se construit pas : " + e.problems());
            }
        }
        return shipped;
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
