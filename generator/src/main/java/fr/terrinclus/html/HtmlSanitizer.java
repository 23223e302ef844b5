package fr.terrinclus.html;

import fr.terrinclus.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

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
    // parsed once: every page runs them
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator WITH_CLASS = QueryParser.parse("[class]");
    private static final Evaluator ALIGNED = QueryParser.parse("th[align], td[align]");
    private static final Set<String> ALIGNMENTS = Set.of("left", "center", "right");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
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

    /** Attributes through which an element loads something (links, a and area, are not loads). */
    private static final List<String> LOADING = List.of("src", "srcset", "poster", "data", "background", "href",
            "xlink:href", "action", "formaction", "codebase", "archive", "longdesc", "lowsrc", "dynsrc");
    /** A URL that loads from the network; javascript: and data: are for the cleaner to remove. */
    private static final Pattern REMOTE = Pattern.compile("^\\s*((https?|ftps?|wss?):|//|\\\\\\\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s*['\"]([^'\"]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)", Pattern.CASE_INSENSITIVE);

    /**
     * Turns the tags of unclosed raw-text elements into text, so that they cannot take the rest of
     * the body; closed ones stay for the cleaner to remove. The Markdown renderer escapes every
     * {@code <} it writes itself, so these tags can only be raw HTML.
     */
    static String closeRawText(String html) {
        // most bodies hold no such tag: one scan, and the text is not copied
        if (!RAW_TEXT_TAG.matcher(html).find()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        Matcher closed = RAW_TEXT_ELEMENT.matcher(html);
        int last = 0;
        while (closed.find()) {
            out.append(RAW_TEXT_TAG.matcher(html.substring(last, closed.start())).replaceAll("&lt;$1")).append(closed.group());
            last = closed.end();
        }
        return out.append(RAW_TEXT_TAG.matcher(html.substring(last)).replaceAll("&lt;$1")).toString();
    }

    /**
     * A sanitized body and what its markup asked for that the site refuses.
     *
     * @param remote  what it would load from another site, as {@code <element attribute> url}
     * @param tooDeep whether its elements nest deeper than {@link Limits#HTML_DEPTH} (the body is then empty)
     */
    public record Sanitized(Document document, List<Remote> remote, boolean tooDeep) {
        public Sanitized {
            remote = List.copyOf(remote);
        }
    }

    /** A resource the markup loads from another site. */
    public record Remote(String element, String attribute, String url) {
    }

    /** The safe form of {@code html}, a fragment of body content. */
    public Document clean(String html) {
        return sanitize(html).document();
    }

    /**
     * Cleans {@code html}, a fragment of body content, and reports on the parsed markup (entities
     * decoded, quotes understood) what it would load from another site and whether it nests too deep
     * for the cleaner, whose cost grows with the square of the depth.
     */
    public Sanitized sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(closeRawText(html), BASE);
        if (depth(dirty.body()) > Limits.HTML_DEPTH) {
            Document empty = Jsoup.parseBodyFragment("", BASE);
            empty.outputSettings().prettyPrint(false);
            return new Sanitized(empty, List.of(), true);
        }
        List<Remote> remote = remote(dirty);
        Document clean = cleaner.clean(dirty);
        for (Element e : clean.body().select(WITH_ID)) {
            if (!FOOTNOTE_ID.matcher(e.id()).matches() || !genuineFootnote(e)) {
                e.removeAttr("id");
            }
        }
        for (Element e : clean.body().select(WITH_CLASS)) {
            String kept = e.classNames().stream().filter(c -> KEPT_CLASS.matcher(c).matches()).sorted()
                    .reduce((a, b) -> a + " " + b).orElse("");
            if (kept.isEmpty()) {
                e.removeAttr("class");
            } else {
                e.attr("class", kept);
            }
        }
        // "align" is obsolete in HTML5: keep the alignment as a class the theme styles
        for (Element cell : clean.body().select(ALIGNED)) {
            String align = cell.attr("align");
            cell.removeAttr("align");
            if (ALIGNMENTS.contains(align)) {
                cell.addClass("align-" + align);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return new Sanitized(clean, remote, false);
    }

    private static int depth(Element body) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), body);
        return max[0];
    }

    private static List<Remote> remote(Document dirty) {
        List<Remote> found = new ArrayList<>();
        for (Element e : dirty.body().getAllElements()) {
            String tag = e.normalName();
            boolean link = tag.equals("a") || tag.equals("area");
            for (Attribute attribute : e.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("style")) {
                    cssUrls(attribute.getValue()).forEach(u -> found.add(new Remote(tag, "style", u)));
                } else if (LOADING.contains(name) && !(link && name.equals("href"))) {
                    for (String url : name.equals("srcset") ? List.of(attribute.getValue().split(",")) : List.of(attribute.getValue())) {
                        String candidate = WHITESPACE.split(url.strip(), 2)[0];
                        if (REMOTE.matcher(candidate).find()) {
                            found.add(new Remote(tag, name, candidate));
                        }
                    }
                }
            }
            if (tag.equals("style")) {
                cssUrls(e.data()).forEach(u -> found.add(new Remote(tag, "url()", u)));
            }
        }
        return found;
    }

    private static List<String> cssUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            if (REMOTE.matcher(m.group(1)).find()) {
                urls.add(m.group(1).strip());
            }
        }
        Matcher imported = CSS_IMPORT.matcher(css);
        while (imported.find()) {
            if (REMOTE.matcher(imported.group(1)).find()) {
                urls.add(imported.group(1));
            }
        }
        return urls;
    }
}
