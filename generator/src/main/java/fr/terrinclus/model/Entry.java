package fr.terrinclus.model;

import fr.terrinclus.load.ContentKind;

/** A page written by editors: a guide, a project sheet, a partner profile or a plain page. */
public sealed interface Entry permits Guide, ProjectSheet, PartnerProfile, PlainPage {
    ContentKind kind();

    Metadata meta();

    SourceText source();

    default String id() {
        return meta().id();
    }

    default String title() {
        return meta().title();
    }
}
