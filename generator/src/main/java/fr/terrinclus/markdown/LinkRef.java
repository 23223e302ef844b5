package fr.terrinclus.markdown;

/** A link or image written in Markdown, with where it stands in the source file. */
public record LinkRef(String url, int line, int column, boolean image) {
}
