package fr.terrinclus.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlSchemeTest {
    @Test
    void relativeLinksNameIndexHtmlSoTheyWorkFromDisk() {
        assertEquals("index.html", UrlScheme.relative("", ""));
        assertEquals("guides/index.html", UrlScheme.relative("", "guides/"));
        assertEquals("../../index.html", UrlScheme.relative("projets/eau/", ""));
        assertEquals("../f3e/index.html", UrlScheme.relative("partenaires/adf/", "partenaires/f3e/"));
        assertEquals("../../media/a.png", UrlScheme.relative("guides/g/", "media/a.png"));
        assertEquals("../../index.html", UrlScheme.relative("projets/page/2/", "projets/"));
        assertEquals("guides/index.html", UrlScheme.relative("404.html", "guides/"));
    }

    @Test
    void territoryPathsAreLowerCase() {
        assertEquals("departements/2a/", UrlScheme.department("2A"));
        assertEquals("pays/sn/", UrlScheme.country("SN"));
    }
}
