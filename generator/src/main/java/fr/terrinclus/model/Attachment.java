package fr.terrinclus.model;

/**
 * A downloadable document listed on a page, with its format and size as RGAA asks.
 *
 * @param file     the file's path relative to the content folder, or null for an external document
 * @param url      the external address, or null for a file
 * @param size     the size in bytes, or -1 when unknown
 * @param language a language code, or null
 */
public record Attachment(String title, String file, String url, String format, long size, String language) {
}
