package fr.terrinclus.load;

/**
 * A Markdown content file split into its front matter and its body.
 *
 * @param path      the file's path relative to the content folder, with {@code /} separators
 * @param file      the path to show in messages
 * @param id        the identifier, i.e. the file name without {@code .md}
 * @param bodyLine  the line of the file on which the body starts
 */
public record SourceDocument(
        String path, String file, ContentKind kind, String id, YamlDocument frontMatter, String body, int bodyLine) {
}
