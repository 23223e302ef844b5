package fr.terrinclus.link;

import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.ProjectSheet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The cross-references of a library read both ways: a project names its partners, so a partner
 * lists its projects; a project names its departments, so a department lists its projects.
 * Lists are sorted by id. Immutable.
 */
public final class Relations {
    private final Library library;

    public Relations(Library library) {
        this.library = library;
    }

    public List<ProjectSheet> projectsHeldBy(String partner) {
        return library.projects().stream().filter(p -> p.holder().equals(partner)).toList();
    }

    public List<ProjectSheet> projectsWithPartner(String partner) {
        return library.projects().stream()
                .filter(p -> p.partners().stream().anyMatch(x -> x.partner().equals(partner))).toList();
    }

    public List<Guide> guidesPublishedBy(String partner) {
        return library.guides().stream().filter(g -> partner.equals(g.publisher())).toList();
    }

    public List<Guide> guidesAbout(String project) {
        return library.guides().stream().filter(g -> g.relatedProjects().contains(project)).toList();
    }

    public List<ProjectSheet> projectsInDepartment(String code) {
        return library.projects().stream().filter(p -> p.departments().contains(code)).toList();
    }

    public List<PartnerProfile> partnersInDepartment(String code) {
        return library.partners().stream().filter(p -> code.equals(p.inseeCode())).toList();
    }

    public List<ProjectSheet> projectsInCountry(String code) {
        return library.projects().stream().filter(p -> p.countries().contains(code)
                || p.partnerAuthorities().stream().anyMatch(a -> code.equals(a.country()))).toList();
    }

    public List<PartnerProfile> partnersInCountry(String code) {
        return library.partners().stream().filter(p -> code.equals(p.country())).toList();
    }

    public List<Entry> entriesWithTheme(String theme) {
        return library.entries().stream().filter(e -> e.meta().themes().contains(theme)).toList();
    }

    public List<Entry> entriesWithSdg(int sdg) {
        return library.entries().stream().filter(e -> e.meta().sdgs().contains(sdg)).toList();
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
