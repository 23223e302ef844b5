package fr.terrinclus.reference;

/** A country by its ISO 3166-1 alpha-2 code, with its French name. */
public record Country(String code, String name) {
}
