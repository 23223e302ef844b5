package fr.terrinclus.model;

import fr.terrinclus.load.ContentKind;

/** A page written by editors: a guide, a project sheet, a partner profile or a plain page. */
public sealed interface Entry permits Guide, ProjectSheet, PartnerProfile, PlainPage {
    ContentKind kind();

    Metadata meta();

    SourceText source();

    /** This entry read from another source: with {@code equals}, tells a change of the Markdown body alone. */
    Entry withSource(SourceText other);

    default String id() {
        return meta().id();
    }

    default String title() {
        return meta().title();
    }
}
