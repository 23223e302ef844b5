package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.Limits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each documented limit, just over it: a located French problem, never a crash or a stall. */
class LimitsTest {
    @TempDir
    Path dir;

    private static String guide(String frontMatter, String body) {
        return "-- content/guides/g.md --\n---\n" + HostileInputs.FRONT_MATTER + frontMatter + "---\n" + body;
    }

    @Test
    void frontMatterSize() {
        TestSite.write(dir, guide("# " + "x".repeat(Limits.FRONT_MATTER_BYTES) + "\n", "x\n")).assertProblems(
                "content/guides/g.md:1:1: en-tête YAML trop long (64 Kio) : la limite est 64 Kio ; placez les longs textes "
                        + "dans le corps de la page");
    }

    /** Found by an attack: the schema's pattern let a final line break through, breaking robots.txt and the sitemap. */
    @Test
    void aBaseUrlEndingInALineBreakIsRefused() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Files.writeString(site.content().resolve("site.yaml"), TestSite.SITE_YAML + "url_base: \"https://exemple.fr/\\n\"\n");
        site.assertProblems("content/site.yaml:7:11: « url_base » : « https://exemple.fr/\\n » n'est pas l'adresse "
                + "publique du site, par exemple « https://exemple.fr/terrinclus/ »");
    }

    @Test
    void dataFileSize() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Files.writeString(site.content().resolve("site.yaml"), TestSite.SITE_YAML + "# " + "x".repeat(Limits.DATA_FILE_BYTES));
        site.assertProblems("content/site.yaml:1:1: fichier trop volumineux : la limite est 256 Kio ; découpez-le en plusieurs pages");
    }

    @Test
    void assetSize() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Files.createDirectories(site.content().resolve("media"));
        try (RandomAccessFile sparse = new RandomAccessFile(site.content().resolve("media/film.mp4").toFile(), "rw")) {
            sparse.setLength(Limits.ASSET_BYTES + 1);
        }
        site.assertProblems("content/media/film.mp4:1:1: fichier trop volumineux (100 Mio) : la limite est 100 Mio ; "
                + "réduisez-le ou publiez-le ailleurs et donnez son lien");
    }

    @Test
    void themeFileSize() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Path theme = TestSite.copyTheme(dir.resolve("theme"));
        Files.writeString(theme.resolve("templates/404.peb"), "{# " + "x".repeat(Limits.THEME_FILE_BYTES) + " #}");
        List<String> problems = TestSite.problems(new BuildOptions(site.content(), theme, site.out(), null, false, true));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("gabarit « " + theme.resolve("templates/404.peb") + " » trop volumineux : "
                + "la limite est 1 Mio"), problems.toString());
    }

    @Test
    void markupPerParagraph() {
        TestSite.write(dir, guide("", "Court.\n\n" + "[x]".repeat(Limits.PARAGRAPH_MARKUP / 2 + 1) + "\n\n"
                + "`a` ".repeat(Limits.PARAGRAPH_MARKUP / 2 + 1) + "\n")).assertProblems(
                "content/guides/g.md:8:1: paragraphe de plus de 500 caractères de balisage ([ ] ` & < \\ * _ ~) : découpez-le en "
                        + "plusieurs paragraphes séparés par une ligne vide",
                "content/guides/g.md:10:1: paragraphe de plus de 500 caractères de balisage ([ ] ` & < \\ * _ ~) : découpez-le en "
                        + "plusieurs paragraphes séparés par une ligne vide");
    }

    @Test
    void rawHtmlDepth() {
        TestSite.write(dir, guide("", "<div>".repeat(Limits.HTML_DEPTH + 1) + "x" + "</div>".repeat(Limits.HTML_DEPTH + 1)
                + "\n")).assertProblems("content/guides/g.md:6:501: HTML imbriqué sur plus de 100 niveaux : simplifiez-le ou "
                + "écrivez-le en Markdown");
    }

    @Test
    void linksPerPage() {
        TestSite.write(dir, guide("", "[a](https://e.fr/)\n\n".repeat(Limits.LINKS_PER_PAGE + 1))).assertProblems(
                "content/guides/g.md:6:1: 5001 liens et images dans la page : la limite est 5000 ; découpez-la en plusieurs pages");
    }

    @Test
    void withinTheLimitsAPageBuilds() {
        TestSite.write(dir, guide("", "## Titre\n\n".repeat(Limits.HEADINGS_PER_PAGE) + ("- " + "[a](https://e.fr/) ".repeat(100)
                + "\n").repeat(40) + "> ".repeat(19) + "x\n")).build();
    }

    @Test
    void linesWithoutABlankLine() {
        TestSite.write(dir, guide("", "Intro.\n\n" + "|\n".repeat(Limits.BLOCK_LINES + 1))).assertProblems(
                "content/guides/g.md:8:1: plus de 2000 lignes à la suite sans ligne vide : séparez les paragraphes, listes "
                        + "et tableaux par des lignes vides");
    }

    @Test
    void bareAddressesCountAsLinks() {
        TestSite.write(dir, guide("", ("a@b.fr www.e.fr ".repeat(100) + "\n\n").repeat(26))).assertProblems(
                "content/guides/g.md:6:1: 5200 liens et images dans la page : la limite est 5000 ; découpez-la en plusieurs pages");
    }

    @Test
    void aNumberWithAHugeExponent() {
        TestSite.write(dir, guide("odd: [1e999999999]\n", "x\n")).assertProblems(
                "content/guides/g.md:5:7: nombre « 1e999999999 » hors limites : écrivez-le en chiffres, sans exposant "
                        + "(par exemple 150000), ou entre guillemets si c'est un texte");
    }

    @Test
    void longNumberInFrontMatter() {
        TestSite.write(dir, guide("odd: [" + "6".repeat(41) + "]\n", "x\n")).assertProblems(
                "content/guides/g.md:5:7: nombre de plus de 40 caractères : vérifiez la valeur, ou mettez-la entre guillemets "
                        + "si c'est un texte");
    }

    @Test
    void resourcesFromAnotherSiteAreRefusedLinksAreNot() {
        TestSite.write(dir, guide("", """
                ![Carte](https://exemple.fr/carte.png) et [un lien](https://exemple.fr/) restent permis.

                <img src="//pixel.exemple.fr/p.gif" alt="">

                <iframe src="https://video.exemple.fr/v"></iframe>
                """)).assertProblems(
                "content/guides/g.md:6:1: ressource « <img src> » chargée depuis un autre site (« https://exemple.fr/carte.png ») : le site doit "
                        + "fonctionner hors ligne et sans informer des tiers ; enregistrez le fichier dans content/media/ et "
                        + "indiquez son chemin, ou faites-en un lien",
                "content/guides/g.md:8:1: ressource « <img src> » chargée depuis un autre site (« //pixel.exemple.fr/p.gif ») : "
                        + "le site doit fonctionner hors ligne et sans informer des tiers ; enregistrez le fichier dans "
                        + "content/media/ et indiquez son chemin, ou faites-en un lien",
                "content/guides/g.md:10:1: ressource « <iframe src> » chargée depuis un autre site (« https://video.exemple.fr/v »)"
                        + " : le site doit fonctionner hors ligne et sans informer des tiers ; enregistrez le fichier dans "
                        + "content/media/ et indiquez son chemin, ou faites-en un lien");
    }

    /** The check reads the parsed markup, so quotes, entities and CSS do not hide an address (found by an attack). */
    @Test
    void disguisedRemoteResourcesAreFoundToo() {
        List<String> problems = TestSite.write(dir, guide("", """
                <img alt="a>b" src="https://e.fr/1.png">

                <img src="&#104;ttps://e.fr/2.png" alt="x">

                <img src="&#47;/e.fr/3.png" alt="x">

                ![x](&#104;ttps://e.fr/4.png)

                <p style="background: url('https://e.fr/5.png')">x</p>

                <video poster="https://e.fr/6.png"></video> <object data="https://e.fr/7.swf"></object>

                <img src="../media/a.png" srcset="../media/a.png 1x, https://e.fr/8.png 2x" alt="x">

                <style>@import "https://e.fr/9.css";</style>
                """)).problems();
        for (int i = 1; i <= 9; i++) {
            String url = "e.fr/" + i + ".";
            assertTrue(problems.stream().anyMatch(p -> p.contains(url) && p.contains("chargée depuis un autre site")),
                    url + " : " + String.join("\n", problems));
        }
    }

    /** Self-closing and stray closing tags do not lower the depth the HTML parser really builds (found by an attack). */
    @Test
    void rawHtmlDepthIsMeasuredOnTheParsedMarkup() {
        TestSite.write(dir, guide("", "<div>\n" + "<q/>".repeat(150) + "\n\nSuite " + "<q></i>".repeat(150) + "\n"))
                .assertProblems("content/guides/g.md:6:1: HTML imbriqué sur plus de 100 niveaux : simplifiez-le ou "
                        + "écrivez-le en Markdown");
    }

    @Test
    void aRawImageNeedsAnAlternative() {
        TestSite.write(dir, guide("", "Texte <img src=\"../media/a.png\"> fin.\n").replace("-- content/guides/g.md --",
                "-- content/media/a.png --\npng\n-- content/guides/g.md --")).assertProblems(
                "content/guides/g.md:6:7: image sans alternative textuelle : ajoutez alt=\"description\" à la balise <img>, "
                        + "ou alt=\"\" si elle est purement décorative");
    }

    @Test
    void aContributorsFootnoteIdDoesNotCollideWithTheRealOne() {
        var page = TestSite.write(dir, guide("", "Texte[^1].\n\n<ol><li id=\"fn-1\">faux</li></ol>\n\n[^1]: La note.\n")).build()
                .page("guides/g/index.html");
        assertEquals(1, page.select("[id=fn-1]").size());
        assertEquals("La note. ↩", page.select("#fn-1").text());
    }
}
