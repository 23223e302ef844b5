package fr.terrinclus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.pipeline.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of the command line. */
class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = TerrinclusCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void buildSucceedsWithExitCodeZero() {
        TestSite site = TestSite.write(dir, "");
        assertEquals(0, run("build", "--content", site.content().toString(), "--theme", TestSite.THEME.toString(),
                "--out", site.out().toString()));
        assertTrue(out.toString().contains("Site construit"), out.toString());
        assertTrue(Files.exists(site.out().resolve("index.html")));
    }

    @Test
    void contentProblemsGiveExitCodeOneAndNoStackTrace() throws Exception {
        TestSite site = TestSite.write(dir, "-- content/guides/g.md --\n---\ntitre: G\n---\n");
        assertEquals(1, run("check", "--content", site.content().toString(), "--theme", TestSite.THEME.toString()));
        assertTrue(err.toString().contains("g.md:2:1: champ obligatoire « resume » manquant"), err.toString());
        assertTrue(err.toString().contains("2 problèmes trouvés"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    /** Not on a terminal (a CI log): one line per stage as it ends, then the summary, nothing redrawn. */
    @Test
    void offATerminalEachStageIsALineAndASecondBuildSaysTheSiteIsUpToDate() {
        TestSite site = TestSite.write(dir, "");
        String[] build = {"build", "--content", site.content().toString(), "--theme", TestSite.THEME.toString(),
            "--out", site.out().toString(), "--verbose", "--threads", "1"};
        assertEquals(0, run(build));
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).matches(" {2}chargement +\\d+ ms .*"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches(" {2}gabarits +\\d+ ms .*")), out.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("Site construit"), out.toString());
        assertFalse(out.toString().contains("\r") || err.toString().contains("\r"), "no progress bar off a terminal");
        out.getBuffer().setLength(0);
        assertEquals(0, run(build));
        assertTrue(out.toString().contains("Site à jour dans"), out.toString());
    }

    @Test
    void checkWritesNothing() {
        TestSite site = TestSite.write(dir, "");
        assertEquals(0, run("check", "--content", site.content().toString(), "--theme", TestSite.THEME.toString()));
        assertFalse(Files.exists(site.out()));
        assertTrue(out.toString().contains("Contenu valide"), out.toString());
    }

    @Test
    void unknownOptionIsAUsageErrorInFrench() {
        assertEquals(2, run("build", "--contenu", "x"));
        assertTrue(err.toString().contains("argument inconnu : --contenu"), err.toString());
    }

    @Test
    void aValueOfTheWrongTypeIsAUsageErrorInFrench() {
        assertEquals(2, run("build", "--wait", "abc"));
        assertTrue(err.toString().contains("valeur « abc » invalide pour --wait : un nombre entier attendu"), err.toString());
        assertEquals(2, run("build", "--drafts=peut-être"));
        assertTrue(err.toString().contains("valeur « peut-être » invalide pour --drafts : true ou false attendu"), err.toString());
    }

    @Test
    void helpIsInFrenchToo() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage : terrinclus [-hV] [COMMANDE]"), out.toString());
        assertTrue(out.toString().contains("Affiche cette aide et s'arrête.") && out.toString().contains("Commandes :"), out.toString());
        assertFalse(out.toString().contains("Show this help") || out.toString().contains("Display help"), out.toString());
        assertEquals(0, run("help", "check"));
        assertTrue(out.toString().contains("Usage : terrinclus check"), out.toString());
        assertEquals(2, run("help", "nope"));
        assertTrue(err.toString().contains("commande inconnue : nope ; commandes possibles : build, check, search, help"), err.toString());
    }

    @Test
    void helpAndVersionSucceed() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build") && out.toString().contains("check"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("terrinclus"));
    }

    @Test
    void invalidBaseUrlIsRefused() {
        TestSite site = TestSite.write(dir, "");
        assertEquals(1, run("check", "--content", site.content().toString(), "--theme", TestSite.THEME.toString(),
                "--base-url", "exemple.fr"));
        assertTrue(err.toString().contains("--base-url:1:1: adresse « exemple.fr » invalide"), err.toString());
    }

    @Test
    void searchAnswersFromTheIndexTheBuildWrote() {
        TestSite site = TestSite.write(dir, """
                -- content/guides/eau.md --
                ---
                titre: L'eau potable au village
                resume: Accès à l'eau.
                date_publication: "2024"
                ---
                Des puits et des forages.
                """ + """
                -- content/guides/ecole.md --
                ---
                titre: Écoles rurales
                resume: Éducation.
                date_publication: "2024"
                ---
                Des écoles et un peu d'eau.
                """);
        assertEquals(0, run("build", "--content", site.content().toString(), "--theme", TestSite.THEME.toString(),
                "--out", site.out().toString()));
        String index = site.out().toString();
        assertEquals(0, run("search", "eaux potables", "--site", index));
        String[] lines = out.toString().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(out.toString().contains("1 résultat pour « eaux potables » (termes : eau potabl)"), out.toString());
        assertTrue(last.contains("L'eau potable au village") && last.contains("(guides/eau/)"), last);
        assertEquals(0, run("search", "eau", "--type", "page", "--site", index));
        assertTrue(out.toString().contains("0 résultat pour « eau »"), out.toString());
    }

    @Test
    void searchWithoutIndexSaysToBuildFirst() {
        assertEquals(1, run("search", "eau", "--site", dir.resolve("absent").toString()));
        assertTrue(err.toString().contains("lancez d'abord « build »"), err.toString());
    }

    /** Out of memory, the advice names the launcher and more than was used; only a build has a site to keep. */
    @Test
    void outOfMemoryAdviceFitsTheCommand() {
        long threeGigabytes = 3L << 30;
        assertEquals("mémoire insuffisante : relancez avec plus de mémoire, par exemple « TERRINCLUS_JAVA_OPTS=-Xmx6g "
                + "generator/terrinclus build --content c » ; le site précédent n'a pas été modifié.",
                Main.outOfMemory(new String[] {"build", "--content", "c"}, threeGigabytes));
        assertEquals("mémoire insuffisante : relancez avec plus de mémoire, par exemple « TERRINCLUS_JAVA_OPTS=-Xmx2g "
                + "generator/terrinclus search eau ».", Main.outOfMemory(new String[] {"search", "eau"}, 512L << 20));
    }
}
