package fr.terrinclus.render;

import fr.terrinclus.Problem;
import fr.terrinclus.html.Heading;
import fr.terrinclus.html.PageBody;
import fr.terrinclus.link.Relations;
import fr.terrinclus.link.UrlScheme;
import fr.terrinclus.load.ContentKind;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.PlainPage;
import fr.terrinclus.model.ProjectSheet;
import fr.terrinclus.model.Theme;
import fr.terrinclus.reference.Country;
import fr.terrinclus.reference.Department;
import fr.terrinclus.reference.Sdg;
import fr.terrinclus.search.SearchLabels;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Plans every HTML page of the site: home, one page per entry, paginated listings, one page per
 * department, country, theme and SDG that has content, their indexes, the site map and the 404
 * page. Planning builds each page's model; {@link #render} turns one planned page into HTML and
 * may run on several threads at once, so that pages can be written as they are rendered.
 */
public final class SiteRenderer {
    private static final int TOC_MIN_HEADINGS = 3;
    private static final int LATEST = 6;

    private final Library library;
    private final PageRenderer pages;
    private final Relations relations;
    private final Cards cards;
    private final Strings strings;
    private final String themeDir;
    private SortedMap<String, Page> planned = new TreeMap<>();
    private PageGroup planning;

    public SiteRenderer(Library library, PageRenderer pages, String themeDir) {
        this(library, pages, themeDir, new Cards(library, pages.strings(), pages.formats()), new Relations(library));
    }

    private SiteRenderer(Library library, PageRenderer pages, String themeDir, Cards cards, Relations relations) {
        this.library = library;
        this.pages = pages;
        this.relations = relations;
        this.strings = pages.strings();
        this.cards = cards;
        this.themeDir = themeDir;
    }

    /**
     * The renderer of {@code next}, a library that differs from this one's by the entries at
     * {@code changed} (source paths) only: the theme and what was made of the other entries serve again.
     */
    public SiteRenderer next(Library next, Set<String> changed) {
        List<Entry> old = new ArrayList<>();
        List<Entry> now = new ArrayList<>();
        for (String path : changed) {
            old.add(library.bySourcePath().get(path));
            now.add(next.bySourcePath().get(path));
        }
        return new SiteRenderer(next, pages, themeDir, cards.without(changed), relations.next(old, now));
    }

    /** The keys under which templates look up {@code old} or {@code now} (either may be null). */
    public static Set<String> lookupKeys(Entry old, Entry now) {
        Set<String> keys = new HashSet<>();
        if (old != null) {
            keys.addAll(Dependencies.keysOf(old));
        }
        if (now != null) {
            keys.addAll(Dependencies.keysOf(now));
        }
        return keys;
    }

    /**
     * The groups of pages that show an entry which was {@code old} (null when it did not exist)
     * and is now {@code now} (null when it is gone) in this renderer's library; {@code before} is
     * the renderer of the library that held {@code old}. See {@link Dependencies}.
     */
    public Set<PageGroup> groupsShowing(SiteRenderer before, Entry old, Entry now) {
        if (Dependencies.bodyOnly(old, now)) {
            return Set.of(PageGroup.entry(now.source().path()));
        }
        Set<PageGroup> groups = new HashSet<>();
        if (old != null) {
            groups.addAll(Dependencies.groupsShowing(before.library, before.relations, old));
        }
        if (now != null) {
            groups.addAll(Dependencies.groupsShowing(library, relations, now));
        }
        return groups;
    }

    /** The theme's words for what the search shows; results show the facts listings' cards show. */
    public SearchLabels searchLabels() {
        return new SearchWords(library, strings, cards);
    }

    /**
     * One HTML page to render.
     *
     * @param file     the site file ({@code projets/eau/index.html})
     * @param template the theme's template name
     * @param path     the page's site path, as links name it ({@code projets/eau/})
     * @param view     what the template shows
     */
    public record Page(String file, String template, String path, View view, PageGroup group) {
    }

    /**
     * Every page of the site, planned.
     *
     * @param files the site files of the pages, sorted
     * @param pages the pages in the same order; rendering empties it (see {@code Workers.consume})
     */
    public record Plan(SortedSet<String> files, ArrayList<Page> pages) {
    }

    /** Plans all pages; {@code bodies} holds each entry's body by source path. */
    public Plan plan(Map<String, PageBody> bodies) {
        return plan(groups(), bodies);
    }

    /** Every group of pages of the site. */
    public List<PageGroup> groups() {
        List<PageGroup> groups = new ArrayList<>(PageGroup.LISTINGS);
        library.entries().forEach(e -> groups.add(PageGroup.entry(e.source().path())));
        relations.departments().forEach(code -> groups.add(PageGroup.department(code)));
        relations.countries().forEach(code -> groups.add(PageGroup.country(code)));
        relations.themes().forEach(id -> groups.add(PageGroup.theme(id)));
        relations.sdgs().forEach(n -> groups.add(PageGroup.sdg(n)));
        return groups;
    }

