package fr.terrinclus.render;

import fr.terrinclus.load.ContentKind;
import java.util.List;

/**
 * Pages planned together, the unit in which a change re-plans the site: one entry's page, one
 * department's, country's, theme's or SDG's page, or a set of pages whose models are made from the
 * same look-ups (a kind's paginated listing, the territory indexes, the theme and SDG indexes).
 *
 * @param key the entry's source path for {@link Kind#ENTRY}, the {@link ContentKind} for
 *            {@link Kind#LISTING}, the term's code, id or number for a term's page, empty otherwise
 */
public record PageGroup(Kind kind, String key) {
    /** What a group holds. */
    public enum Kind { HOME, ENTRY, LISTING, DEPARTMENT, COUNTRY, THEME, SDG, TERRITORIES, THEMES, SITE_MAP, FIXED }

    public static final PageGroup HOME = new PageGroup(Kind.HOME, "");
    /** The indexes of departments and countries, and the territories page. */
    public static final PageGroup TERRITORIES = new PageGroup(Kind.TERRITORIES, "");
    /** The indexes of themes and SDGs. */
    public static final PageGroup THEMES = new PageGroup(Kind.THEMES, "");
    public static final PageGroup SITE_MAP = new PageGroup(Kind.SITE_MAP, "");
    /** The search page and the 404 page, which show no content. */
    public static final PageGroup FIXED = new PageGroup(Kind.FIXED, "");

    /** Every group but the pages of entries and terms. */
    static final List<PageGroup> LISTINGS = List.of(HOME, listing(ContentKind.GUIDE), listing(ContentKind.PROJECT),
            listing(ContentKind.PARTNER), TERRITORIES, THEMES, SITE_MAP, FIXED);

    public static PageGroup entry(String sourcePath) {
        return new PageGroup(Kind.ENTRY, sourcePath);
    }

    public static PageGroup listing(ContentKind kind) {
        return new PageGroup(Kind.LISTING, kind.name());
    }

    public static PageGroup department(String code) {
        return new PageGroup(Kind.DEPARTMENT, code);
    }

    public static PageGroup country(String code) {
        return new PageGroup(Kind.COUNTRY, code);
    }

    public static PageGroup theme(String id) {
        return new PageGroup(Kind.THEME, id);
    }

    public static PageGroup sdg(int number) {
        return new PageGroup(Kind.SDG, Integer.toString(number));
    }
}
