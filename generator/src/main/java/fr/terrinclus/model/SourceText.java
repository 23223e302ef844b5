package fr.terrinclus.model;

/**
 * Where an entry comes from and its Markdown body.
 *
 * @param path      path relative to the content folder ({@code projets/eau.md})
 * @param file      the path shown in messages ({@code content/projets/eau.md})
 * @param firstLine the line of the file on which {@code markdown} starts
 */
public record SourceText(String path, String file, String markdown, int firstLine) {
    /** The same place without its Markdown. */
    public SourceText withoutMarkdown() {
        return new SourceText(path, file, "", firstLine);
    }
}
