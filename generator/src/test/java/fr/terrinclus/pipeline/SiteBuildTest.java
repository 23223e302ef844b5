package fr.terrinclus.pipeline;

import static fr.terrinclus.pipeline.ProjectFixture.PARTNER;
import static fr.terrinclus.pipeline.ProjectFixture.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader sees in a built site. */
class SiteBuildTest {
    @TempDir
    Path dir;

    private TestSite projectSite() {
        return TestSite.write(dir, PARTNER + """
                -- content/partenaires/f3e.md --
                ---
                nom: F3E
                resume: Réseau pluri-acteurs.
                categorie: reseau
                pays: FR
                ---
                ## Présentation

                Le F3E.
                """ + project("eau", ProjectFixture.VALID_FIELDS + """
                exemple: true
                partenaires: [{ref: f3e, role: comité technique}]
                odd: [6]
                thematiques: [eau]
                budget: {montant: 50000, devise: EUR}
                dates: {debut: "2024-01", fin: "2026"}
                """) + """
                -- content/guides/guide-eau.md --
                ---
                titre: Guide de l'eau
                resume: Tout sur l'eau.
                date_publication: "2024-03-15"
                editeur: f3e
                projets_lies: [eau]
                ---
                Lire la [fiche du projet](../projets/eau.md) et le [F3E](../partenaires/f3e.md#presentation).

                ## Présentation

                ## Étapes clés

                ### Détail
                """).build();
    }

    @Test
    void projectPageShowsItsFactSheet() {
        Document page = projectSite().page("projets/eau/index.html");
        assertEquals("Eau et inclusion", page.select("main h1").text());
        Element identity = page.selectFirst("section.identity");
        assertEquals("En cours", identity.select(".status").text());
        assertEquals("de janvier 2024 à 2026", identity.select("dt:contains(Période) + dd").text());
        String budget = identity.select("dt:contains(Budget) + dd").text();
        assertTrue(budget.matches("50[\\s\u00A0\u202F]000[\\s\u00A0\u202F]€"), budget);
        assertEquals("../../partenaires/f3e/index.html", identity.select("a:contains(F3E)").attr("href"));
        assertEquals("F3E (comité technique)", identity.select("dt:contains(Partenaires) + dd li").text());
        assertEquals("Sénégal", identity.select("a[href='../../pays/sn/index.html']").text());
        assertEquals("Seine-Maritime (76)", identity.select("a[href='../../departements/76/index.html']").text());
        Element badge = identity.selectFirst("a.sdg-badge");
        assertEquals("ODD 6 Eau propre et assainissement", badge.text());
        assertTrue(badge.attr("style").contains("#26BDE2"), badge.attr("style"));
        assertTrue(page.select(".badge-example").text().startsWith("Exemple fictif"));
    }

    @Test
    void partnerPageListsItsProjectsBothWays() {
        TestSite site = projectSite();
        Document adf = site.page("partenaires/adf/index.html");
        assertEquals(List.of("Eau et inclusion"), adf.select("section:has(h2:contains(Projets portés)) .card-title").eachText());
        Document f3e = site.page("partenaires/f3e/index.html");
        assertEquals(List.of("Eau et inclusion"),
                f3e.select("section:has(h2:contains(Projets en partenariat)) .card-title").eachText());
        assertEquals(List.of("Guide de l'eau"), f3e.select("section:has(h2:contains(Guides publiés)) .card-title").eachText());
    }

    @Test
    void markdownLinksToFilesBecomeRelativePageLinks() {
        Document guide = projectSite().page("guides/guide-eau/index.html");
        assertEquals("../../projets/eau/index.html", guide.select(".prose a:contains(fiche du projet)").attr("href"));
        assertEquals("../../partenaires/f3e/index.html#presentation", guide.select(".prose a:contains(F3E)").attr("href"));
    }

    @Test
    void longPagesGetHeadingAnchorsAndATableOfContents() {
        Document guide = projectSite().page("guides/guide-eau/index.html");
        assertEquals(List.of("presentation", "etapes-cles", "detail"), guide.select(".prose :is(h2,h3)").eachAttr("id"));
        assertEquals(List.of("#presentation", "#etapes-cles", "#detail"), guide.select("nav.toc a").eachAttr("href"));
        assertEquals("Publié le 15 mars 2024", guide.select(".dates").text());
    }

    @Test
    void everyPageHasOneH1SkipLinkLandmarksAndAccessibilityLink() {
        TestSite site = projectSite();
        for (String path : List.of("index.html", "projets/eau/index.html", "guides/index.html", "odd/6/index.html",
                "departements/76/index.html", "pays/sn/index.html", "thematiques/eau/index.html", "404.html",
                "plan-du-site/index.html", "territoires/index.html")) {
            Document page = site.page(path);
            assertEquals("fr", page.select("html").attr("lang"), path);
            assertEquals(1, page.select("h1").size(), path);
            assertEquals("#contenu", page.select("a.skip-link").attr("href"), path);
            assertEquals(1, page.select("main#contenu").size(), path);
            assertEquals(1, page.select("header.site-header").size(), path);
            assertEquals(1, page.select("footer").size(), path);
            assertEquals("Accessibilité : partiellement conforme", page.select("footer .a11y-status").text(), path);
        }
    }