    /**
     * Plans the pages of {@code groups}; {@code bodies} holds the body of each entry whose page
     * is planned, by source path. A group whose entry is not in the library has no page.
     */
    public Plan plan(Collection<PageGroup> groups, Map<String, PageBody> bodies) {
        planned = new TreeMap<>();
        for (PageGroup group : groups) {
            planning = group;
            switch (group.kind()) {
                case HOME -> home();
                case ENTRY -> {
                    Entry entry = library.bySourcePath().get(group.key());
                    if (entry != null) {
                        entry(entry, bodies.get(group.key()));
                    }
                }
                case LISTING -> {
                    ContentKind kind = ContentKind.valueOf(group.key());
                    listing(kind, library.entries().stream().filter(e -> e.kind() == kind).toList());
                }
                case TERRITORIES -> territories();
                case THEMES -> themesAndSdgs();
                case DEPARTMENT, COUNTRY, THEME, SDG -> term(group);
                case SITE_MAP -> siteMap();
                case FIXED -> fixed();
            }
        }
        Plan plan = new Plan(Collections.unmodifiableSortedSet(new TreeSet<>(planned.keySet())),
                new ArrayList<>(planned.values()));
        planned = new TreeMap<>();
        return plan;
    }

    /** The pages that show no content: the search page and the 404 page. */
    private void fixed() {
        render("recherche", "recherche/", new View.Search(chrome("recherche/", strings.require("search.title"), null, List.of()),
                strings.json("search.")));
        View.Chrome chrome = chrome("404.html", strings.require("notfound.title"), null, List.of());
        render("404", "404.html", new View.NotFound(new View.Chrome(chrome.site(), chrome.title(), chrome.description(),
                chrome.crumbs(), null, chrome.section(), library.site().baseUrl() != null)));
    }

    private void home() {
        List<TermLink> figures = List.of(
                new TermLink(strings.require("home.projects"), UrlScheme.listing("projets", 1), library.projects().size(), null, null),
                new TermLink(strings.require("home.departments"), "territoires/", relations.departments().size(), null, null),
                new TermLink(strings.require("home.countries"), "territoires/", relations.partnerCountries().size(), null, null),
                new TermLink(strings.require("home.partners"), UrlScheme.listing("partenaires", 1), library.partners().size(), null, null));
        List<Entry> news = new ArrayList<>(library.guides());
        news.addAll(library.projects());
        render("home", "", new View.Home(chrome("", library.site().title(), library.site().description(), List.of()),
                figures, cards.of(news).stream().limit(LATEST).toList()));
    }

    private void entry(Entry entry, PageBody body) {
        String path = UrlScheme.entry(entry);
        List<Crumb> crumbs = entry.kind() == ContentKind.PAGE ? List.of()
                : List.of(new Crumb(strings.require("kinds." + entry.kind().folder()), UrlScheme.listing(entry.kind().folder(), 1)));
        View.Chrome chrome = chrome(path, entry.title(), entry.meta().summary(), crumbs);
        List<Heading> toc = body.headings().size() >= TOC_MIN_HEADINGS
                ? body.headings().stream().filter(h -> h.level() <= 3).toList() : List.of();
        View view;
        if (entry instanceof Guide g) {
            view = new View.GuidePage(chrome, g, body.html(), toc,
                    cards.of(g.relatedProjects().stream().map(id -> library.project(id).orElseThrow()).toList()));
        } else if (entry instanceof ProjectSheet p) {
            view = new View.ProjectPage(chrome, p, body.html(), toc, cards.of(relations.guidesAbout(p.id())));
        } else if (entry instanceof PartnerProfile p) {
            view = new View.PartnerPage(chrome, p, body.html(), toc, cards.of(relations.projectsHeldBy(p.id())),
                    cards.of(relations.projectsWithPartner(p.id())), cards.of(relations.guidesPublishedBy(p.id())));
        } else {
            view = new View.TextPage(chrome, (PlainPage) entry, body.html(), toc);
        }
        render(entry.kind().singular(), path, view);
    }

    private void listing(ContentKind kind, List<? extends Entry> entries) {
        List<Card> all = cards.of(entries);
        int size = library.site().pageSize();
        int total = Math.max(1, (all.size() + size - 1) / size);
        String title = strings.require("kinds." + kind.folder());
        for (int page = 1; page <= total; page++) {
            String path = UrlScheme.listing(kind.folder(), page);
            View.Chrome chrome = chrome(path, page == 1 ? title : title + " – " + strings.require("nav.page", page, total),
                    null, List.of());
            render("listing", path, new View.Listing(chrome, title, all.subList((page - 1) * size, Math.min(all.size(), page * size)),
                    all.size(), page, total, page > 1 ? UrlScheme.listing(kind.folder(), page - 1) : null,
                    page < total ? UrlScheme.listing(kind.folder(), page + 1) : null));
        }
    }

