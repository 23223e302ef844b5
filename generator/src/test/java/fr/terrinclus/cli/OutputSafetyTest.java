package fr.terrinclus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.pipeline.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A mistyped {@code --out} destroys nothing; concurrent builds and a stale index are told apart. */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int build(TestSite site, Path output) {
        CommandLine cli = TerrinclusCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute("build", "--content", site.content().toString(), "--theme", TestSite.THEME.toString(),
                "--out", output.toString());
    }

    private void assertRefused(TestSite site, Path output, String why) {
        err.getBuffer().setLength(0);
        assertEquals(2, build(site, output), err.toString());
        assertTrue(err.toString().startsWith("dossier de sortie « " + output + " » refusé : " + why), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void theProjectRootIsRefusedAndKeepsItsRepository() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve("index.html"), "<p>ancien site</p>");
        assertRefused(site, dir, "il contient « " + site.content() + " », qu'il effacerait");
        assertTrue(Files.exists(dir.resolve(".git/HEAD")));
        assertTrue(Files.exists(site.content().resolve("site.yaml")));
    }

    @Test
    void aParentOfTheThemeIsRefused() {
        TestSite site = TestSite.write(dir, "");
        assertRefused(site, TestSite.THEME.toAbsolutePath().getParent(), "il contient « " + TestSite.THEME + " »");
    }

    @Test
    void aFolderInsideTheContentIsRefused() {
        TestSite site = TestSite.write(dir, "");
        assertRefused(site, site.content().resolve("site"), "il est dans « " + site.content() + " »");
    }

    @Test
    void aRegularFileIsRefusedAndKept() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Path file = Files.writeString(dir.resolve("rapport.odt"), "précieux");
        assertRefused(site, file, "c'est un fichier, pas un dossier");
        assertEquals("précieux", Files.readString(file));
    }

    @Test
    void aFolderWithAnIndexButNoMarkerIsRefused() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Path other = Files.createDirectories(dir.resolve("www"));
        Files.writeString(other.resolve("index.html"), "<p>autre outil</p>");
        assertRefused(site, other, "il n'est pas vide et n'a pas été produit par Terrinclus");
        assertEquals("<p>autre outil</p>", Files.readString(other.resolve("index.html")));
    }

    @Test
    void aSymbolicLinkIsRefused() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Path elsewhere = Files.createDirectories(dir.resolve("ailleurs"));
        Path link = Files.createSymbolicLink(dir.resolve("lien"), elsewhere);
        assertRefused(site, link, "c'est un lien symbolique");
    }

    @Test
    void theStateFolderAndFoldersInsideASiteAreRefused() throws IOException {
        TestSite site = TestSite.write(dir, "");
        assertEquals(0, build(site, site.out()), err.toString());
        assertRefused(site, site.out().resolve("sous-site"), "il est dans « " + site.out() + " », que Terrinclus produit");
        assertRefused(site, dir.resolve(".terrinclus"), "« .terrinclus » est le nom du dossier où Terrinclus garde son état");
        assertRefused(site, dir.resolve(".terrinclus/x"), "il est dans « " + dir.resolve(".terrinclus") + " »");
    }

    /** A link in the state folder would make the build write, and delete, wherever it points. */
    @Test
    void aStateFolderThatIsALinkIsRefused() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Path victim = Files.createDirectories(dir.resolve("victime/index"));
        Files.writeString(victim.resolve("donnees"), "précieux");
        Files.createDirectories(dir.resolve(".terrinclus"));
        Files.createSymbolicLink(dir.resolve(".terrinclus/autre"), dir.resolve("victime"));
        assertEquals(2, build(site, dir.resolve("autre")), err.toString());
        assertTrue(err.toString().startsWith("« " + dir.resolve(".terrinclus/autre") + " » doit être un dossier, et non "
                + "un lien ou un fichier"), err.toString());
        assertEquals("précieux", Files.readString(victim.resolve("donnees")));
    }

    @Test
    void anEnormousWaitIsADayNotAnInternalError() {
        TestSite site = TestSite.write(dir, "");
        CommandLine cli = TerrinclusCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("build", "--content", site.content().toString(), "--theme", TestSite.THEME.toString(),
                "--out", site.out().toString(), "--wait", "99999999999999"), err.toString());
        assertEquals(1, cli.execute("search", "eau", "--site", "/"));
        assertFalse(err.toString().contains("Erreur interne"), err.toString());
    }

    @Test
    void anAbsentAnEmptyOrAPreviouslyBuiltFolderIsAccepted() throws IOException {
        TestSite site = TestSite.write(dir, "");
        assertEquals(0, build(site, dir.resolve("neuf/sous-dossier")), err.toString());
        assertEquals(0, build(site, Files.createDirectories(dir.resolve("vide"))), err.toString());
        assertEquals(0, build(site, dir.resolve("vide")), err.toString());
        assertTrue(Files.exists(dir.resolve("vide/index.html")));
    }

    @Test
    void searchRefusesAnIndexWhosePublicationWasInterrupted() throws IOException {
        TestSite site = TestSite.write(dir, "");
        assertEquals(0, build(site, site.out()), err.toString());
        Files.writeString(dir.resolve(".terrinclus/site/publication"), "abc\n");
        CommandLine cli = TerrinclusCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        assertEquals(1, cli.execute("search", "eau", "--site", site.out().toString()));
        assertTrue(err.toString().contains("la dernière publication de « " + site.out() + " » a été interrompue"), err.toString());
    }

    @Test
    void searchRejectsALimitOfZeroAndExplainsAnUnreadableIndex() throws IOException {
        CommandLine cli = TerrinclusCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("search", "eau", "--limit", "0"));
        assertTrue(err.toString().contains("--limit doit être compris entre 1 et 1000 (reçu : 0)"), err.toString());
        Files.createDirectories(dir.resolve("site/recherche/donnees"));
        Files.writeString(dir.resolve("site/recherche/donnees/manifeste.js"), "pas un index");
        assertEquals(1, cli.execute("search", "eau", "--site", dir.resolve("site").toString()));
        assertTrue(err.toString().contains("index de recherche de « " + dir.resolve("site") + " » illisible"), err.toString());
        assertFalse(err.toString().contains("Erreur interne"), err.toString());
    }

    @Test
    void searchDoesNotFollowAnIndexFolderThatLinksOutOfTheSite() throws IOException {
        TestSite site = TestSite.write(dir, "");
        assertEquals(0, build(site, site.out()), err.toString());
        Path elsewhere = dir.resolve("ailleurs");
        Files.move(site.out().resolve("recherche/donnees"), elsewhere);
        Files.createSymbolicLink(site.out().resolve("recherche/donnees"), elsewhere);
        CommandLine cli = TerrinclusCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(1, cli.execute("search", "eau", "--site", site.out().toString()));
        assertTrue(err.toString().contains("l'index de recherche de « " + site.out() + " » mène hors du site"), err.toString());
    }

    @Test
    void aLongPastedQueryIsCutNotAnInternalError() throws IOException {
        TestSite site = TestSite.write(dir, "");
        assertEquals(0, build(site, site.out()), err.toString());
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            words.append("mot").append(Integer.toString(i, 26).replaceAll("[0-9]", "x")).append(' ');
        }
        CommandLine cli = TerrinclusCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("search", words.toString(), "--site", site.out().toString()), err.toString());
        assertTrue(err.toString().contains("requête limitée à ses 32 premiers mots"), err.toString());
    }

    /** Another process holds the output folder: this build waits, then says so, and the site stays. */
    @Test
    void aBuildInAnotherProcessIsWaitedForAndTheMessageIsTrue() throws Exception {
        TestSite site = TestSite.write(dir, "");
        assertEquals(0, build(site, site.out()), err.toString());
        byte[] before = Files.readAllBytes(site.out().resolve("index.html"));
        try (FileChannel channel = FileChannel.open(dir.resolve(".terrinclus/site/verrou"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build",
                    "--content", site.content().toString(), "--theme", TestSite.THEME.toString(),
                    "--out", site.out().toString(), "--wait", "1"));
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, child.exitValue(), output);
            assertTrue(output.contains("une autre construction écrit dans « " + site.out().toAbsolutePath() + " »"), output);
            assertTrue(output.endsWith("1 problème trouvé ; le site précédent n'a pas été modifié.\n"), output);
        }
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(site.out().resolve("index.html")));
    }
}
