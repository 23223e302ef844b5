package fr.terrinclus.link;

import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.ProjectSheet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The cross-references of a library read both ways: a project names its partners, so a partner
 * lists its projects; a project names its departments, so a department lists its projects.
 * Lists are in the library's order (by kind, then by id). Immutable.
 */
public final class Relations {
    /** The order of {@link Library#entries()}: guides, projects, partners, pages, each by id. */
    private static final Comparator<Entry> LIBRARY_ORDER = Comparator.comparing(Entry::kind).thenComparing(Entry::id);

    /** One way of reading the references: the keys an entry is listed under. */
    private enum Rule {
        HELD_BY(e -> e instanceof ProjectSheet p ? Stream.of(p.holder()) : Stream.empty()),
        WITH_PARTNER(e -> e instanceof ProjectSheet p ? p.partners().stream().map(ProjectSheet.Participation::partner) : Stream.empty()),
        PUBLISHED_BY(e -> e instanceof Guide g ? Stream.of(g.publisher()) : Stream.empty()),
        ABOUT(e -> e instanceof Guide g ? g.relatedProjects().stream() : Stream.empty()),
        PROJECT_DEPARTMENT(e -> e instanceof ProjectSheet p ? p.departments().stream() : Stream.empty()),
        PARTNER_DEPARTMENT(e -> e instanceof PartnerProfile p ? Stream.of(p.inseeCode()) : Stream.empty()),
        /** The countries a project names, and those of its partner authorities. */
        PROJECT_COUNTRY(e -> e instanceof ProjectSheet p ? Stream.concat(p.countries().stream(),
                p.partnerAuthorities().stream().map(ProjectSheet.PartnerAuthority::country)) : Stream.empty()),
        /** The countries a project names itself: its partner countries. */
        PROJECT_OWN_COUNTRY(e -> e instanceof ProjectSheet p ? p.countries().stream() : Stream.empty()),
        PARTNER_COUNTRY(e -> e instanceof PartnerProfile p ? Stream.of(p.country()) : Stream.empty()),
        THEME(e -> e.meta().themes().stream()),
        SDG(e -> e.meta().sdgs().stream());

        private final Function<Entry, Stream<?>> keys;

        Rule(Function<Entry, Stream<?>> keys) {
            this.keys = keys;
        }

        /** The distinct keys of {@code entry}, nulls left out. */
        List<Object> keysOf(Entry entry) {
            return keys.apply(entry).filter(Objects::nonNull).distinct().map(k -> (Object) k).toList();
        }
    }

    private final Map<Rule, Map<Object, List<Entry>>> index;
    private final Set<String> departments;
    private final Set<String> countries;
    private final Set<String> partnerCountries;
    private final Set<String> themes;
    private final Set<Integer> sdgs;

    /** Reads every cross-reference once: each page asks for several, and a scan each time would be quadratic. */
    public Relations(Library library) {
        this(indexOf(library.entries()));
    }

    private Relations(Map<Rule, Map<Object, List<Entry>>> index) {
        this.index = index;
        departments = Collections.unmodifiableSortedSet(this.<String>keys(Rule.PROJECT_DEPARTMENT, Rule.PARTNER_DEPARTMENT));
        countries = Collections.unmodifiableSortedSet(this.<String>keys(Rule.PROJECT_COUNTRY, Rule.PARTNER_COUNTRY));
        SortedSet<String> abroad = this.<String>keys(Rule.PROJECT_OWN_COUNTRY);
        abroad.remove("FR");
        partnerCountries = Collections.unmodifiableSortedSet(abroad);
        themes = Collections.unmodifiableSortedSet(this.<String>keys(Rule.THEME));
        sdgs = Collections.unmodifiableSortedSet(this.<Integer>keys(Rule.SDG));
    }

