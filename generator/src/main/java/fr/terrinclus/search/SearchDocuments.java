package fr.terrinclus.search;

import fr.terrinclus.html.Heading;
import fr.terrinclus.html.PageBody;
import fr.terrinclus.link.UrlScheme;
import fr.terrinclus.model.Changes;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.ProjectSheet;
import fr.terrinclus.model.Theme;
import fr.terrinclus.reference.Sdg;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the entries of a library into the documents of the search index, in site path order. */
public final class SearchDocuments {
    /** How much text excerpts are cut from: enough for the best passage of a long page. */
    static final int EXCERPT_CHARS = 2400;

    private SearchDocuments() {
    }

    /**
     * @param bodies each entry's rendered body, by source path
     * @param labels the theme's words for what results show
     */
    public static List<SearchDocument> of(Library library, Function<String, PageBody> bodies, SearchLabels labels) {
        return of(library, bodies, labels, new Memo());
    }

    /**
     * As {@link #of(Library, Function, SearchLabels)}, taking from {@code memo} the document of each
     * entry whose entry and body are the very objects of the previous call and whose partners
     * have the same names, and keeping this call's for the next: a live preview makes again only
     * the documents of the pages that changed, and the index compares the others by identity.
     * A memo serves only calls with the same theme's words.
     */
    public static List<SearchDocument> of(Library library, Function<String, PageBody> bodies, SearchLabels labels,
                                          Memo memo) {
        // a project's document names its partners: it changes with their names
        Map<String, String> names = new HashMap<>();
        library.partners().forEach(p -> names.put(p.id(), p.title()));
        Set<String> renamed = new HashSet<>(names.keySet());
        renamed.addAll(memo.partnerNames.keySet());
        renamed.removeIf(id -> Objects.equals(names.get(id), memo.partnerNames.get(id)));

        List<Entry> entries = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        boolean same = sameAddresses(library, memo.pages);
        if (same) {
            for (Made made : memo.pages) {
                entries.add(library.bySourcePath().get(made.entry().source().path()));
                addresses.add(made.address());
            }
        } else {
            // each page's address made once, not at every comparison of the sort
            SortedMap<String, Entry> byAddress = new TreeMap<>();
            library.entries().forEach(entry -> byAddress.put(UrlScheme.entry(entry), entry));
            entries.addAll(byAddress.values());
            addresses.addAll(byAddress.keySet());
        }
        // the page each entry had: at the same place when the addresses are the same
        Map<String, Made> before = same ? Map.of() : memo.bySource();
        List<SearchDocument> docs = new ArrayList<>();
        List<Made> pages = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            PageBody body = bodies.apply(entry.source().path());
            Made old = same ? memo.pages.get(i) : before.get(entry.source().path());
            SearchDocument doc;
            if (old != null && old.entry() == entry && old.body() == body
                    && (renamed.isEmpty() || Collections.disjoint(partnersOf(entry), renamed))) {
                doc = old.doc().id() == i ? old.doc() : renumbered(old.doc(), i);
            } else {
                doc = document(i, library, entry, body, addresses.get(i), labels);
            }
            pages.add(new Made(entry, body, addresses.get(i), doc));
            docs.add(doc);
        }
        memo.pages = pages;
        memo.partnerNames = names;
        return docs;
    }

    /** Whether the pages of {@code library} are those of {@code pages}: the same entries at the same addresses. */
    private static boolean sameAddresses(Library library, List<Made> pages) {
        if (pages.size() != library.entries().size()) {
            return false;
        }
        for (Made made : pages) {
            Entry now = library.bySourcePath().get(made.entry().source().path());
            if (now == null || now.kind() != made.entry().kind() || !now.id().equals(made.entry().id())) {
                return false;
            }
        }
        return true;
    }

    /** The documents of the pages of the last call, in their order, kept for the next one. Not thread-safe. */
    public static final class Memo {
        private List<Made> pages = List.of();
        private Map<String, String> partnerNames = Map.of();

        private Map<String, Made> bySource() {
            Map<String, Made> bySource = new HashMap<>();
            pages.forEach(made -> bySource.put(made.entry().source().path(), made));
            return bySource;
        }
    }

    /** An entry's document and what it was made from besides the theme's words. */
    private record Made(Entry entry, PageBody body, String address, SearchDocument doc) {
    }

    private static SearchDocument renumbered(SearchDocument doc, int id) {
        return new SearchDocument(id, doc.result(), doc.title(), doc.summary(), doc.headings(), doc.keywords(),
                doc.body(), doc.excerpt(), doc.facets());
    }

    private static SearchDocument document(int id, Library library, Entry entry, PageBody body, String address,
                                           SearchLabels labels) {
        String kind = entry.kind().singular();
        String summary = Objects.requireNonNullElse(entry.meta().summary(), "");
        SearchDocument.Result card = new SearchDocument.Result(kind, labels.kind(kind), entry.title(), address,
                summary, entry.meta().example(), labels.facts(entry));
        String text = ((body == null ? "" : body.text()) + " " + structuredText(entry)).strip();
        String headings = body == null ? "" : body.headings().stream().map(Heading::text).collect(Collectors.joining(" "));
        String excerpt = (summary + " " + text).strip();
        return new SearchDocument(id, card, entry.title(), summary, headings, keywords(library, entry, card),
                text, excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS) : excerpt, facets(entry, card));
    }

    /** The partners a project names, porteur first: its document's keywords show their names. */
    private static List<String> partnersOf(Entry entry) {
        if (!(entry instanceof ProjectSheet p)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        ids.add(p.holder());
        p.partners().forEach(participation -> ids.add(participation.partner()));
        return ids;
    }

    /** What a page shows outside its Markdown body: objectives, the change block, key points, members… */
    static String structuredText(Entry entry) {
        List<String> parts = new ArrayList<>();
        if (entry instanceof ProjectSheet p) {
            parts.addAll(p.objectives());
            p.partners().stream().map(ProjectSheet.Participation::role).filter(Objects::nonNull).forEach(parts::add);
            p.partnerAuthorities().forEach(a -> parts.add(a.name()));
            Changes c = p.changes();
            if (c != null) {
                Stream.of(c.context(), c.vision(), c.mission()).filter(Objects::nonNull).forEach(parts::add);
                for (Changes.Actor actor : c.actors()) {
                    parts.add(actor.name());
                    if (actor.soughtChange() != null) {
                        parts.add(actor.soughtChange());
                    }
                    Stream.of(actor.expected(), actor.hoped(), actor.ideal()).flatMap(List::stream)
                            .forEach(m -> parts.add(m.text()));
                }
                c.pathway().forEach(step -> {
                    parts.add(step.text());
                    parts.addAll(step.hypotheses());
                });
                c.strategies().forEach(st -> parts.add(st.text()));
                c.observations().forEach(o -> parts.add(o.text()));
                parts.addAll(c.lessons());
            }
        } else if (entry instanceof Guide g) {
            parts.addAll(g.keyPoints());
            g.documents().forEach(d -> parts.add(d.title()));
        } else if (entry instanceof PartnerProfile p) {
            parts.addAll(p.members());
            parts.addAll(p.roles());
        }
        return String.join(" ", parts);
    }

    private static String keywords(Library library, Entry entry, SearchDocument.Result card) {
        List<String> words = new ArrayList<>(card.facts());
        entry.meta().themes().forEach(id -> library.theme(id).map(Theme::label).ifPresent(words::add));
        entry.meta().sdgs().forEach(n -> library.reference().sdg(n).map(Sdg::label).ifPresent(words::add));
        partnersOf(entry).forEach(id -> library.partner(id).map(Entry::title).ifPresent(words::add));
        if (entry instanceof ProjectSheet p) {
            p.departments().forEach(words::add);
        } else if (entry instanceof PartnerProfile p) {
            if (p.acronym() != null) {
                words.add(p.acronym());
            }
            if (p.inseeCode() != null) {
                words.add(p.inseeCode());
            }
        }
        return String.join(" ; ", words);
    }

    private static SearchDocument.Facets facets(Entry entry, SearchDocument.Result card) {
        List<String> departments = List.of();
        List<String> countries = List.of();
        String status = null;
        if (entry instanceof ProjectSheet p) {
            departments = p.departments().stream().sorted().toList();
            countries = p.countries().stream().sorted().toList();
            status = p.status();
        } else if (entry instanceof PartnerProfile p) {
            departments = p.inseeCode() == null ? List.of() : List.of(p.inseeCode());
            countries = List.of(p.country());
        }
        return new SearchDocument.Facets(card.kind(), status, departments, countries,
                entry.meta().themes().stream().sorted().toList(), entry.meta().sdgs().stream().sorted().toList());
    }
}
