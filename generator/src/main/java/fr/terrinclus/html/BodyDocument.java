package fr.terrinclus.html;

import fr.terrinclus.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A sanitized page body being post-processed: heading anchors are assigned on creation, links
 * are rewritten by the link stage, then {@link #html()} gives the final markup.
 *
 * <p>Mutable and confined to one thread.
 */
public final class BodyDocument {
    // parsed once: every page runs them
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");
    private static final Evaluator LINKS = QueryParser.parse("a[href], img[src]");

    private final Document document;
    private final List<Heading> headings = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    public BodyDocument(Document sanitized) {
        this.document = sanitized;
        for (Element e : document.body().select(WITH_ID)) {
            anchors.add(e.id());
        }
        for (Element h : document.body().select(HEADINGS)) {
            String id = unique(Slugs.of(h.text()));
            h.attr("id", id);
            headings.add(new Heading(Integer.parseInt(h.tagName().substring(1)), id, h.text()));
        }
    }

    /** {@code base}, or {@code base-2}, {@code base-3}…: the next number is remembered, so a page of equal headings stays linear. */
    private String unique(String base) {
        String id = base;
        int n = nextSuffix.getOrDefault(base, 2);
        while (anchors.contains(id)) {
            id = base + "-" + n++;
        }
        nextSuffix.put(base, n);
        anchors.add(id);
        return id;
    }

    public List<Heading> headings() {
        return List.copyOf(headings);
    }

    /** What other pages may link to: every id of this body, and the ids of its headings in order. */
    public record Anchors(Set<String> ids, List<String> headings) {
        public Anchors {
            ids = Set.copyOf(ids);
            headings = List.copyOf(headings);
        }
    }

    /** The anchors of this body, to check links from other pages once this document is gone. */
    public Anchors anchors() {
        return new Anchors(anchors, headings.stream().map(Heading::id).toList());
    }

    /** Whether {@code #id} points somewhere in this body. */
    public boolean hasAnchor(String id) {
        return anchors.contains(id);
    }

    /** Decides the final address of one link or image of the body. */
    @FunctionalInterface
    public interface LinkRewriter {
        /** The new address of {@code url}, or null to keep it as written. */
        String rewrite(String url, boolean image);
    }

    /**
     * Passes every link and image, in document order, to {@code rewriter} and applies its answer.
     * Images titled as decorative get an empty text alternative, so screen readers skip them.
     */
    public void rewriteLinks(LinkRewriter rewriter) {
        for (Element element : document.body().select(LINKS)) {
            boolean image = element.tagName().equals("img");
            String attr = image ? "src" : "href";
            if (image && MarkdownRenderer.DECORATIVE.contains(element.attr("title").strip())) {
                element.removeAttr("title");
                element.attr("alt", "");
            }
            String url = rewriter.rewrite(element.attr(attr), image);
            if (url != null) {
                element.attr(attr, url);
            }
        }
    }

    /** The body's plain text, for summaries and search. */
    public String text() {
        return document.body().text();
    }

    public String html() {
        return document.body().html();
    }
}