    private static Map<Rule, Map<Object, List<Entry>>> indexOf(List<Entry> entries) {
        Map<Rule, Map<Object, List<Entry>>> index = new HashMap<>();
        for (Rule rule : Rule.values()) {
            Map<Object, List<Entry>> byKey = new HashMap<>();
            for (Entry entry : entries) {
                rule.keysOf(entry).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
            }
            byKey.replaceAll((key, list) -> List.copyOf(list));
            index.put(rule, byKey);
        }
        return index;
    }

    /**
     * The relations of a library where the entries {@code old} became {@code now} (an entry of
     * either may be null, for one that came or went): only the lists under their keys are made again.
     */
    public Relations next(Collection<Entry> old, Collection<Entry> now) {
        Set<String> sources = new HashSet<>();
        Stream.concat(old.stream(), now.stream()).filter(Objects::nonNull).forEach(e -> sources.add(e.source().path()));
        Map<Rule, Map<Object, List<Entry>>> next = new HashMap<>();
        for (Rule rule : Rule.values()) {
            Set<Object> touched = new HashSet<>();
            Stream.concat(old.stream(), now.stream()).filter(Objects::nonNull).forEach(e -> touched.addAll(rule.keysOf(e)));
            if (touched.isEmpty()) {
                // no list of this rule changes: its index, never changed once made, serves as it is
                next.put(rule, index.get(rule));
                continue;
            }
            Map<Object, List<Entry>> byKey = new HashMap<>(index.get(rule));
            for (Object key : touched) {
                List<Entry> list = new ArrayList<>(byKey.getOrDefault(key, List.of()));
                list.removeIf(e -> sources.contains(e.source().path()));
                now.stream().filter(e -> e != null && rule.keysOf(e).contains(key)).forEach(list::add);
                list.sort(LIBRARY_ORDER);
                if (list.isEmpty()) {
                    byKey.remove(key);
                } else {
                    byKey.put(key, List.copyOf(list));
                }
            }
            next.put(rule, byKey);
        }
        return new Relations(next);
    }

    @SuppressWarnings("unchecked")
    private <K extends Comparable<K>> SortedSet<K> keys(Rule... rules) {
        SortedSet<K> keys = new TreeSet<>();
        for (Rule rule : rules) {
            index.get(rule).keySet().forEach(key -> keys.add((K) key));
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private <T extends Entry> List<T> listed(Rule rule, Object key) {
        return (List<T>) index.get(rule).getOrDefault(key, List.of());
    }

    public List<ProjectSheet> projectsHeldBy(String partner) {
        return listed(Rule.HELD_BY, partner);
    }

    public List<ProjectSheet> projectsWithPartner(String partner) {
        return listed(Rule.WITH_PARTNER, partner);
    }

    public List<Guide> guidesPublishedBy(String partner) {
        return listed(Rule.PUBLISHED_BY, partner);
    }

    public List<Guide> guidesAbout(String project) {
        return listed(Rule.ABOUT, project);
    }

    public List<ProjectSheet> projectsInDepartment(String code) {
        return listed(Rule.PROJECT_DEPARTMENT, code);
    }

    public List<PartnerProfile> partnersInDepartment(String code) {
        return listed(Rule.PARTNER_DEPARTMENT, code);
    }

    public List<ProjectSheet> projectsInCountry(String code) {
        return listed(Rule.PROJECT_COUNTRY, code);
    }

    public List<PartnerProfile> partnersInCountry(String code) {
        return listed(Rule.PARTNER_COUNTRY, code);
    }

    public List<Entry> entriesWithTheme(String theme) {
        return listed(Rule.THEME, theme);
    }

    public List<Entry> entriesWithSdg(int sdg) {
        return listed(Rule.SDG, sdg);
    }

    /** Departments that have at least one project or partner, sorted by code. */
    public Set<String> departments() {
        return departments;
    }

    /** Countries that have at least one project or partner, sorted by code. */
    public Set<String> countries() {
        return countries;
    }

    /** Partner countries of projects, France excluded: the figure the home page shows. */
    public Set<String> partnerCountries() {
        return partnerCountries;
    }

    public Set<String> themes() {
        return themes;
    }

    public Set<Integer> sdgs() {
        return sdgs;
    }
}
