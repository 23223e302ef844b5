package fr.terrinclus.link;

import fr.terrinclus.load.ContentKind;
import fr.terrinclus.model.Entry;
import java.util.Locale;
import java.util.Set;

/**
 * Where each page of the site lives, and how one page links to another.
 *
 * <p>Pages are folders ({@code projets/eau/}) holding an {@code index.html}. Every link is
 * relative and names {@code index.html} explicitly, so the same output works at a domain root,
 * under a sub-path and opened from disk ({@code file://}), where no server adds the index.
 */
public final class UrlScheme {
    /** First path segments the generator uses, which plain pages may not take. */
    public static final Set<String> RESERVED = Set.of("guides", "projets", "partenaires", "departements", "pays",
            "thematiques", "odd", "territoires", "plan-du-site", "recherche", "schemas", "assets", "media", "404");

    private UrlScheme() {
    }

    public static String entry(Entry entry) {
        return entry(entry.kind(), entry.id());
    }

    public static String entry(ContentKind kind, String id) {
        return kind == ContentKind.PAGE ? id + "/" : kind.folder() + "/" + id + "/";
    }

    /** A listing page; page numbers start at 1. */
    public static String listing(String folder, int page) {
        return page <= 1 ? folder + "/" : folder + "/page/" + page + "/";
    }

    public static String department(String code) {
        return "departements/" + code.toLowerCase(Locale.ROOT) + "/";
    }

    public static String country(String code) {
        return "pays/" + code.toLowerCase(Locale.ROOT) + "/";
    }

    public static String theme(String id) {
        return "thematiques/" + id + "/";
    }

    public static String sdg(int number) {
        return "odd/" + number + "/";
    }

    /** The file a page path is written to: {@code guides/} → {@code guides/index.html}. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * The relative URL from the page at {@code from} to {@code to}; both are site paths
     * ("" is the home page, a trailing "/" marks a page folder, anything else a file).
     */
    public static String relative(String from, String to) {
        String fromDir = from.endsWith("/") || from.isEmpty() ? from : from.substring(0, from.lastIndexOf('/') + 1);
        String[] base = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        String target = file(to);
        String[] parts = target.split("/");
        int common = 0;
        while (common < base.length && common < parts.length - 1 && base[common].equals(parts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        out.append("../".repeat(base.length - common));
        for (int i = common; i < parts.length; i++) {
            out.append(parts[i]);
            if (i < parts.length - 1) {
                out.append('/');
            }
        }
        // a first segment holding ":" (a file named "javascript:x.pdf") would read as a scheme, a
        // leading "/" (from an empty segment) as another site or the host's root
        int colon = out.indexOf(":");
        int slash = out.indexOf("/");
        if (colon >= 0 && (slash < 0 || colon < slash) || slash == 0) {
            out.insert(0, "./");
        }
        return out.toString();
    }
}
