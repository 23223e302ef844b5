package fr.terrinclus.model;

import java.util.List;

/**
 * The site's settings from {@code site.yaml}.
 *
 * @param baseUrl             the public address ending with "/", or null when unknown (no canonical URLs, no sitemap)
 * @param accessibilityState  totale, partielle or non_conforme (RGAA)
 */
public record SiteConfig(
        String title,
        String tagline,
        String description,
        String baseUrl,
        String language,
        String publisher,
        String intro,
        List<NavLink> menu,
        List<NavLink> footer,
        NavLink licence,
        AccessibilityState accessibilityState,
        Double accessibilityRate,
        PartialDate auditDate,
        int pageSize) {

    public SiteConfig {
        menu = List.copyOf(menu);
        footer = List.copyOf(footer);
    }

    /** The same settings with another base URL (from the command line). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, tagline, description, url, language, publisher, intro, menu, footer, licence,
                accessibilityState, accessibilityRate, auditDate, pageSize);
    }

    /** A labelled link; {@code target} is a site path ("guides/") or an address. */
    public record NavLink(String title, String target) {
    }
}
