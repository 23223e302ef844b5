package fr.terrinclus.link;

import fr.terrinclus.Problem;
import fr.terrinclus.Problems;
import fr.terrinclus.Suggestions;
import fr.terrinclus.html.BodyDocument;
import fr.terrinclus.load.ContentPaths;
import fr.terrinclus.markdown.LinkRef;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.SiteConfig;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks and rewrites the links of page bodies. Editors link pages the way GitHub shows them, as
 * relative {@code .md} paths ({@code ../partenaires/f3e.md#missions}); each becomes a relative
 * link to the target page, and a missing file or {@code #anchor} is a problem at the link's
 * line. Links to images and documents must name files of the content folder.
 *
 * <p>Each body is resolved on its own, as soon as it is rendered, so that no page's document
 * waits for the others; the anchors a link names in another page are checked once every body
 * has been resolved ({@link #checkAnchors}). Thread-safe.
 */
public final class LinkResolver {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Map<String, Entry> entries;
    private final Set<String> assets;

    /** A link to an anchor of another page, checked once that page's body is known. */
    public record AnchorLink(String file, LinkRef at, String url, String target, String fragment) {
    }

    /**
     * @param entries entries by source path relative to the content folder
     * @param assets  non-Markdown files, relative to the content folder
     */
    public LinkResolver(Map<String, Entry> entries, Set<String> assets) {
        this.entries = entries;
        this.assets = assets;
    }

    /**
     * What a body links to among the other pages.
     *
     * @param anchors the links to anchors of other pages, for {@link #checkAnchors}
     * @param pages   the source paths of the pages it links to, found or not: whether a link works
     *                changes when such a page is added or removed
     */
    public record Links(List<AnchorLink> anchors, Set<String> pages) {
    }

    /**
     * Rewrites the links of {@code entry}'s body; {@code written} are the Markdown links with
     * positions.
     */
    public Links resolve(Entry entry, BodyDocument body, List<LinkRef> written, Consumer<Problem> report) {
        List<LinkRef> pending = new ArrayList<>(written);
        Links links = new Links(new ArrayList<>(), new HashSet<>());
        String page = UrlScheme.entry(entry);
        body.rewriteLinks((url, image) -> {
            LinkRef at = take(pending, url, image).orElse(new LinkRef(url, entry.source().firstLine(), 1, image));
            return resolve(entry, body, page, url, at, links, report).orElse(null);
        });
        return links;
    }

    /**
     * Reports each of {@code links} whose anchor the target page lacks; {@code anchors} gives a
     * page's by source path, null for a page not known.
     */
    public static void checkAnchors(List<AnchorLink> links, Function<String, BodyDocument.Anchors> anchors,
                                    Consumer<Problem> report) {
        for (AnchorLink link : links) {
            BodyDocument.Anchors target = anchors.apply(link.target());
            if (target != null && !target.ids().contains(link.fragment())) {
                report.accept(problem(link.file(), link.at(), "lien vers « " + link.url() + " » : ancre « #"
                        + link.fragment() + " » introuvable dans " + link.target() + anchorHint(target.headings(),
                        link.fragment())));
            }
        }
    }

    private static Optional<LinkRef> take(List<LinkRef> pending, String url, boolean image) {
        for (int i = 0; i < pending.size(); i++) {
            LinkRef ref = pending.get(i);
            if (ref.image() == image && (ref.url().equals(url) || decode(ref.url()).equals(decode(url)))) {
                return Optional.of(pending.remove(i));
            }
        }
        return Optional.empty();
    }

    private Optional<String> resolve(Entry entry, BodyDocument body, String page, String url, LinkRef at,
                                     Links links, Consumer<Problem> report) {
        if (SCHEME.matcher(url).find() || url.startsWith("//")) {
            return Optional.empty();
        }
        int hash = url.indexOf('#');
        String path = decode(hash < 0 ? url : url.substring(0, hash));
        String fragment = hash < 0 ? null : decode(url.substring(hash + 1));
        String file = entry.source().file();
        if (path.isEmpty()) {
            // "#" alone is the top of the page
            if (fragment != null && !fragment.isEmpty() && !body.hasAnchor(fragment)) {
                report.accept(problem(file, at, "ancre « #" + fragment + " » introuvable dans cette page"
                        + anchorHint(body.anchors().headings(), fragment)));
            }
            return Optional.empty();
        }
        if (path.startsWith("/")) {
            report.accept(problem(file, at, "lien absolu « " + url + " » : écrivez un chemin relatif au fichier, "
                    + "par exemple « ../guides/guide.md », pour que le site fonctionne hors ligne"));
            return Optional.empty();
        }
        Optional<String> target = ContentPaths.resolve(entry.source().path(), path);
        if (target.isEmpty()) {
            report.accept(problem(file, at, "lien « " + url + " » hors du dossier de contenu"));
            return Optional.empty();
        }
        if (target.get().endsWith(".md")) {
            links.pages().add(target.get());
            Entry linked = entries.get(target.get());
            if (linked == null) {
                report.accept(problem(file, at, "lien vers « " + url + " » : page introuvable (content/"
                        + target.get() + ")"));
                return Optional.empty();
            }
            if (fragment != null) {
                links.anchors().add(new AnchorLink(file, at, url, target.get(), fragment));
            }
            return Optional.of(UrlScheme.relative(page, UrlScheme.entry(linked)) + (fragment == null ? "" : "#" + fragment));
        }
        if (!assets.contains(target.get())) {
            report.accept(problem(file, at, (at.image() ? "image" : "fichier") + " « " + url
                    + " » introuvable (content/" + target.get() + ")"));
            return Optional.empty();
        }
        return Optional.of(UrlScheme.relative(page, target.get()) + (fragment == null ? "" : "#" + fragment));
    }

    private static String anchorHint(List<String> headings, String fragment) {
        return Suggestions.closest(fragment, headings)
                .map(c -> " ; vouliez-vous dire « #" + c + " » ?").orElse("");
    }

    private static Problem problem(String file, LinkRef at, String message) {
        return new Problem(file, at.line(), at.column(), message);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** Menu and footer links of {@code site.yaml} must lead to pages of the site. */
    public static void checkNavigation(SiteConfig site, Set<String> html, String siteFile, Problems problems) {
        List<SiteConfig.NavLink> links = new ArrayList<>(site.menu());
        links.addAll(site.footer());
        for (SiteConfig.NavLink link : links) {
            if (!html.contains(UrlScheme.file(link.target()))) {
                problems.add(Problem.inFile(siteFile, "lien « " + link.title() + " » du menu : la page « "
                        + link.target() + " » n'existe pas dans le site"));
            }
        }
    }
}
