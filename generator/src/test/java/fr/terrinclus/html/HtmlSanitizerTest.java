package fr.terrinclus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contributed HTML keeps its formatting and loses everything that could run. */
class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<div onmouseover=\"alert(1)\">survol</div>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<input onfocus=alert(1) autofocus>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<audio src=x onerror=alert(1)>",
        "<marquee onstart=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<img src=\"x\" alt=\"\" onerror=\"alert(1)\"/>",
        "<a href=\"  javascript:alert(1)\">x</a>",
        "<img/src/onerror=alert(1)>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "\"><script>alert(1)</script>",
        "<a href=\"#\" onclick=\"alert(1)\">x</a>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<td background=\"javascript:alert(1)\">x</td>",
        "<img dynsrc=\"javascript:alert(1)\">",
        "<img lowsrc=\"javascript:alert(1)\">",
        "<bgsound src=\"javascript:alert(1)\">",
        "<xss style=\"behavior: url(xss.htc);\">",
        "<a href=\"data:image/svg+xml,<svg onload=alert(1)>\">x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<frameset onload=alert(1)>",
        "<isindex action=javascript:alert(1) type=image>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<template><script>alert(1)</script></template>",
        "<a id=\"contenu\" name=\"x\" href=\"#\">clobber</a>",
        "<div class=\"badge-example\">faux bandeau</div>",
    })
    void dangerousMarkupIsNeutralised(String payload) {
        Document clean = sanitizer.clean("<p>avant</p>" + payload + "<p>après</p>");
        for (Element e : clean.body().getAllElements()) {
            assertFalse(e.tagName().matches("script|iframe|object|embed|form|input|style|meta|link|base|svg|math|frameset|template|video|audio|bgsound|marquee|body") && e != clean.body(),
                    "tag left: " + e.tagName());
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "handler left: " + a);
                assertFalse(a.getKey().equals("style"), "style left: " + a);
                String v = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:"), "url left: " + a);
            });
        }
        assertFalse(clean.body().select("[id=contenu], .badge-example").size() > 0, "theme ids or classes were imitated");
    }

    @Test
    void safeFormattingSurvives() {
        String html = "<h2>Titre</h2><p><strong>gras</strong> <em>it</em> <a href=\"../projets/eau.md#x\">lien</a> "
                + "<a href=\"https://exemple.fr\">ext</a> <a href=\"mailto:a@b.fr\">mail</a></p>"
                + "<table><thead><tr><th align=\"right\">n</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
                + "<pre><code class=\"language-yaml\">a: 1</code></pre><img src=\"../media/a.png\" alt=\"Carte\">"
                + "<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>";
        Document clean = sanitizer.clean(html);
        assertEquals("../projets/eau.md#x", clean.select("a:contains(lien)").attr("href"));
        assertEquals("https://exemple.fr", clean.select("a:contains(ext)").attr("href"));
        assertEquals("mailto:a@b.fr", clean.select("a:contains(mail)").attr("href"));
        assertEquals("align-right", clean.select("th").attr("class"));
        assertEquals("language-yaml", clean.select("code").attr("class"));
        assertEquals("Carte", clean.select("img").attr("alt"));
        assertEquals("fnref-1", clean.select("sup").attr("id"));
        assertEquals(1, clean.select("strong").size());
    }
}
