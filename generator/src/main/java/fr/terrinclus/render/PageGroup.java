package fr.terrinclus.render;

import fr.terrinclus.load.ContentKind;
import java.util.List;

/**
 * Pages planned together, the unit in which a change re-plans the site: one entry's page, or a
 * set of pages whose models are made from the same look-ups (a kind's paginated listing, every
 * territory page with their indexes, every theme and SDG page with theirs).
 *
 * @param key the entry's source path for {@link Kind#ENTRY}, the {@link ContentKind} for
 *            {@link Kind#LISTING}, empty otherwise
 */
public record PageGroup(Kind kind, String key) {
    /** What a group holds. */
    public enum Kind { HOME, ENTRY, LISTING, TERRITORIES, THEMES, SITE_MAP, FIXED }

    public static final PageGroup HOME = new PageGroup(Kind.HOME, "");
    public static final PageGroup TERRITORIES = new PageGroup(Kind.TERRITORIES, "");
    public static final PageGroup THEMES = new PageGroup(Kind.THEMES, "");
    public static final PageGroup SITE_MAP = new PageGroup(Kind.SITE_MAP, "");
    /** The search page and the 404 page, which show no content. */
    public static final PageGroup FIXED = new PageGroup(Kind.FIXED, "");

    /** Every group but the entries' pages. */
    static final List<PageGroup> LISTINGS = List.of(HOME, listing(ContentKind.GUIDE), listing(ContentKind.PROJECT),
            listing(ContentKind.PARTNER), TERRITORIES, THEMES, SITE_MAP, FIXED);

    public static PageGroup entry(String sourcePath) {
        return new PageGroup(Kind.ENTRY, sourcePath);
    }

    public static PageGroup listing(ContentKind kind) {
        return new PageGroup(Kind.LISTING, kind.name());
    }
}
