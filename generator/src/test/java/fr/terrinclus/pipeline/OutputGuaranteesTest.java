package fr.terrinclus.pipeline;

import static fr.terrinclus.pipeline.ProjectFixture.PARTNER;
import static fr.terrinclus.pipeline.ProjectFixture.project;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.terrinclus.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deterministic output, and a failed build that leaves the previous site untouched. */
class OutputGuaranteesTest {
    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws Exception {
        TestSite site = TestSite.write(dir, PARTNER + project("eau", ProjectFixture.VALID_FIELDS + "odd: [6, 1]\n"));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        new SiteBuilder().build(new BuildOptions(site.content(), TestSite.THEME, first, "https://exemple.fr/", false, true));
        new SiteBuilder().build(new BuildOptions(site.content(), TestSite.THEME, second, "https://exemple.fr/", false, true));
        List<String> files = list(first);
        assertEquals(files, list(second));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void failedBuildLeavesThePreviousSiteIntact() throws Exception {
        TestSite site = TestSite.write(dir, PARTNER + project("eau", ProjectFixture.VALID_FIELDS)).build();
        byte[] before = Files.readAllBytes(site.out().resolve("projets/eau/index.html"));
        List<String> filesBefore = list(site.out());
        Files.writeString(site.content().resolve("projets/eau.md"), "---\ntitre: [non fermé\n---\n");
        assertThrows(BuildFailure.class, () -> new SiteBuilder().build(site.options()));
        assertEquals(filesBefore, list(site.out()));
        assertArrayEquals(before, Files.readAllBytes(site.out().resolve("projets/eau/index.html")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".site.")), "temporary folder left behind");
        }
    }

    @Test
    void removedContentDisappearsFromTheNextBuild() throws Exception {
        TestSite site = TestSite.write(dir, PARTNER + project("eau", ProjectFixture.VALID_FIELDS)).build();
        Files.delete(site.content().resolve("projets/eau.md"));
        site.build();
        assertFalse(site.exists("projets/eau/index.html"));
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite() throws Exception {
        TestSite site = TestSite.write(dir, "");
        Files.createDirectories(site.out());
        Files.writeString(site.out().resolve("notes.txt"), "précieux");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder().build(site.options()));
        assertEquals(1, failure.problems().size());
        assertEquals("précieux", Files.readString(site.out().resolve("notes.txt")));
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
