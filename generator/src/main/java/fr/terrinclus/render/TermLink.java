package fr.terrinclus.render;

/** A department, country, theme or SDG in an index, with how many entries it has. Colours may be null. */
public record TermLink(String label, String path, int count, String color, String textColor) {
}