    @Test
    void homePageShowsFiguresLatestContentAndAccessibilityStatus() {
        Document home = projectSite().page("index.html");
        assertEquals(List.of("1 projets", "1 départements engagés", "1 pays partenaires", "2 partenaires"),
                home.select(".figures li").eachText());
        assertEquals(List.of("Eau et inclusion", "Guide de l'eau"), home.select(".cards .card-title").eachText());
        assertEquals("Accessibilité : partiellement conforme", home.select(".a11y-status-home").text());
    }

    @Test
    void termPagesListTheirContent() {
        TestSite site = projectSite();
        assertEquals(List.of("Eau et inclusion"), site.page("departements/76/index.html").select(".card-title").eachText());
        assertEquals("ODD 6 : Eau propre et assainissement", site.page("odd/6/index.html").select("h1").text());
        assertEquals(List.of("Eau et inclusion"), site.page("thematiques/eau/index.html").select(".card-title").eachText());
        assertFalse(site.exists("departements/01/index.html"), "no page for a department without content");
    }

    @Test
    void listingsArePaginated() {
        StringBuilder files = new StringBuilder(PARTNER);
        for (int i = 1; i <= 25; i++) {
            files.append(project(String.format("p%02d", i), ProjectFixture.VALID_FIELDS.replace("Eau et inclusion", "Projet " + i)));
        }
        TestSite site = TestSite.write(dir, files.toString()).build();
        assertEquals(20, site.page("projets/index.html").select(".card").size());
        assertEquals("25 contenus", site.page("projets/index.html").select("main > .count").text());
        assertEquals("Aucun contenu", site.page("guides/index.html").select("main > .count").text());
        assertEquals(5, site.page("projets/page/2/index.html").select(".card").size());
        assertEquals("../../index.html", site.page("projets/page/2/index.html").select("a[rel=prev]").attr("href"));
        assertEquals("page/2/index.html", site.page("projets/index.html").select("a[rel=next]").attr("href"));
    }

    @Test
    void draftsArePublishedOnlyOnRequest() {
        TestSite site = TestSite.write(dir, """
                -- content/pages/brouillon.md --
                ---
                titre: En cours de rédaction
                brouillon: true
                ---
                """).build();
        assertFalse(site.exists("brouillon/index.html"));
    }

    @Test
    void canonicalUrlSitemapAndRobotsFollowTheBaseUrl() throws Exception {
        TestSite site = TestSite.write(dir, PARTNER);
        new SiteBuilder().build(new BuildOptions(site.content(), TestSite.THEME, site.out(), "https://exemple.fr/kb", false, true));
        assertEquals("https://exemple.fr/kb/partenaires/adf/", site.page("partenaires/adf/index.html").select("link[rel=canonical]").attr("href"));
        String sitemap = java.nio.file.Files.readString(site.out().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://exemple.fr/kb/partenaires/adf/</loc>"), sitemap);
        assertFalse(sitemap.contains("404"), sitemap);
        assertTrue(java.nio.file.Files.readString(site.out().resolve("robots.txt")).contains("Sitemap: https://exemple.fr/kb/sitemap.xml"));
        assertEquals("https://exemple.fr/kb/index.html", site.page("404.html").select(".brand a").attr("href"));
    }

    @Test
    void withoutBaseUrlNoSitemapAndNoCanonical() {
        TestSite site = TestSite.write(dir, PARTNER).build();
        assertFalse(site.exists("sitemap.xml"));
        assertTrue(site.page("index.html").select("link[rel=canonical]").isEmpty());
    }

    @Test
    void documentsAreCopiedAndListedWithFormatAndSize() {
        TestSite site = TestSite.write(dir, """
                -- content/guides/g.md --
                ---
                titre: G
                resume: R
                date_publication: "2024"
                documents:
                  - {titre: Guide complet, fichier: ../media/guide.pdf}
                ---
                """).writeBytes("content/media/guide.pdf", new byte[2048]);
        site.build();
        Element link = site.page("guides/g/index.html").selectFirst(".documents a");
        assertEquals("Guide complet (PDF, 2 Ko)", link.text());
        assertEquals("../../media/guide.pdf", link.attr("href"));
        assertTrue(site.exists("media/guide.pdf"));
    }

    @Test
    void schemasArePublishedWithTheSite() {
        TestSite site = TestSite.write(dir, "").build();
        assertTrue(site.exists("schemas/projet.schema.json"));
        assertTrue(site.exists("schemas/commun.schema.json"));
    }

    @Test
    void rawHtmlInMarkdownIsSanitizedButFormattingStays() {
        Document page = TestSite.write(dir, """
                -- content/pages/html.md --
                ---
                titre: HTML
                ---
                <script>window.pwned = 1</script>

                <p onclick="alert(1)">Texte <strong>gras</strong> et <a href="javascript:alert(1)">lien</a></p>

                <iframe src="video.html"></iframe>
                """).build().page("html/index.html");
        assertTrue(page.select(".prose script, .prose iframe, .prose [onclick]").isEmpty(), page.select(".prose").html());
        assertEquals("gras", page.select(".prose strong").text());
        assertFalse(page.select(".prose a").attr("href").contains("javascript"));
        assertEquals(List.of("../assets/js/site.js"), page.select("script").eachAttr("src"), "only the theme's own script");
    }
}
