package fr.terrinclus.pipeline;

import static fr.terrinclus.pipeline.ProjectFixture.PARTNER;
import static fr.terrinclus.pipeline.ProjectFixture.project;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.BuildFailure;
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
        TestSite.assertSameFiles(first, second);
    }

    @Test
    void oneThreadAndEightThreadsGiveByteIdenticalSites() throws Exception {
        TestSite site = TestSite.write(dir, PARTNER + linkedProjects(40, ""));
        Path one = dir.resolve("one");
        Path eight = dir.resolve("eight");
        BuildOptions options = new BuildOptions(site.content(), TestSite.THEME, one, "https://exemple.fr/", false, true);
        new SiteBuilder().build(options.withThreads(1));
        new SiteBuilder().build(new BuildOptions(site.content(), TestSite.THEME, eight, "https://exemple.fr/", false, true)
                .withThreads(8));
        int files = TestSite.files(one).size();
        assertTrue(files > 80, "every project, listing and term page: " + files);
        TestSite.assertSameFiles(one, eight);
    }

    @Test
    void problemsComeInTheSameOrderWhateverTheThreadCount() {
        TestSite site = TestSite.write(dir, PARTNER
                + linkedProjects(40, "Voir [absent](absent-{n}.md) et [autre](autre-{n}.md).\n"));
        BuildOptions options = new BuildOptions(site.content(), TestSite.THEME, site.out(), null, false, true);
        List<String> sequential = TestSite.problems(options.withThreads(1));
        assertEquals(80, sequential.size(), "two problems in each of the 40 projects");
        assertEquals(sequential, TestSite.problems(options.withThreads(8)));
    }

    @Test
    void templateErrorOnAFirstBuildLeavesNothingBesideTheOutput() throws Exception {
        Path theme = TestSite.copyTheme(dir.resolve("theme"));
        Path template = theme.resolve("templates/projet.peb");
        Files.writeString(template, Files.readString(template)
                .replace("{% block content %}", "{% block content %}{{ variable_inconnue }}"));
        TestSite site = TestSite.write(dir.resolve("src"), PARTNER + linkedProjects(3, ""));
        List<String> problems = TestSite.problems(new BuildOptions(site.content(), theme, site.out(), null, false, true));
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("projet.peb"), problems.get(0));
        try (Stream<Path> left = Files.list(site.root())) {
            assertEquals(List.of("content"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void templateErrorLeavesThePreviousSiteAndItsStateAsTheyWere() throws Exception {
        Path theme = TestSite.copyTheme(dir.resolve("theme"));
        TestSite site = TestSite.write(dir.resolve("src"), PARTNER + linkedProjects(3, ""));
        BuildOptions options = new BuildOptions(site.content(), theme, site.out(), null, false, true);
        new SiteBuilder().build(options);
        List<String> before = TestSite.files(site.root());
        Path template = theme.resolve("templates/projet.peb");
        Files.writeString(template, Files.readString(template)
                .replace("{% block content %}", "{% block content %}{{ variable_inconnue }}"));
        TestSite.problems(options);
        assertEquals(before, TestSite.files(site.root()));
    }

    /** {@code count} projects, each linking to the next; {@code extra} is added to each body, {@code {n}} its number. */
    private static String linkedProjects(int count, String extra) {
        StringBuilder files = new StringBuilder();
        for (int n = 0; n < count; n++) {
            files.append("-- content/projets/p").append(n).append(".md --\n---\n")
                    .append(ProjectFixture.VALID_FIELDS.replace("Eau et inclusion", "Projet numéro " + n).strip())
                    .append("\nthematiques: [").append(n % 2 == 0 ? "eau" : "inclusion-sociale").append("]\n---\n")
                    .append("## Contexte\n\nLe projet ").append(n).append(" suit [le suivant](p").append((n + 1) % count)
                    .append(".md#contexte).\n\n").append(extra.replace("{n}", String.valueOf(n))).append('\n');
        }
        return files.toString();
    }

    @Test
    void failedBuildLeavesThePreviousSiteIntact() throws Exception {
        TestSite site = TestSite.write(dir, PARTNER + project("eau", ProjectFixture.VALID_FIELDS)).build();
        byte[] before = Files.readAllBytes(site.out().resolve("projets/eau/index.html"));
        List<String> filesBefore = TestSite.files(site.out());
        Files.writeString(site.content().resolve("projets/eau.md"), "---\ntitre: [non fermé\n---\n");
        assertThrows(BuildFailure.class, () -> new SiteBuilder().build(site.options()));
        assertEquals(filesBefore, TestSite.files(site.out()));
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
}
