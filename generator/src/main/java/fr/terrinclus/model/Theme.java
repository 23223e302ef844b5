package fr.terrinclus.model;

/** A theme of the controlled vocabulary ({@code _data/thematiques.yaml}). Description may be null. */
public record Theme(String id, String label, String description) {
}
