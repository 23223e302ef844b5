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
        return of(library, bodies, labels, new Texts());
    }

    /**
     * As {@link #of(Library, Map, SearchLabels)}, taking from {@code texts} the searchable text of
     * each entry and body that are the very objects of the previous call, and keeping this call's
     * for the next: a live preview joins again only the texts of the pages that changed, and the
     * index compares the others' texts by identity.
     */
    public static List<SearchDocument> of(Library library, Map<String, PageBody> bodies, SearchLabels labels,
                                          Texts texts) {
        // each page's address made once, not at every comparison of the sort
        SortedMap<String, Entry> byPath = new TreeMap<>();
        library.entries().forEach(entry -> byPath.put(UrlScheme.entry(entry), entry));
        List<SearchDocument> docs = new ArrayList<>();
        Map<String, Text> kept = new HashMap<>();
        for (Map.Entry<String, Entry> page : byPath.entrySet()) {
            Entry entry = page.getValue();
            String kind = entry.kind().singular();
            SearchDocument.Result card = new SearchDocument.Result(kind, labels.kind(kind), entry.title(),
                    page.getKey(), Objects.requireNonNullElse(entry.meta().summary(), ""), entry.meta().example(),
                    labels.facts(entry));
            PageBody body = bodies.get(entry.source().path());
            Text before = texts.bySource.get(entry.source().path());
            Text text = before != null && before.entry() == entry && before.body() == body ? before : Text.of(entry, body);
            kept.put(entry.source().path(), text);
            docs.add(new SearchDocument(docs.size(), card, entry.title(), text.summary(), text.headings(),
                    keywords(library, entry, card), text.text(), text.excerpt(), facets(entry, card)));
        }
        texts.bySource = kept;
        return docs;
    }

    /** The searchable texts of the entries of the last call, kept for the next one. Not thread-safe. */
    public static final class Texts {
        private Map<String, Text> bySource = Map.of();
    }

    /** What an entry and its body give to search, once joined. */
    private record Text(Entry entry, PageBody body, String summary, String headings, String text, String excerpt) {
        static Text of(Entry entry, PageBody body) {
            String summary = Objects.requireNonNullElse(entry.meta().summary(), "");
            String text = ((body == null ? "" : body.text()) + " " + structuredText(entry)).strip();
            String headings = body == null ? "" : body.headings().stream().map(Heading::text).collect(Collectors.joining(" "));
            String excerpt = (summary + " " + text).strip();
            return new Text(entry, body, summary, headings, text,
                    excerpt.length() > EXCERPT_CHARS ? excerpt.substring(0, EXCERPT_CHARS) : excerpt);
        }
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
        if (entry instanceof ProjectSheet p) {
            Stream.concat(Stream.of(p.holder()), p.partners().stream().map(ProjectSheet.Participation::partner))
                    .forEach(id -> library.partner(id).map(Entry::title).ifPresent(words::add));
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
