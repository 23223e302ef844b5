package fr.terrinclus.build;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param baseUrl the public address, overriding {@code site.yaml}'s {@code url_base}; null to keep it
 * @param write   false for {@code check}: run every stage, write nothing
 */
public record BuildOptions(Path content, Path theme, Path out, String baseUrl, boolean drafts, boolean write) {
}
