package fr.terrinclus.model;

/** A source that backs what an entry says. {@code url}, {@code organisation} and {@code date} may be null. */
public record Source(String title, String url, String organisation, PartialDate date) {
}
