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
 * stage. Lists are sorted by id.
 *
 * @param assets files other than Markdown, relative to the content folder
 */
public record Library(
        SiteConfig site,
        List<Guide> guides,
        List<ProjectSheet> projects,
        List<PartnerProfile> partners,
        List<PlainPage> pages,
        List<Theme> themes,
        List<String> assets,
        ReferenceData reference) {

    public Library {
        guides = sorted(guides);
        projects = sorted(projects);
        partners = sorted(partners);
        pages = sorted(pages);
        themes = List.copyOf(themes);
        assets = List.copyOf(assets);
    }

    private static <T extends Entry> List<T> sorted(List<T> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
    }

    /** Every entry: guides, projects, partners, then pages. */
    public List<Entry> entries() {
        return Stream.of(guides, projects, partners, pages).flatMap(List::stream).map(e -> (Entry) e).toList();
    }

    public Optional<PartnerProfile> partner(String id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<ProjectSheet> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Entries by their source path relative to the content folder. */
    public Map<String, Entry> bySourcePath() {
        return entries().stream().collect(Collectors.toUnmodifiableMap(e -> e.source().path(), Function.identity()));
    }
}