    /** The pages of one department, country, theme or SDG, when it has content (else none). */
    private void term(PageGroup group) {
        switch (group.kind()) {
            case DEPARTMENT -> {
                if (relations.departments().contains(group.key())) {
                    department(group.key());
                }
            }
            case COUNTRY -> {
                if (relations.countries().contains(group.key())) {
                    country(group.key());
                }
            }
            case THEME -> {
                if (relations.themes().contains(group.key())) {
                    theme(group.key());
                }
            }
            case SDG -> {
                if (relations.sdgs().contains(Integer.parseInt(group.key()))) {
                    sdg(Integer.parseInt(group.key()));
                }
            }
            default -> throw new IllegalArgumentException("not a term: " + group);
        }
    }

    private List<Crumb> territoriesCrumb() {
        return List.of(new Crumb(strings.require("kinds.territoires"), "territoires/"));
    }

    private void department(String code) {
        Department d = library.reference().department(code).orElseThrow();
        termPage(d.label(), UrlScheme.department(code), strings.require("term.department_intro", d.ofName()),
                List.of(strings.require("term.region") + " : " + d.region()),
                append(territoriesCrumb(), new Crumb(strings.require("kinds.departements"), "departements/")),
                sections("term.projects", cards.of(relations.projectsInDepartment(code)),
                        "term.partners", cards.of(relations.partnersInDepartment(code))));
    }

    private void country(String code) {
        Country c = library.reference().country(code).orElseThrow();
        termPage(c.name(), UrlScheme.country(code), strings.require("term.country_intro"), List.of(),
                append(territoriesCrumb(), new Crumb(strings.require("kinds.pays"), "pays/")),
                sections("term.projects", cards.of(relations.projectsInCountry(code)),
                        "term.partners", cards.of(relations.partnersInCountry(code))));
    }

    private void theme(String id) {
        Theme theme = library.theme(id).orElseThrow();
        termPage(theme.label(), UrlScheme.theme(id),
                theme.description() == null ? strings.require("term.theme_intro") : theme.description(), List.of(),
                List.of(new Crumb(strings.require("kinds.thematiques"), "thematiques/")), byKind(relations.entriesWithTheme(id)));
    }

    private void sdg(int n) {
        Sdg sdg = library.reference().sdg(n).orElseThrow();
        termPage(sdg.label(), UrlScheme.sdg(n), sdg.title(), List.of(), List.of(new Crumb(strings.require("kinds.odd"), "odd/")),
                byKind(relations.entriesWithSdg(n)));
    }

    /**
     * The indexes of departments and countries and the territories page: each term with the
     * number of cards its page shows, counted without making them.
     */
    private void territories() {
        List<TermLink> departments = new ArrayList<>();
        for (String code : relations.departments()) {
            departments.add(new TermLink(library.reference().department(code).orElseThrow().label(),
                    UrlScheme.department(code), relations.projectsInDepartment(code).size()
                    + relations.partnersInDepartment(code).size(), null, null));
        }
        List<TermLink> countries = new ArrayList<>();
        for (String code : relations.countries()) {
            countries.add(new TermLink(library.reference().country(code).orElseThrow().name(), UrlScheme.country(code),
                    relations.projectsInCountry(code).size() + relations.partnersInCountry(code).size(), null, null));
        }
        index("departements/", "kinds.departements", departments, true);
        index("pays/", "kinds.pays", countries, true);
        render("territories", "territoires/", new View.Groups(chrome("territoires/", strings.require("kinds.territoires"), null, List.of()),
                List.of(new Group(strings.require("kinds.departements"), "departements/", departments),
                        new Group(strings.require("kinds.pays"), "pays/", countries))));
    }

    /** A titled list of terms on the territories page. */
    public record Group(String title, String path, List<TermLink> terms) {
    }

    /** The indexes of themes and SDGs. */
    private void themesAndSdgs() {
        List<TermLink> themes = new ArrayList<>();
        for (String id : relations.themes()) {
            themes.add(new TermLink(library.theme(id).orElseThrow().label(), UrlScheme.theme(id),
                    shownByKind(relations.entriesWithTheme(id)), null, null));
        }
        index("thematiques/", "kinds.thematiques", themes, false);
        List<TermLink> sdgs = new ArrayList<>();
        for (int n : relations.sdgs()) {
            Sdg sdg = library.reference().sdg(n).orElseThrow();
            sdgs.add(new TermLink(sdg.label(), UrlScheme.sdg(n), shownByKind(relations.entriesWithSdg(n)), sdg.color(),
                    sdg.textColor()));
        }
        index("odd/", "kinds.odd", sdgs, false);
    }

