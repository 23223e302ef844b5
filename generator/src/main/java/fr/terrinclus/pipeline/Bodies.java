package fr.terrinclus.pipeline;

import fr.terrinclus.Limits;
import fr.terrinclus.Problem;
import fr.terrinclus.html.BodyDocument;
import fr.terrinclus.html.HtmlSanitizer;
import fr.terrinclus.html.PageBody;
import fr.terrinclus.link.LinkResolver;
import fr.terrinclus.markdown.RenderedMarkdown;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.SourceText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The page bodies of entries: each rendered from Markdown, sanitized and its links resolved in
 * one task, so that its document is freed at once; the anchors that links name in other pages
 * are checked once every body is known ({@link #checkAnchors}).
 */
final class Bodies {
    private final Tools tools;
    private final LinkResolver links;

    Bodies(Tools tools, Library library) {
        this.tools = tools;
        this.links = new LinkResolver(library.bySourcePath(), new HashSet<>(library.assets()));
    }

    /** A page body as the link stage leaves it, with what links from other pages need of it. */
    record Body(PageBody page, BodyDocument.Anchors anchors, LinkResolver.Links links) {
    }

    /** The body of {@code entry}; its problems go to {@code report}. Thread-safe. */
    Body make(Entry entry, Consumer<Problem> report) {
        return make(entry, entry.source(), report);
    }

    /** The body of {@code entry} from {@code source}, its Markdown (the entry may no longer hold it). */
    Body make(Entry entry, SourceText source, Consumer<Problem> report) {
        RenderedMarkdown md = tools.markdown().render(source, report);
        HtmlSanitizer.Sanitized clean = tools.sanitizer().sanitize(md.html());
        reportRefused(entry, md, clean, report);
        BodyDocument document = new BodyDocument(clean.document());
        LinkResolver.Links resolved = links.resolve(entry, document, md.links(), report);
        return new Body(new PageBody(document.html(), document.text(), document.headings()), document.anchors(), resolved);
    }

    /** Reports each link of {@code bodies} (by source path) to an anchor its target page lacks. */
    static void checkAnchors(Map<String, Body> bodies, Consumer<Problem> report) {
        checkAnchors(bodies.values(), bodies::get, report);
    }

    /** Reports each link of {@code from} to an anchor its target page in {@code bodies} lacks. */
    static void checkAnchors(Collection<Body> from, Function<String, Body> bodies, Consumer<Problem> report) {
        List<LinkResolver.AnchorLink> anchorLinks = new ArrayList<>();
        from.forEach(b -> anchorLinks.addAll(b.links().anchors()));
        LinkResolver.checkAnchors(anchorLinks, path -> {
            Body target = bodies.apply(path);
            return target == null ? null : target.anchors();
        }, report);
    }

    /**
     * What the sanitizer found that the site refuses, at the place the Markdown stage recorded for
     * the same address (or the start of the body when the markup spelled it otherwise).
     */
    private static void reportRefused(Entry entry, RenderedMarkdown md, HtmlSanitizer.Sanitized clean,
                                      Consumer<Problem> report) {
        String file = entry.source().file();
        if (clean.tooDeep()) {
            report.accept(new Problem(file, entry.source().firstLine(), 1, "HTML imbriqué sur plus de " + Limits.HTML_DEPTH
                    + " niveaux : simplifiez-le ou écrivez-le en Markdown"));
        }
        for (HtmlSanitizer.Remote remote : clean.remote()) {
            var at = md.links().stream().filter(l -> l.image() && l.url().strip().equals(remote.url())).findFirst();
            report.accept(new Problem(file, at.map(l -> l.line()).orElse(entry.source().firstLine()),
                    at.map(l -> l.column()).orElse(1), "ressource « <" + remote.element() + " " + remote.attribute()
                    + "> » chargée depuis un autre site (« " + remote.url() + " ») : le site doit fonctionner hors ligne "
                    + "et sans informer des tiers ; enregistrez le fichier dans content/media/ et indiquez son chemin, "
                    + "ou faites-en un lien"));
        }
    }
}
