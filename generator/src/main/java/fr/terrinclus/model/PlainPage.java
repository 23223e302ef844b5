package fr.terrinclus.model;

import fr.terrinclus.load.ContentKind;

/** A plain page: about, accessibility, legal notice, how to contribute. */
public record PlainPage(SourceText source, Metadata meta) implements Entry {
    @Override
    public PlainPage withSource(SourceText other) {
        return new PlainPage(other, meta);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.PAGE;
    }
}
