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

    /** A file named like a URL scheme stays a relative link (it was a stored XSS: href="javascript:alert(1).pdf"). */
    @Test
    void aFileNameWithAColonNeverReadsAsAScheme() {
        assertEquals("./javascript:alert(1).pdf", UrlScheme.relative("guides/x/", "guides/x/javascript:alert(1).pdf"));
        assertEquals("../a:b/c.pdf", UrlScheme.relative("guides/x/", "guides/a:b/c.pdf"));
        // an empty segment would make a protocol-relative URL, another site
        assertEquals(".///evil.example/x.png", UrlScheme.relative("partenaires/adf/", "partenaires/adf///evil.example/x.png"));
    }

    @Test
    void territoryPathsAreLowerCase() {
        assertEquals("departements/2a/", UrlScheme.department("2A"));
        assertEquals("pays/sn/", UrlScheme.country("SN"));
    }
}
