package fr.terrinclus.link;

import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.ProjectSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The cross-references of a library read both ways: a project names its partners, so a partner
 * lists its projects; a project names its departments, so a department lists its projects.
 * Lists are sorted by id. Immutable.
 */
public final class Relations {
    private final Library library;
    private final Map<String, List<ProjectSheet>> heldBy;
    private final Map<String, List<ProjectSheet>> withPartner;
    private final Map<String, List<Guide>> publishedBy;
    private final Map<String, List<Guide>> about;
    private final Map<String, List<ProjectSheet>> projectsByDepartment;
    private final Map<String, List<PartnerProfile>> partnersByDepartment;
    private final Map<String, List<ProjectSheet>> projectsByCountry;
    private final Map<String, List<PartnerProfile>> partnersByCountry;
    private final Map<String, List<Entry>> byTheme;
    private final Map<Integer, List<Entry>> bySdg;

    /** Reads every cross-reference once: each page asks for several, and a scan each time would be quadratic. */
    public Relations(Library library) {
        this.library = library;
        heldBy = index(library.projects(), p -> Stream.of(p.holder()));
        withPartner = index(library.projects(), p -> p.partners().stream().map(ProjectSheet.Participation::partner));
        publishedBy = index(library.guides(), g -> Stream.of(g.publisher()));
        about = index(library.guides(), g -> g.relatedProjects().stream());
        projectsByDepartment = index(library.projects(), p -> p.departments().stream());
        partnersByDepartment = index(library.partners(), p -> Stream.of(p.inseeCode()));
        projectsByCountry = index(library.projects(), p -> Stream.concat(p.countries().stream(),
                p.partnerAuthorities().stream().map(ProjectSheet.PartnerAuthority::country)));
        partnersByCountry = index(library.partners(), p -> Stream.of(p.country()));
        byTheme = index(library.entries(), e -> e.meta().themes().stream());
        bySdg = index(library.entries(), e -> e.meta().sdgs().stream());
    }

    /** Each item under each of its keys, once, in the items' order (by id). */
    private static <K, T> Map<K, List<T>> index(List<? extends T> items, Function<T, Stream<K>> keys) {
        Map<K, List<T>> index = new HashMap<>();
        for (T item : items) {
            keys.apply(item).filter(Objects::nonNull).distinct()
                    .forEach(key -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(item));
        }
        index.replaceAll((key, list) -> List.copyOf(list));
        return index;
    }

    public List<ProjectSheet> projectsHeldBy(String partner) {
        return heldBy.getOrDefault(partner, List.of());
    }

    public List<ProjectSheet> projectsWithPartner(String partner) {
        return withPartner.getOrDefault(partner, List.of());
    }

    public List<Guide> guidesPublishedBy(String partner) {
        return publishedBy.getOrDefault(partner, List.of());
    }

    public List<Guide> guidesAbout(String project) {
        return about.getOrDefault(project, List.of());
    }

    public List<ProjectSheet> projectsInDepartment(String code) {
        return projectsByDepartment.getOrDefault(code, List.of());
    }

    public List<PartnerProfile> partnersInDepartment(String code) {
        return partnersByDepartment.getOrDefault(code, List.of());
    }

    public List<ProjectSheet> projectsInCountry(String code) {
        return projectsByCountry.getOrDefault(code, List.of());
    }

    public List<PartnerProfile> partnersInCountry(String code) {
        return partnersByCountry.getOrDefault(code, List.of());
    }

    public List<Entry> entriesWithTheme(String theme) {
        return byTheme.getOrDefault(theme, List.of());
    }

    public List<Entry> entriesWithSdg(int sdg) {
        return bySdg.getOrDefault(sdg, List.of());
    }

    /** Departments that have at least one project or partner, sorted by code. */
    public Set<String> departments() {
        return sorted(Stream.concat(library.projects().stream().flatMap(p -> p.departments().stream()),
                library.partners().stream().map(PartnerProfile::inseeCode)));
    }

    /** Countries that have at least one project or partner, sorted by code. */
    public Set<String> countries() {
        return sorted(Stream.of(
                library.projects().stream().flatMap(p -> p.countries().stream()),
                library.projects().stream().flatMap(p -> p.partnerAuthorities().stream().map(ProjectSheet.PartnerAuthority::country)),
                library.partners().stream().map(PartnerProfile::country)).flatMap(s -> s));
    }

    /** Partner countries of projects, France excluded: the figure the home page shows. */
    public Set<String> partnerCountries() {
        Set<String> all = sorted(library.projects().stream().flatMap(p -> p.countries().stream()));
        all.remove("FR");
        return all;
    }

    public Set<String> themes() {
        return sorted(library.entries().stream().flatMap(e -> e.meta().themes().stream()));
    }

    public Set<Integer> sdgs() {
        return new TreeSet<>(library.entries().stream().flatMap(e -> e.meta().sdgs().stream()).toList());
    }

    private static Set<String> sorted(Stream<String> values) {
        return values.filter(Objects::nonNull).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
}
