package fr.terrinclus.model;

import fr.terrinclus.reference.ReferenceData;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All valid content of a site, immutable: the output of validation and the input of every later
 * stage. Lists are sorted by id. Look-ups by id and by source path are indexed once: every page
 * makes several, so a scan would make a build quadratic in the number of entries.
 */
public final class Library {
    private final SiteConfig site;
    private final List<Guide> guides;
    private final List<ProjectSheet> projects;
    private final List<PartnerProfile> partners;
    private final List<PlainPage> pages;
    private final List<Theme> themes;
    private final List<String> assets;
    private final ReferenceData reference;
    private final List<Entry> entries;
    private final Map<String, PartnerProfile> partnersById;
    private final Map<String, ProjectSheet> projectsById;
    private final Map<String, Theme> themesById;
    private final Map<String, Entry> bySourcePath;

    /** @param assets files other than Markdown, relative to the content folder */
    public Library(SiteConfig site, List<Guide> guides, List<ProjectSheet> projects, List<PartnerProfile> partners,
                   List<PlainPage> pages, List<Theme> themes, List<String> assets, ReferenceData reference) {
        this.site = site;
        this.guides = sorted(guides);
        this.projects = sorted(projects);
        this.partners = sorted(partners);
        this.pages = sorted(pages);
        this.themes = List.copyOf(themes);
        this.assets = List.copyOf(assets);
        this.reference = reference;
        this.entries = Stream.of(this.guides, this.projects, this.partners, this.pages)
                .flatMap(List::stream).map(e -> (Entry) e).toList();
        this.partnersById = byId(this.partners, PartnerProfile::id);
        this.projectsById = byId(this.projects, ProjectSheet::id);
        this.themesById = byId(this.themes, Theme::id);
        this.bySourcePath = byId(entries, e -> e.source().path());
    }

    private static <T extends Entry> List<T> sorted(List<T> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
    }

    /** The first of each key wins, as a scan of the sorted list would. */
    private static <T> Map<String, T> byId(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity(), (first, second) -> first));
    }

    /** The same library with another site configuration. */
    public Library withSite(SiteConfig other) {
        return new Library(other, guides, projects, partners, pages, themes, assets, reference);
    }

    /**
     * The same library without the entries' Markdown, for the stages after Markdown: a one-shot
     * build hands each entry's Markdown to that stage alone, which frees it once the body is made
     * (at 10,000 pages, about 90 MB of the peak memory).
     */
    public Library withoutMarkdown() {
        return new Library(site, stripped(guides), stripped(projects), stripped(partners), stripped(pages), themes, assets,
                reference);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Entry> List<T> stripped(List<T> entries) {
        return entries.stream().map(e -> (T) e.withSource(e.source().withoutMarkdown())).toList();
    }

    public SiteConfig site() {
        return site;
    }

    public List<Guide> guides() {
        return guides;
    }

    public List<ProjectSheet> projects() {
        return projects;
    }

    public List<PartnerProfile> partners() {
        return partners;
    }

    public List<PlainPage> pages() {
        return pages;
    }

    public List<Theme> themes() {
        return themes;
    }

    /** Files other than Markdown, relative to the content folder. */
    public List<String> assets() {
        return assets;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** Every entry: guides, projects, partners, then pages. */
    public List<Entry> entries() {
        return entries;
    }

    public Optional<PartnerProfile> partner(String id) {
        return Optional.ofNullable(partnersById.get(id));
    }

    public Optional<ProjectSheet> project(String id) {
        return Optional.ofNullable(projectsById.get(id));
    }

    public Optional<Theme> theme(String id) {
        return Optional.ofNullable(themesById.get(id));
    }

    /** Entries by their source path relative to the content folder. */
    public Map<String, Entry> bySourcePath() {
        return bySourcePath;
    }
}
