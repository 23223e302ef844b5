package fr.terrinclus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Contributed HTML keeps its formatting and loses everything that could run. */
class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer("fn-test");

    /** The shared corpus of XSS vectors ({@code xss/vectors.txt}). */
    static List<String> vectors() throws IOException {
        try (InputStream in = HtmlSanitizerTest.class.getResourceAsStream("/fr/terrinclus/xss/vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("vectors")
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
                + "<sup id=\"fnref-1\"><a class=\"footnote-ref fn-test\" href=\"#fn-1\">1</a></sup>";
        Document clean = sanitizer.clean(html);
        assertEquals("../projets/eau.md#x", clean.select("a:contains(lien)").attr("href"));
        assertEquals("https://exemple.fr", clean.select("a:contains(ext)").attr("href"));
        assertEquals("mailto:a@b.fr", clean.select("a:contains(mail)").attr("href"));
        assertEquals("align-right", clean.select("th").attr("class"));
        assertEquals("language-yaml", clean.select("code").attr("class"));
        assertEquals("Carte", clean.select("img").attr("alt"));
        assertEquals("fnref-1", clean.select("sup").attr("id"));
        assertEquals("footnote-ref", clean.select("sup a").attr("class"), "the renderer's mark is removed");
        assertEquals(1, clean.select("strong").size());
    }

    /** Raw HTML cannot take the ids of footnotes: only elements holding the renderer's marked link keep them. */
    @Test
    void contributedFootnoteIdsAreDropped() {
        Document clean = sanitizer.clean("<p><sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#x\">1</a></sup></p>"
                + "<ol><li id=\"fn-1\">faux</li></ol><p>Texte<sup id=\"fnref-1\"><a class=\"footnote-ref fn-test\" "
                + "href=\"#fn-1\">1</a></sup></p><div class=\"footnotes\"><ol><li id=\"fn-1\"><p>Note "
                + "<a href=\"#fnref-1\" class=\"footnote-backref fn-test\">↩</a></p></li></ol></div>");
        assertEquals(List.of("fnref-1", "fn-1"), clean.select("[id]").eachAttr("id"));
        assertEquals("Note ↩", clean.select("#fn-1").text());
    }

    /** An element left open whose content is raw text (style, textarea, xmp…) no longer takes the rest of the body. */
    @ParameterizedTest
    @ValueSource(strings = {"<style>", "<math><style>", "<svg><style>", "<textarea>",
            "<xmp>", "<plaintext>", "<title>", "<noembed>", "<noframes>", "<iframe>", "<noscript>", "<script>"})
    void anUnclosedRawTextElementKeepsWhatFollows(String open) {
        Document clean = sanitizer.clean("<p>Avant " + open + " milieu</p>\n<p>Suite <strong>visible</strong>.</p>"
                + "<p>Puis <style>p{color:red}</style>fin.</p>");
        assertEquals("visible", clean.select("strong").text(), clean.body().html());
        assertTrue(clean.body().text().endsWith("Puis fin."), clean.body().html());
        assertTrue(clean.select("style, textarea, xmp, plaintext, title, iframe, script").isEmpty(), clean.body().html());
    }
}
