package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content arrives by pull request: no file outside the content folder and the theme is ever read,
 * whatever links it holds, and nothing that would run in a reader's browser is published.
 */
class ContainmentTest {
    private static final String GUIDE = """
            -- content/guides/g.md --
            ---
            titre: G
            resume: R
            date_publication: "2024"
            ---
            Texte.
            """;

    @TempDir
    Path dir;

    private TestSite site(String files) {
        return TestSite.write(dir, GUIDE + files);
    }

    private void link(TestSite site, String at, Path target) throws IOException {
        Path link = site.content().resolve(at);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    @Test
    void linksOutOfTheContentAreProblemsAndNothingOfThemIsPublished() throws IOException {
        TestSite site = site("");
        Path sibling = Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(sibling.resolve("jeton.png"), "GITHUB_TOKEN=ghp_secret");
        Files.writeString(sibling.resolve("page.md"), "---\ntitre: Secret\n---\nghp_secret\n");
        link(site, "media/env.txt", Path.of("/proc/self/environ"));
        link(site, "media/passwd.png", Path.of("/etc/passwd"));
        link(site, "media/jeton.png", Path.of("../../secrets/jeton.png"));
        link(site, "pages/secret.md", sibling.resolve("page.md"));
        site.assertProblems(
                "content/media/env.txt:1:1: lien symbolique vers « /proc/self/environ », hors du dossier de contenu : "
                        + "il n'est pas lu ; placez le fichier lui-même dans le dossier",
                "content/media/jeton.png:1:1: lien symbolique vers « ../../secrets/jeton.png », hors du dossier de contenu : "
                        + "il n'est pas lu ; placez le fichier lui-même dans le dossier",
                "content/media/passwd.png:1:1: lien symbolique vers « /etc/passwd », hors du dossier de contenu : "
                        + "il n'est pas lu ; placez le fichier lui-même dans le dossier",
                // the test strips the temporary folder from messages; the real one shows the absolute target
                "content/pages/secret.md:1:1: lien symbolique vers « secrets/page.md », hors du dossier "
                        + "de contenu : il n'est pas lu ; placez le fichier lui-même dans le dossier");
        assertFalse(Files.exists(site.out()));
    }

    @Test
    void brokenLoopingAndFolderLinksAreProblems() throws IOException {
        TestSite site = site("");
        link(site, "media/absent.png", Path.of("nulle-part.png"));
        link(site, "media/a.png", Path.of("b.png"));
        link(site, "media/b.png", Path.of("a.png"));
        link(site, "media/pages", Path.of("../pages"));
        site.assertProblems(
                "content/media/a.png:1:1: lien symbolique cassé ou en boucle (vers « b.png ») : remplacez-le par le fichier lui-même",
                "content/media/absent.png:1:1: lien symbolique cassé ou en boucle (vers « nulle-part.png ») : "
                        + "remplacez-le par le fichier lui-même",
                "content/media/b.png:1:1: lien symbolique cassé ou en boucle (vers « a.png ») : remplacez-le par le fichier lui-même",
                "content/media/pages:1:1: lien symbolique vers le dossier « ../pages » : les liens vers des dossiers ne sont "
                        + "pas suivis ; placez les fichiers eux-mêmes dans le dossier");
    }

    /** A link that stays in the content is the same as a copy: it is published as a plain file. */
    @Test
    void aLinkInsideTheContentIsPublishedAsAFile() throws IOException {
        TestSite site = site("").writeBytes("content/media/photo.png", new byte[] {1, 2, 3});
        link(site, "media/copie.png", Path.of("photo.png"));
        site.build();
        Path copy = site.out().resolve("media/copie.png");
        assertFalse(Files.isSymbolicLink(copy));
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), bytes(copy));
    }

    @Test
    void theContentFolderMayItselfBeALink() throws Exception {
        TestSite site = site("");
        Path link = Files.createSymbolicLink(dir.resolve("contenu"), site.content());
        new SiteBuilder().build(new BuildOptions(link, TestSite.THEME, dir.resolve("sortie"), null, false, true));
        assertTrue(Files.exists(dir.resolve("sortie/guides/g/index.html")));
    }

    @Test
    void aThemeTemplateLinkedOutOfTheThemeIsNeverRead() throws IOException {
        TestSite site = site("");
        Path theme = TestSite.copyTheme(dir.resolve("theme"));
        Files.writeString(dir.resolve("secret.peb"), "ghp_secret");
        Files.delete(theme.resolve("templates/404.peb"));
        Files.createSymbolicLink(theme.resolve("templates/404.peb"), dir.resolve("secret.peb"));
        List<String> problems = TestSite.problems(new BuildOptions(site.content(), theme, site.out(), null, false, true));
        assertTrue(problems.contains(theme.resolve("templates/404.peb").toString().replace('\\', '/') + ":1:1: lien symbolique vers « "
                + dir.resolve("secret.peb") + " », hors du thème : il n'est pas lu ; placez le fichier lui-même dans le dossier"),
                String.join("\n", problems));
        assertFalse(String.join("\n", problems).contains("ghp_secret"));
    }

    @Test
    void filesThatWouldRunInTheBrowserAreNotPublished() {
        TestSite site = site("""
                -- content/media/page.html --
                <script>alert(1)</script>
                -- content/media/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>
                -- content/media/outil.js --
                alert(1)
                """);
        site.assertProblems(
                "content/media/logo.svg:1:1: type de fichier « .svg » non publié : seuls les images (png, jpg, jpeg, gif, "
                        + "webp, avif) et les documents (pdf, odt, docx, xlsx, csv…) sont copiés dans le site",
                "content/media/outil.js:1:1: type de fichier « .js » non publié : seuls les images (png, jpg, jpeg, gif, "
                        + "webp, avif) et les documents (pdf, odt, docx, xlsx, csv…) sont copiés dans le site",
                "content/media/page.html:1:1: type de fichier « .html » non publié : seuls les images (png, jpg, jpeg, gif, "
                        + "webp, avif) et les documents (pdf, odt, docx, xlsx, csv…) sont copiés dans le site");
    }

    @Test
    void aFileMayNotTakeThePlaceOfOneTheGeneratorWrites() {
        site("""
                -- content/robots.txt --
                Disallow: /
                -- content/recherche/donnees/manifeste.js.txt --
                sans danger
                """).assertProblems("content/robots.txt:1:1: ce fichier prendrait la place de « robots.txt », que le "
                + "générateur produit ; renommez-le ou placez-le dans media/");
    }

    @Test
    void anAssetNamedLikeAScriptUrlIsLinkedAsAFile() throws IOException {
        TestSite site = site("""
                -- content/guides/d.md --
                ---
                titre: D
                resume: R
                date_publication: "2024"
                documents: [{titre: Doc, fichier: "d/javascript:alert(document.domain).pdf"}]
                ---
                Voir [le document](d/javascript:alert(document.domain).pdf).
                """).writeBytes("content/guides/d/javascript:alert(document.domain).pdf", "%PDF".getBytes());
        var page = site.build().page("guides/d/index.html");
        List<String> hrefs = page.select("a[href*=alert]").eachAttr("href");
        assertEquals(2, hrefs.size(), page.html());
        hrefs.forEach(href -> assertEquals("./javascript:alert(document.domain).pdf", href));
    }

    /** Found by an attack: « \\\\evil.example\\x.png » became the address //evil.example/x.png. */
    @Test
    void aFileNameWithBackslashesIsRefused() {
        site("").writeBytes("content/media/\\\\evil.example\\x.png", new byte[] {1}).assertProblems(
                "content/media/\\\\evil.example\\x.png:1:1: nom de fichier refusé : il contient une barre oblique inverse (\\) "
                        + "ou un caractère invisible ; renommez le fichier");
    }

    private static List<Byte> bytes(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        return java.util.stream.IntStream.range(0, raw.length).mapToObj(i -> raw[i]).toList();
    }
}
