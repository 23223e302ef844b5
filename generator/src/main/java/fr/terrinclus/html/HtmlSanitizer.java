package fr.terrinclus.html;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Removes from contributed HTML everything that could run code or break the page: scripts,
 * styles, event handlers, {@code javascript:} and {@code data:} URLs, frames, forms, objects.
 * Formatting, tables, images, footnotes and relative links survive.
 *
 * <p>Content comes from outside contributors through pull requests, so every Markdown body goes
 * through here. Thread-safe: the safelist is built once and never changed.
 */
public final class HtmlSanitizer {
    // a fixed base lets jsoup check the protocol of relative links, which are kept as written
    private static final String BASE = "https://terrinclus.invalid/";
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");
    private static final Pattern KEPT_CLASS = Pattern.compile("language-[A-Za-z0-9_+-]+|footnotes|footnote-ref|footnote-backref");

    private final Cleaner cleaner;
    private final String footnoteMark;

    /**
     * @param footnoteMark the class the Markdown renderer puts on its own footnote links: footnote
     *                     ids are kept only beside such a link, so raw HTML cannot take them
     */
    public HtmlSanitizer(String footnoteMark) {
        this.footnoteMark = footnoteMark;
        Safelist safelist = Safelist.relaxed()
                .addTags("del", "s", "hr", "abbr", "mark", "kbd", "figure", "figcaption", "details", "summary", "section")
                .addAttributes("abbr", "title")
                .addAttributes("code", "class")
                .addAttributes("div", "class")
                .addAttributes("a", "class")
                .addAttributes("sup", "id")
                .addAttributes("li", "id")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addProtocols("a", "href", "http", "https", "mailto", "tel")
                .removeProtocols("a", "href", "ftp")
                .preserveRelativeLinks(true);
        cleaner = new Cleaner(safelist);
    }

    /** A footnote reference ({@code sup}) or note ({@code li}) the Markdown renderer wrote itself. */
    private boolean genuineFootnote(Element e) {
        String link = e.tagName().equals("sup") ? "> a." + footnoteMark : "a." + footnoteMark;
        return (e.tagName().equals("sup") || e.tagName().equals("li")) && !e.select(link).isEmpty();
    }

    /**
     * Elements whose content an HTML parser reads as raw text up to their end tag. All are removed
     * below; one left open would take the rest of the body with it.
     */
    private static final String RAW_TEXT = "script|style|textarea|title|xmp|plaintext|noembed|noframes|noscript|iframe";
    private static final Pattern RAW_TEXT_ELEMENT = Pattern.compile(
            "<(" + RAW_TEXT + ")\\b[^>]*>(?:(?!<\\1\\b).)*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern RAW_TEXT_TAG = Pattern.compile("<(/?(?:" + RAW_TEXT + ")\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * Removes closed raw-text elements and turns the tags of unclosed ones into text. The Markdown
     * renderer escapes every {@code <} it writes itself, so these tags can only be raw HTML.
     */
    static String closeRawText(String html) {
        return RAW_TEXT_TAG.matcher(RAW_TEXT_ELEMENT.matcher(html).replaceAll("")).replaceAll("&lt;$1");
    }

    /** The safe form of {@code html}, a fragment of body content. */
    public Document clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(closeRawText(html), BASE);
        Document clean = cleaner.clean(dirty);
        for (Element e : clean.body().select("[id]")) {
            if (!FOOTNOTE_ID.matcher(e.id()).matches() || !genuineFootnote(e)) {
                e.removeAttr("id");
            }
        }
        for (Element e : clean.body().select("[class]")) {
            String kept = e.classNames().stream().filter(c -> KEPT_CLASS.matcher(c).matches()).sorted()
                    .reduce((a, b) -> a + " " + b).orElse("");
            if (kept.isEmpty()) {
                e.removeAttr("class");
            } else {
                e.attr("class", kept);
            }
        }
        // "align" is obsolete in HTML5: keep the alignment as a class the theme styles
        for (Element cell : clean.body().select("th[align], td[align]")) {
            String align = cell.attr("align");
            cell.removeAttr("align");
            if (align.matches("left|center|right")) {
                cell.addClass("align-" + align);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean;
    }
}
