package fr.terrinclus.build;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param baseUrl the public address, overriding {@code site.yaml}'s {@code url_base}; null to keep it
 * @param write   false for {@code check}: run every stage, write nothing
 */
public record BuildOptions(Path content, Path theme, Path out, String baseUrl, boolean drafts, boolean write) {

    /** Name of the folder, next to the output folder, that holds the Lucene index {@code search} reads. */
    public static final String SEARCH_INDEX = ".terrinclus-index";

    /** Where the Lucene index is written: beside the site, not in it, since it is not published. */
    public Path searchIndex() {
        return out.toAbsolutePath().normalize().resolveSibling(SEARCH_INDEX);
    }
}