    /** How many cards {@link #byKind} makes of {@code entries}. */
    private static int shownByKind(List<Entry> entries) {
        return (int) entries.stream().filter(e -> e instanceof ProjectSheet || e instanceof Guide
                || e instanceof PartnerProfile).count();
    }

    /** Renders the page of one department, country, theme or SDG. */
    private void termPage(String label, String path, String intro, List<String> facts, List<Crumb> crumbs,
                          List<Section> sections) {
        render("term", path, new View.Term(chrome(path, label, intro, crumbs), intro, facts, sections));
    }

    private static List<Crumb> append(List<Crumb> crumbs, Crumb last) {
        List<Crumb> out = new ArrayList<>(crumbs);
        out.add(last);
        return out;
    }

    private void index(String path, String titleKey, List<TermLink> terms, boolean underTerritories) {
        render("terms", path, new View.Terms(chrome(path, strings.require(titleKey), null, underTerritories
                ? List.of(new Crumb(strings.require("kinds.territoires"), "territoires/")) : List.of()), terms));
    }

    private void siteMap() {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(strings.require("nav.home"), "", List.of()));
        for (ContentKind kind : List.of(ContentKind.GUIDE, ContentKind.PROJECT, ContentKind.PARTNER, ContentKind.PAGE)) {
            List<TermLink> links = library.entries().stream().filter(e -> e.kind() == kind)
                    .sorted(java.util.Comparator.comparing(Entry::title))
                    .map(e -> new TermLink(e.title(), UrlScheme.entry(e), 0, null, null)).toList();
            String folder = kind == ContentKind.PAGE ? null : UrlScheme.listing(kind.folder(), 1);
            String title = kind == ContentKind.PAGE ? strings.require("kind.page") : strings.require("kinds." + kind.folder());
            groups.add(new Group(title, folder, links));
        }
        for (String path : List.of("territoires/", "thematiques/", "odd/")) {
            String key = "kinds." + path.substring(0, path.length() - 1);
            groups.add(new Group(strings.require(key), path, List.of()));
        }
        render("sitemap", "plan-du-site/", new View.Groups(chrome("plan-du-site/", strings.require("kinds.plan"), null, List.of()), groups));
    }

    private List<Section> byKind(List<Entry> entries) {
        return sections(
                "term.projects", cards.of(entries.stream().filter(e -> e instanceof ProjectSheet).toList()),
                "term.guides", cards.of(entries.stream().filter(e -> e instanceof Guide).toList()),
                "term.partners", cards.of(entries.stream().filter(e -> e instanceof PartnerProfile).toList()));
    }

    private List<Section> sections(Object... titleAndCards) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < titleAndCards.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Card> list = (List<Card>) titleAndCards[i + 1];
            if (!list.isEmpty()) {
                sections.add(new Section(strings.require((String) titleAndCards[i]), list));
            }
        }
        return sections;
    }

    private static int count(List<Section> sections) {
        return sections.stream().mapToInt(s -> s.cards().size()).sum();
    }

    /** The chrome of the page at site path {@code path}; a null description is the site's. */
    private View.Chrome chrome(String path, String title, String description, List<Crumb> crumbs) {
        String base = library.site().baseUrl();
        return new View.Chrome(library.site(), title, description == null ? library.site().description() : description,
                crumbs, base == null || path.equals("404.html") ? null : base + path,
                path.contains("/") ? path.substring(0, path.indexOf('/') + 1) : "", false);
    }

    private void render(String template, String path, View view) {
        String file = UrlScheme.file(path);
        planned.put(file, new Page(file, template, path, view, planning));
    }

    /**
     * Writes the HTML of {@code page} to {@code out} and returns what its templates looked up (as
     * {@link Dependencies} keys); empty after a template error, which goes to {@code report}
     * (what was written before it is then worthless). Thread-safe.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public Optional<Set<String>> render(Page page, Writer out, Consumer<Problem> report) throws IOException {
        try {
            Lookups lookups = new Lookups(library);
            pages.render(page.template(), page.path(), page.view(), lookups, out);
            return Optional.of(lookups.keys());
        } catch (PebbleException e) {
            String file = themeDir + "/templates/" + (e.getFileName() == null ? page.template() : e.getFileName()) + ".peb";
            report.accept(new Problem(file, e.getLineNumber() == null ? 0 : e.getLineNumber(), 0,
                    "erreur du gabarit en rendant « " + page.path() + " » : " + e.getPebbleMessage()));
        } catch (RuntimeException e) {
            report.accept(Problem.inFile(themeDir + "/templates/" + page.template() + ".peb",
                    "erreur du gabarit en rendant « " + page.path() + " » : " + e.getMessage()));
        }
        return Optional.empty();
    }
}
