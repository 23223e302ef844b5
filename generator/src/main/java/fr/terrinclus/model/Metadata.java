package fr.terrinclus.model;

import java.util.List;

/** What every kind of entry has: identity, title, summary, dates, SDGs, themes and sources. */
public record Metadata(
        String id,
        String title,
        String summary,
        PartialDate published,
        PartialDate updated,
        boolean draft,
        boolean example,
        List<Integer> sdgs,
        List<String> themes,
        List<Source> sources) {

    public Metadata {
        sdgs = List.copyOf(sdgs);
        themes = List.copyOf(themes);
        sources = List.copyOf(sources);
    }

    /** The date of the latest change: the update when there is one, else the publication. */
    public PartialDate lastChange() {
        return updated != null ? updated : published;
    }
}
