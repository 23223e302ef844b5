package fr.terrinclus.load;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from the content folder, before validation.
 *
 * @param site      {@code site.yaml}
 * @param themes    {@code _data/thematiques.yaml}, when present
 * @param documents the Markdown files, sorted by path
 * @param assets    the other files (images, documents), as paths relative to the content folder, sorted
 * @param tree      the content folder, through which assets are copied
 */
public record LoadedContent(
        YamlDocument site, Optional<YamlDocument> themes, List<SourceDocument> documents, List<String> assets,
        SourceTree tree) {

    public LoadedContent {
        documents = List.copyOf(documents);
        assets = List.copyOf(assets);
    }
}
