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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
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
    public static List<SearchDocument> of(Library library, Map<String, PageBody> bodies, SearchLabels labels) {
        return of(library, bodies, labels, new Memo());
    }

    /**
     * As {@link #of(Library, Map, SearchLabels)}, taking from {@code memo} the document of each
     * entry whose entry and body are the very objects of the previous call and whose partners
     * have the same names, and keeping this call's for the next: a live preview makes again only
     * the documents of the pages that changed, and the index compares the others by identity.
     * A memo serves only calls with the same theme's words.
     */
    public static List<SearchDocument> of(Library library, Map<String, PageBody> bodies, SearchLabels labels,
                                          Memo memo) {
        // each page's address made once, not at every comparison of the sort
        SortedMap<String, Entry> byPath = new TreeMap<>();
        for (Entry entry : library.entries()) {
            Made before = memo.bySource.get(entry.source().path());
            byPath.put(before != null && before.entry() == entry ? before.address() : UrlScheme.entry(entry), entry);
        }
        List<SearchDocument> docs = new ArrayList<>();
        Map<String, Made> kept = new HashMap<>();
        for (Map.Entry<String, Entry> page : byPath.entrySet()) {
            Entry entry = page.getValue();
            PageBody body = bodies.get(entry.source().path());
            List<String> partners = partnerNames(library, entry);
            Made before = memo.bySource.get(entry.source().path());
            SearchDocument doc;
            if (before != null && before.entry() == entry && before.body() == body && before.partners().equals(partners)) {
                doc = before.doc().id() == docs.size() ? before.doc() : renumbered(before.doc(), docs.size());
            } else {
                doc = document(docs.size(), library, entry, body, partners, page.getKey(), labels);
            }
            kept.put(entry.source().path(), new Made(entry, body, partners, page.getKey(), doc));
            docs.add(doc);
        }
        memo.bySource = kept;
        return docs;
    }

    /** The documents of the entries of the last call, kept for the next one. Not thread-safe. */
    public static final class Memo {
        private Map<String, Made> bySource = Map.of();
    }

    /** An entry's document and what it was made from besides the theme's words. */
    private record Made(Entry entry, PageBody body, List<String> partners, String address, SearchDocument doc) {
    }

    private static SearchDocument renumbered(SearchDocument doc, int id) {
        return new SearchDocument(id, doc.result(), doc.title(), doc.summary(), doc.headings(), doc.keywords(),
                doc.body(), doc.excerpt(), doc.facets());
    }

    private static SearchDocument document(int id, Library library, Entry entry, PageBody body, List<String> partners,
                                           String address, SearchLabels labels) {
        String kind = entry.kind().singular();
        String summary = Objects.requireNonNullElse(entry.meta().summary(), "");
        SearchDocument.Result card = new SearchDocument.Result(kind, labels.kind(kind), entry.title(), address,
                summary, entry.meta().example(), labels.facts(entry));
        String text = ((body == null ? "" : body.text()) + " " + structuredText(entry)).strip();
        String headings = body == null ? "" : body.headings().stream().map(Heading::text).collect(Collectors.joining(" "));
        String excerpt = (summary + " " + text).strip();
        return new SearchDocument(id, card, entry.title(), summary, headings, keywords(library, entry, card, partners),
                text, excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS) : excerpt, facets(entry, card));
    }

    /** The names of a project's porteur and partners, in its order: its document's keywords show them. */
    private static List<String> partnerNames(Library library, Entry entry) {
        if (!(entry instanceof ProjectSheet p)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Stream.concat(Stream.of(p.holder()), p.partners().stream().map(ProjectSheet.Participation::partner))
                .forEach(id -> library.partner(id).map(Entry::title).ifPresent(names::add));
        return names;
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

    private static String keywords(Library library, Entry entry, SearchDocument.Result card, List<String> partners) {
        List<String> words = new ArrayList<>(card.facts());
        entry.meta().themes().forEach(id -> library.theme(id).map(Theme::label).ifPresent(words::add));
        entry.meta().sdgs().forEach(n -> library.reference().sdg(n).map(Sdg::label).ifPresent(words::add));
        words.addAll(partners);
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
