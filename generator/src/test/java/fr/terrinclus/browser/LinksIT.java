package fr.terrinclus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every internal link, anchor, image, stylesheet and script resolves, every page is reachable
 * from the home page, and no request leaves the site: from disk ({@code file://}) and from a
 * loopback server under a sub-path, as for a pull-request preview.
 */
class LinksIT extends BrowserSession {




    private static boolean exists(Path site, String rel) {
        return Files.isRegularFile(site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel));
    }

    private static void assertComplete(Path site, Crawler.Report report) {
        assertEquals(List.of(), report.broken(), "liens ou ressources cassés");
        assertEquals(List.of(), report.outside(), "requêtes hors du site");
        List<String> orphans = BuiltSites.htmlPages(site).stream()
                .filter(p -> !p.equals("404.html") && !report.visited().contains(p)).toList();
        assertEquals(List.of(), orphans, "pages inaccessibles depuis l'accueil");
    }

    @ParameterizedTest
    @MethodSource("sites")
    void siteOpenedFromDiskIsComplete(Path site) {
        String base = site.toUri().toString();
        Crawler.Report report = new Crawler(chromium, base.endsWith("/") ? base : base + "/").crawl(rel -> exists(site, rel));
        assertTrue(report.visited().size() >= 40, "pages visitées : " + report.visited().size());
        assertComplete(site, report);
    }

    @ParameterizedTest
    @MethodSource("sites")
    void siteServedUnderASubPathIsComplete(Path site) throws Exception {
        try (LoopbackServer server = new LoopbackServer(site, "/preview/pr-12/")) {
            Crawler.Report report = new Crawler(chromium, server.base()).crawl(rel -> exists(site, rel));
            assertComplete(site, report);
            assertEquals(List.of(), server.missing(), "réponses 404 du serveur");
            assertTrue(server.requested().stream().allMatch(p -> p.startsWith("/preview/pr-12/")), server.requested().toString());
        }
    }

    @Test
    void notFoundPageLinksWorkFromTheSiteRoot() {
        Path site = BuiltSites.shipped();
        chromium.driver().get(site.resolve("404.html").toUri().toString());
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) chromium.driver().executeScript(
                "return [...document.querySelectorAll('main a')].map(a => a.href)");
        assertTrue(links.size() >= 3, links.toString());
        String base = site.toUri().toString();
        for (String link : links) {
            assertTrue(exists(site, link.substring(base.length())), link);
        }
    }

    @Test
    void theCrawlerSeesABrokenLink() throws Exception {
        Path broken = Files.createTempDirectory("broken");
        Files.writeString(broken.resolve("index.html"), "<!DOCTYPE html><title>t</title><a href=\"absent/index.html\">x</a>"
                + "<a href=\"index.html#nulle-part\">y</a><img src=\"https://cdn.example/x.png\" alt=\"x\">");
        Crawler.Report report = new Crawler(chromium, broken.toUri().toString())
                .crawl(rel -> Files.isRegularFile(broken.resolve(rel)));
        assertEquals(List.of("index.html → absent/index.html", "index.html → index.html#nulle-part"), report.broken());
        assertTrue(report.outside().stream().anyMatch(o -> o.contains("requête https://cdn.example/x.png")), report.outside().toString());
    }
}
