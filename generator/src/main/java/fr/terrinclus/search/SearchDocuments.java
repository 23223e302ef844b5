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
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        return of(library, bodies, labels, Memo.NONE, null).documents();
    }

    /**
     * As {@link #of(Library, Function, SearchLabels)}, for a live preview: the documents of
     * {@code previous} (made with the same theme's words) serve again for the entries whose entry
     * and body are the very objects they were made from and whose partners have the same names,
     * and the index compares them by identity. When {@code changed} names the source paths whose
     * entry or body may differ since {@code previous} (null: not known), and no page came, went or
     * was renamed, only theirs are looked at.
     */
    public static Memo of(Library library, Function<String, PageBody> bodies, SearchLabels labels, Memo previous,
                          Collection<String> changed) {
        if (changed != null && previous.positions != null) {
            Optional<Memo> next = previous.changed(library, bodies, labels, changed);
            if (next.isPresent()) {
                return next.get();
            }
        }
        // a project's document names its partners: it changes with their names
        Map<String, String> names = partnerNames(library);
        Set<String> renamed = new HashSet<>(names.keySet());
        renamed.addAll(previous.partnerNames.keySet());
        renamed.removeIf(id -> Objects.equals(names.get(id), previous.partnerNames.get(id)));
        Map<String, Made> before = new HashMap<>();
        previous.pages.forEach(made -> before.put(made.entry().source().path(), made));
        // each page's address made once, not at every comparison of the sort
        SortedMap<String, Entry> byAddress = new TreeMap<>();
        for (Entry entry : library.entries()) {
            Made old = before.get(entry.source().path());
            byAddress.put(old != null && old.entry() == entry ? old.address() : UrlScheme.entry(entry), entry);
        }
        List<SearchDocument> docs = new ArrayList<>();
        List<Made> pages = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (Map.Entry<String, Entry> page : byAddress.entrySet()) {
            int i = docs.size();
            Entry entry = page.getValue();
            PageBody body = bodies.apply(entry.source().path());
            Made old = before.get(entry.source().path());
            SearchDocument doc;
            if (old != null && old.entry() == entry && old.body() == body
                    && (renamed.isEmpty() || Collections.disjoint(partnersOf(entry), renamed))) {
                doc = old.doc().id() == i ? old.doc() : renumbered(old.doc(), i);
            } else {
                doc = document(i, library, entry, body, page.getKey(), labels);
            }
            pages.add(new Made(entry, body, page.getKey(), doc));
            docs.add(doc);
            positions.put(entry.source().path(), i);
        }
        return new Memo(docs, pages, positions, names);
    }

    private static Map<String, String> partnerNames(Library library) {
        Map<String, String> names = new HashMap<>();
        library.partners().forEach(p -> names.put(p.id(), p.title()));
        return names;
    }

    /**
     * The documents of a site's pages in their order, and what they were made from: kept from one
     * update of a live preview to the next. Immutable.
     */
    public static final class Memo {
        /** No documents: the first call makes them all. */
        public static final Memo NONE = new Memo(List.of(), List.of(), null, Map.of());

        private final List<SearchDocument> docs;
        private final List<Made> pages;
        /** Each page's position by source path; null when not known. */
        private final Map<String, Integer> positions;
        private final Map<String, String> partnerNames;

        private Memo(List<SearchDocument> docs, List<Made> pages, Map<String, Integer> positions,
                     Map<String, String> partnerNames) {
            this.docs = List.copyOf(docs);
            this.pages = List.copyOf(pages);
            this.positions = positions;
            this.partnerNames = partnerNames;
        }

        /** The search documents of the site's pages, in site path order. */
        public List<SearchDocument> documents() {
            return docs;
        }

        /**
         * These documents with those at {@code changed} made again, when every page stays at its
         * place and no partner is renamed; empty otherwise.
         */
        private Optional<Memo> changed(Library library, Function<String, PageBody> bodies, SearchLabels labels,
                                       Collection<String> changed) {
            List<SearchDocument> nextDocs = new ArrayList<>(docs);
            List<Made> nextPages = new ArrayList<>(pages);
            for (String path : changed) {
                Integer i = positions.get(path);
                Entry entry = library.bySourcePath().get(path);
                if (i == null || entry == null) {
                    return Optional.empty();
                }
                Made old = pages.get(i);
                boolean renamed = entry instanceof PartnerProfile && !entry.title().equals(partnerNames.get(entry.id()));
                if (entry.kind() != old.entry().kind() || !entry.id().equals(old.entry().id()) || renamed) {
                    return Optional.empty();
                }
                PageBody body = bodies.apply(path);
                if (old.entry() != entry || old.body() != body) {
                    SearchDocument doc = document(i, library, entry, body, old.address(), labels);
                    nextDocs.set(i, doc);
                    nextPages.set(i, new Made(entry, body, old.address(), doc));
                }
            }
            return Optional.of(new Memo(nextDocs, nextPages, positions, partnerNames));
        }
    }

    /** An entry's document and what it was made from besides the theme's words. */
    private record Made(Entry entry, PageBody body, String address, SearchDocument doc) {
    }

    private static SearchDocument renumbered(SearchDocument doc, int id) {
        return new SearchDocument(id, doc.result(), doc.title(), doc.summary(), doc.headings(), doc.keywords(),
                doc.body(), doc.details(), doc.excerpt(), doc.facets());
    }

    private static SearchDocument document(int id, Library library, Entry entry, PageBody body, String address,
                                           SearchLabels labels) {
        String kind = entry.kind().singular();
        String summary = Objects.requireNonNullElse(entry.meta().summary(), "");
        SearchDocument.Result card = new SearchDocument.Result(kind, labels.kind(kind), entry.title(), address,
                summary, entry.meta().example(), labels.facts(entry));
        // the body's text is shared with the page being rendered: a copy would be a second one per page
        String text = body == null ? "" : body.text().strip();
        String details = structuredText(entry).strip();
        String headings = body == null ? "" : body.headings().stream().map(Heading::text).collect(Collectors.joining(" "));
        String excerpt = (summary + " " + SearchDocument.joined(text, details)).strip();
        return new SearchDocument(id, card, entry.title(), summary, headings, keywords(library, entry, card),
                text, details, excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS) : excerpt,
                facets(entry, card));
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
            status = p.status().code();
        } else if (entry instanceof PartnerProfile p) {
            departments = p.inseeCode() == null ? List.of() : List.of(p.inseeCode());
            countries = List.of(p.country());
        }
        return new SearchDocument.Facets(card.kind(), status, departments, countries,
                entry.meta().themes().stream().sorted().toList(), entry.meta().sdgs().stream().sorted().toList());
    }
}
