package fr.terrinclus.render;

import java.util.Collection;

/** {@code sitemap.xml} and {@code robots.txt}, which need the site's public address. */
public final class Sitemap {
    private Sitemap() {
    }

    /** The sitemap of the HTML pages (all but 404), in path order; {@code baseUrl} ends with "/". */
    public static String xml(String baseUrl, Collection<String> htmlFiles) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        htmlFiles.stream().filter(f -> f.endsWith("index.html")).sorted().forEach(f -> out.append("  <url><loc>")
                .append(escape(baseUrl + f.substring(0, f.length() - "index.html".length())))
                .append("</loc></url>\n"));
        return out.append("</urlset>\n").toString();
    }

    /** Allows everything; names the sitemap when the public address is known. */
    public static String robots(String baseUrl) {
        return "User-agent: *\nAllow: /\n" + (baseUrl == null ? "" : "Sitemap: " + baseUrl + "sitemap.xml\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
