package fr.terrinclus.pipeline;

import static fr.terrinclus.pipeline.ProjectFixture.PARTNER;
import static fr.terrinclus.pipeline.ProjectFixture.project;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that finds its inputs unchanged writes nothing; any change, anywhere, rebuilds. */
class IncrementalBuildTest {
    private static final Instant LONG_AGO = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private TestSite site() throws IOException {
        TestSite site = TestSite.write(dir.resolve("src"), PARTNER + project("eau", ProjectFixture.VALID_FIELDS));
        age(site.content());
        return site;
    }

    @Test
    void aSecondBuildWithNothingChangedWritesNothing() throws Exception {
        TestSite site = site();
        BuildReport first = new SiteBuilder().build(site.options());
        assertFalse(first.upToDate());
        Path page = site.out().resolve("projets/eau/index.html");
        Files.setLastModifiedTime(page, FileTime.from(LONG_AGO));
        BuildReport second = new SiteBuilder().build(site.options());
        assertTrue(second.upToDate());
        assertEquals(FileTime.from(LONG_AGO), Files.getLastModifiedTime(page), "the page was not rewritten");
    }

    @Test
    void aChangedFileOfTheSameSizeIsSeen() throws Exception {
        TestSite site = site();
        new SiteBuilder().build(site.options());
        Path file = site.content().resolve("projets/eau.md");
        Files.writeString(file, Files.readString(file).replace("Corps du projet.", "Corps du PROJET."));
        assertFalse(new SiteBuilder().build(site.options()).upToDate());
        assertTrue(site.page("projets/eau/index.html").text().contains("Corps du PROJET."));
    }

    @Test
    void aSiteFileRemovedOrAddedSinceIsRebuilt() throws Exception {
        TestSite site = site();
        new SiteBuilder().build(site.options());
        Files.delete(site.out().resolve("projets/eau/index.html"));
        assertFalse(new SiteBuilder().build(site.options()).upToDate());
        assertTrue(site.exists("projets/eau/index.html"));
        Files.writeString(site.out().resolve("planté.html"), "ajouté à la main");
        assertFalse(new SiteBuilder().build(site.options()).upToDate());
        assertFalse(site.exists("planté.html"), "a clean build has no such file");
    }

    @Test
    void theThemeAndTheOptionsArePartOfTheInputs() throws Exception {
        Path theme = TestSite.copyTheme(dir.resolve("theme"));
        age(theme);
        TestSite site = site();
        BuildOptions options = new BuildOptions(site.content(), theme, site.out(), null, false, true);
        new SiteBuilder().build(options);
        assertTrue(new SiteBuilder().build(options).upToDate());
        Path css;
        try (Stream<Path> files = Files.walk(theme.resolve("static"))) {
            css = files.filter(p -> p.toString().endsWith(".css")).findFirst().orElseThrow();
        }
        Files.writeString(css, Files.readString(css) + "\n/* modifié */\n");
        assertFalse(new SiteBuilder().build(options).upToDate());
        assertTrue(new SiteBuilder().build(options).upToDate());
        BuildOptions withBase = new BuildOptions(site.content(), theme, site.out(), "https://exemple.fr/", false, true);
        assertFalse(new SiteBuilder().build(withBase).upToDate());
        assertTrue(site.exists("sitemap.xml"));
        assertTrue(new SiteBuilder().build(withBase.withThreads(1)).upToDate(), "the thread count is not an input");
    }

    @Test
    void withTheCacheDeletedOrCorruptedTheBuildIsTheSameAsAClean() throws Exception {
        TestSite site = site();
        Path clean = dir.resolve("clean");
        new SiteBuilder().build(new BuildOptions(site.content(), TestSite.THEME, clean, null, false, true));
        new SiteBuilder().build(site.options());
        Path cache = site.out().resolveSibling(".terrinclus").resolve("site").resolve("cache");
        Files.writeString(cache.resolve("fichiers"), "n'importe quoi\n");
        Files.writeString(cache.resolve("sortie"), "12 x\n");
        assertFalse(new SiteBuilder().build(site.options()).upToDate());
        TestSite.assertSameFiles(clean, site.out());
        deleteTree(cache);
        assertFalse(new SiteBuilder().build(site.options()).upToDate());
        TestSite.assertSameFiles(clean, site.out());
    }

    /** A pull request can commit a site and the cache that describes it; a checked-out copy is never trusted. */
    @Test
    void aSiteCopiedInPlaceWithItsCacheIsRebuilt() throws Exception {
        TestSite site = site();
        new SiteBuilder().build(site.options());
        Path copy = dir.resolve("copie");
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(site.out().relativize(file).toString()));
            }
        }
        Path planted = copy.resolve("projets/eau/index.html");
        // the same size, so that only the folder's identity tells the copy from the site written here
        Files.writeString(planted, Files.readString(planted).replace("Corps du projet.", "Corps du pirate."));
        deleteTree(site.out());
        Files.move(copy, site.out());
        age(site.content());
        assertFalse(new SiteBuilder().build(site.options()).upToDate());
        assertTrue(site.page("projets/eau/index.html").text().contains("Corps du projet."));
    }

    @Test
    void aLinkRetargetedAtAFileOfTheSameSizeAndTimeIsSeen() throws Exception {
        TestSite site = site();
        Path media = site.content().resolve("media");
        Files.createDirectories(media);
        Files.write(media.resolve("bleu.png"), new byte[] {1, 2, 3, 4});
        Files.write(media.resolve("rouge.png"), new byte[] {5, 6, 7, 8});
        Files.createSymbolicLink(media.resolve("carte.png"), media.resolve("bleu.png"));
        age(site.content());
        new SiteBuilder().build(site.options());
        Files.delete(media.resolve("carte.png"));
        Files.createSymbolicLink(media.resolve("carte.png"), media.resolve("rouge.png"));
        assertFalse(new SiteBuilder().build(site.options()).upToDate());
        assertArrayEquals(new byte[] {5, 6, 7, 8}, Files.readAllBytes(site.out().resolve("media/carte.png")));
    }

    @Test
    void checkNeverTakesTheShortcut() throws Exception {
        TestSite site = site();
        new SiteBuilder().build(site.options());
        BuildOptions check = new BuildOptions(site.content(), TestSite.THEME, null, null, false, false);
        BuildReport report = new SiteBuilder().build(check);
        assertFalse(report.upToDate());
        assertTrue(report.pages() > 0);
    }

    /** Files written by a test are hashed again by every build (see Fingerprint's racy rule): age them. */
    private static void age(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
