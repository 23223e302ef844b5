package fr.terrinclus.html;

/** A section heading of a page body, for the table of contents. */
public record Heading(int level, String id, String text) {
}
