package fr.terrinclus.search;

import fr.terrinclus.Workers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The browser's index of a site kept in memory between builds (the live preview), brought up to
 * date page by page. When the pages are the same ones in the same order — their text, cards or
 * facets changed — only the changed pages are analysed again and their terms replaced in the
 * postings, and only the files that show them are made again: the postings shards that hold a
 * changed term (and those after, when the shards' boundaries move), the lexicon files of the
 * surface forms whose term or page count changed, the changed pages' card groups and excerpts,
 * the facet file and the manifest when their bytes differ. A page added, removed or moved
 * renumbers those after it: then every file is made again, from the analyses kept.
 *
 * <p>After each update the files are those {@link ClientIndex#files} makes of the same pages, byte
 * for byte. One update at a time.
 */
public final class LiveIndex {
    /**
     * What an update did to the index's files (paths relative to the search data folder).
     *
     * @param made    the files made again, new or changed (a few may hold the bytes they had)
     * @param removed the files that are no longer part of the index
     */
    public record Changes(SortedMap<String, byte[]> made, SortedSet<String> removed) {
    }

    /** A term's postings in base64, and their size before it (what shards are cut by). */
    private record Encoded(String base64, int bytes) {
        static Encoded of(Postings postings, String term) {
            byte[] bytes = postings.encode(term);
            return new Encoded(Base64.getEncoder().encodeToString(bytes), bytes.length);
        }
    }

    private static final int FIELDS = SearchDocument.Field.values().length;

    private List<SearchDocument> docs = List.of();
    private List<ClientIndex.Analysed> analysed = List.of();
    /** Each page's analysis by its searchable text: a page whose text did not change is not analysed again. */
    private Map<List<String>, ClientIndex.Analysed> byText = new HashMap<>();
    private final Map<String, String> surfaceOf = new ConcurrentHashMap<>();
    /** Null until the first update, and after an update that failed: the next makes everything. */
    private Postings postings;
    private final Map<String, Encoded> encoded = new HashMap<>();
    private final TreeSet<String> terms = new TreeSet<>();
    private List<List<String>> shards = List.of();
    /** Per surface form, how many pages give it each term (a page gives a form the term of its first token). */
    private final Map<String, Map<String, Integer>> surfaceTerms = new HashMap<>();
    /** Per surface form, what the lexicon says: the term the first page that has it gives it. */
    private final Map<String, String> surfaceTerm = new HashMap<>();
    /** Per term, the surface forms the lexicon gives it. */
    private final Map<String, Set<String>> termSurfaces = new HashMap<>();
    /** Per lexicon file key, its surface forms in order. */
    private final TreeMap<String, TreeSet<String>> lexicon = new TreeMap<>();
    /** Per facet, its values and their labels, as the manifest gives them. */
    private Map<String, Map<String, Object>> facets = Map.of();
    /** Per facet, how many pages have each value: the values of the dictionaries, kept without reading every page. */
    private final Map<String, Map<String, Integer>> facetCounts = new HashMap<>();
    private byte[] facetFile = new byte[0];
    private byte[] manifest = new byte[0];
    private final Set<String> files = new HashSet<>();

    /**
     * Brings the index up to date with {@code next}, the site's pages as they now are.
     *
     * @param label   the label of a facet value: {@code (facet, value) → text}
     * @param workers the threads pages are analysed on
     */
    public Changes update(List<SearchDocument> next, BiFunction<String, String, String> label, Workers workers) {
        try {
            return samePages(next) ? changed(next, label, workers) : everything(next, label, workers);
        } catch (RuntimeException e) {
            postings = null;
            throw e;
        }
    }

    /** Every file of the index, by path relative to the search data folder. */
    public Set<String> files() {
        return Set.copyOf(files);
    }

    private boolean samePages(List<SearchDocument> next) {
        if (postings == null || next.size() != docs.size()) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).result().path().equals(docs.get(i).result().path())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> textOf(SearchDocument doc) {
        return List.of(doc.title(), doc.summary(), doc.headings(), doc.keywords(), doc.body(), doc.details());
    }

    private ClientIndex.Analysed analyse(SearchDocument doc) {
        ClientIndex.Analysed kept = byText.get(textOf(doc));
        return kept != null ? kept : ClientIndex.Analysed.of(doc, surfaceOf);
    }

    private Changes everything(List<SearchDocument> next, BiFunction<String, String, String> label, Workers workers) {
        List<ClientIndex.Analysed> made = workers.map(next, this::analyse);
        Map<List<String>, ClientIndex.Analysed> kept = new HashMap<>();
        postings = new Postings(FIELDS);
        surfaceTerms.clear();
        surfaceTerm.clear();
        termSurfaces.clear();
        lexicon.clear();
        for (int d = 0; d < next.size(); d++) {
            kept.put(textOf(next.get(d)), made.get(d));
            for (int f = 0; f < FIELDS; f++) {
                postings.add(d, f, made.get(d).fields().get(f));
            }
            made.get(d).surfaces().forEach((surface, term) -> {
                surfaceTerms.computeIfAbsent(surface, s -> new HashMap<>()).merge(term, 1, Integer::sum);
                if (surfaceTerm.putIfAbsent(surface, term) == null) {
                    termSurfaces.computeIfAbsent(term, t -> new HashSet<>()).add(surface);
                    lexicon.computeIfAbsent(ClientIndex.lexiconKey(surface), k -> new TreeSet<>()).add(surface);
                }
            });
        }
        byText = kept;
        terms.clear();
        terms.addAll(postings.terms());
        encoded.clear();
        List<String> all = new ArrayList<>(terms);
        List<Encoded> encodings = workers.map(all, term -> Encoded.of(postings, term));
        for (int i = 0; i < all.size(); i++) {
            encoded.put(all.get(i), encodings.get(i));
        }
        docs = List.copyOf(next);
        analysed = made;
        shards = shards();

        SortedMap<String, byte[]> out = new TreeMap<>();
        for (int s = 0; s < shards.size(); s++) {
            out.put(ClientIndex.shardFileName(s), shardFile(s));
        }
        lexicon.keySet().forEach(key -> out.put(ClientIndex.lexiconFileName(key), lexiconFile(key)));
        for (int g = 0; g * ClientIndex.GROUP < next.size(); g++) {
            out.put(ClientIndex.cardFileName(g), ClientIndex.cardFile(next, g));
        }
        next.forEach(doc -> out.put(ClientIndex.excerptFileName(doc.id()), ClientIndex.excerptFile(doc)));
        out.put(ClientIndex.ANALYSIS, ClientIndex.analysisFile());
        facetCounts.clear();
        next.forEach(doc -> count(doc.facets(), 1));
        facets = ClientIndex.facetDictionaries(facetValues(), label);
        facetFile = facetTable(next, facets);
        out.put(ClientIndex.FACETS, facetFile);
        manifest = manifest(facets);
        out.put(ClientIndex.MANIFEST, manifest);

        SortedSet<String> removed = new TreeSet<>(files);
        removed.removeAll(out.keySet());
        files.clear();
        files.addAll(out.keySet());
        return new Changes(out, removed);
    }

    private Changes changed(List<SearchDocument> next, BiFunction<String, String, String> label, Workers workers) {
        List<SearchDocument> previousDocs = docs;
        List<Integer> changedPages = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            // a page's document is the same object when nothing it shows changed
            if (next.get(i) != previousDocs.get(i) && !next.get(i).equals(previousDocs.get(i))) {
                changedPages.add(i);
            }
        }
        List<ClientIndex.Analysed> fresh = workers.map(changedPages, i -> analyse(next.get(i)));
        List<ClientIndex.Analysed> nowAnalysed = new ArrayList<>(analysed);
        Set<String> changedTerms = new HashSet<>();
        Set<String> changedSurfaces = new HashSet<>();
        Map<String, Integer> docFreqBefore = new HashMap<>();
        for (int c = 0; c < changedPages.size(); c++) {
            int page = changedPages.get(c);
            ClientIndex.Analysed before = analysed.get(page);
            ClientIndex.Analysed after = fresh.get(c);
            if (before == after) {
                continue;
            }
            byText.remove(textOf(previousDocs.get(page)));
            byText.put(textOf(next.get(page)), after);
            nowAnalysed.set(page, after);
            for (int f = 0; f < FIELDS; f++) {
                before.fields().get(f).frequencies().keySet().forEach(t -> docFreqBefore.computeIfAbsent(t, postings::docFreq));
                after.fields().get(f).frequencies().keySet().forEach(t -> docFreqBefore.computeIfAbsent(t, postings::docFreq));
            }
            changedTerms.addAll(postings.replace(page, before.fields(), after.fields()));
            before.surfaces().forEach((surface, term) -> {
                if (!term.equals(after.surfaces().get(surface))) {
                    changedSurfaces.add(surface);
                    surfaceTerms.get(surface).merge(term, -1, (a, b) -> a + b == 0 ? null : a + b);
                }
            });
            after.surfaces().forEach((surface, term) -> {
                if (!term.equals(before.surfaces().get(surface))) {
                    changedSurfaces.add(surface);
                    surfaceTerms.computeIfAbsent(surface, s -> new HashMap<>()).merge(term, 1, Integer::sum);
                }
            });
        }
        docs = List.copyOf(next);
        analysed = nowAnalysed;

        Set<String> changedKeys = new HashSet<>();
        for (String surface : changedSurfaces) {
            if (resolve(surface)) {
                changedKeys.add(ClientIndex.lexiconKey(surface));
            }
        }
        docFreqBefore.forEach((term, before) -> {
            if (postings.docFreq(term) != before) {
                termSurfaces.getOrDefault(term, Set.of()).forEach(s -> changedKeys.add(ClientIndex.lexiconKey(s)));
            }
        });
        for (String term : changedTerms) {
            if (postings.contains(term)) {
                terms.add(term);
                encoded.put(term, Encoded.of(postings, term));
            } else {
                terms.remove(term);
                encoded.remove(term);
            }
        }

        SortedMap<String, byte[]> out = new TreeMap<>();
        SortedSet<String> removed = new TreeSet<>();
        List<List<String>> previous = shards;
        List<List<String>> nextShards = shards(previous, new TreeSet<>(changedTerms));
        shards = nextShards;
        for (int s = 0; s < nextShards.size(); s++) {
            // a shard kept as it was holds no changed term
            if (s >= previous.size() || nextShards.get(s) != previous.get(s) && (!nextShards.get(s).equals(previous.get(s))
                    || nextShards.get(s).stream().anyMatch(changedTerms::contains))) {
                out.put(ClientIndex.shardFileName(s), shardFile(s));
            }
        }
        for (int s = nextShards.size(); s < previous.size(); s++) {
            removed.add(ClientIndex.shardFileName(s));
        }
        for (String key : changedKeys) {
            if (lexicon.containsKey(key)) {
                out.put(ClientIndex.lexiconFileName(key), lexiconFile(key));
            } else {
                removed.add(ClientIndex.lexiconFileName(key));
            }
        }
        for (int page : changedPages) {
            if (!next.get(page).result().equals(previousDocs.get(page).result())) {
                int group = page / ClientIndex.GROUP;
                out.put(ClientIndex.cardFileName(group), ClientIndex.cardFile(next, group));
            }
            if (!next.get(page).excerpt().equals(previousDocs.get(page).excerpt())) {
                out.put(ClientIndex.excerptFileName(page), ClientIndex.excerptFile(next.get(page)));
            }
        }
        boolean facetsMoved = false;
        for (int page : changedPages) {
            if (!next.get(page).facets().equals(previousDocs.get(page).facets())) {
                count(previousDocs.get(page).facets(), -1);
                count(next.get(page).facets(), 1);
                facetsMoved = true;
            }
        }
        // labels are made again: they are the theme's, which may have changed
        Map<String, Map<String, Object>> nextFacets = ClientIndex.facetDictionaries(facetValues(), label);
        // the facet table is every page's values: made again only when one of them may have moved
        if (facetsMoved || !nextFacets.equals(facets)) {
            byte[] table = facetTable(next, nextFacets);
            if (!Arrays.equals(table, facetFile)) {
                facetFile = table;
                out.put(ClientIndex.FACETS, table);
            }
        }
        facets = nextFacets;
        byte[] nextManifest = manifest(facets);
        if (!Arrays.equals(nextManifest, manifest)) {
            manifest = nextManifest;
            out.put(ClientIndex.MANIFEST, nextManifest);
        }
        removed.removeIf(name -> !files.contains(name));
        files.removeAll(removed);
        files.addAll(out.keySet());
        return new Changes(out, removed);
    }

    private void count(SearchDocument.Facets facets, int delta) {
        for (String facet : ClientIndex.FACET_NAMES) {
            Map<String, Integer> counts = facetCounts.computeIfAbsent(facet, f -> new HashMap<>());
            ClientIndex.valuesOf(facets, facet).forEach(value -> counts.merge(value, delta, (a, b) -> a + b == 0 ? null : a + b));
        }
    }

    private Map<String, Set<String>> facetValues() {
        Map<String, Set<String>> values = new HashMap<>();
        ClientIndex.FACET_NAMES.forEach(facet -> values.put(facet, facetCounts.getOrDefault(facet, Map.of()).keySet()));
        return values;
    }

    /**
     * Settles which term the lexicon gives {@code surface} after pages changed, keeping the
     * lexicon's indexes in step; returns whether it changed.
     */
    private boolean resolve(String surface) {
        Map<String, Integer> counts = surfaceTerms.get(surface);
        if (counts != null && counts.isEmpty()) {
            surfaceTerms.remove(surface);
            counts = null;
        }
        String before = surfaceTerm.get(surface);
        String after = counts == null ? null : counts.size() == 1 ? counts.keySet().iterator().next() : firstTerm(surface);
        if (Objects.equals(before, after)) {
            return false;
        }
        String key = ClientIndex.lexiconKey(surface);
        if (before != null) {
            Set<String> of = termSurfaces.get(before);
            of.remove(surface);
            if (of.isEmpty()) {
                termSurfaces.remove(before);
            }
        }
        if (after == null) {
            surfaceTerm.remove(surface);
            TreeSet<String> forms = lexicon.get(key);
            forms.remove(surface);
            if (forms.isEmpty()) {
                lexicon.remove(key);
            }
        } else {
            surfaceTerm.put(surface, after);
            termSurfaces.computeIfAbsent(after, t -> new HashSet<>()).add(surface);
            lexicon.computeIfAbsent(key, k -> new TreeSet<>()).add(surface);
        }
        return true;
    }

    /** The term the first page that has {@code surface} gives it, as a clean build's lexicon says. */
    private String firstTerm(String surface) {
        for (ClientIndex.Analysed page : analysed) {
            String term = page.surfaces().get(surface);
            if (term != null) {
                return term;
            }
        }
        throw new IllegalStateException("forme absente : " + surface);
    }

    /** The shards of the terms as they are, each a run of terms in order. */
    private List<List<String>> shards() {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int size = 0;
        for (String term : terms) {
            int bytes = encoded.get(term).bytes();
            if (ClientIndex.endsShard(size, bytes)) {
                out.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(term);
            size += ClientIndex.shardSize(term, bytes);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /**
     * The shards after {@code changed} terms were added, removed or encoded again, cut as
     * {@link #shards()} cuts them: a shard is kept when no changed term is in its range or is the
     * next one's first (which decides where it ends); from a shard that is not, terms are cut again
     * until a cut falls on the first term of a shard of before, from where the cuts are the same.
     */
    private List<List<String>> shards(List<List<String>> before, NavigableSet<String> changed) {
        if (before.isEmpty()) {
            return shards();
        }
        if (changed.isEmpty()) {
            return before;
        }
        List<String> starts = before.stream().map(shard -> shard.get(0)).toList();
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        while (i < before.size()) {
            String upTo = i + 1 < before.size() ? starts.get(i + 1) : null;
            String first = i == 0 ? changed.first() : changed.ceiling(starts.get(i));
            if (first == null || upTo != null && first.compareTo(upTo) > 0) {
                out.add(before.get(i++));
                continue;
            }
            // cut again from this shard's start, which the kept shard before it did not move
            Iterable<String> from = i == 0 ? terms : terms.tailSet(starts.get(i), true);
            List<String> current = new ArrayList<>();
            int size = 0;
            int resumeAt = before.size();
            for (String term : from) {
                int bytes = encoded.get(term).bytes();
                if (ClientIndex.endsShard(size, bytes)) {
                    out.add(current);
                    current = new ArrayList<>();
                    size = 0;
                    int at = Collections.binarySearch(starts, term);
                    if (at > i) {
                        resumeAt = at;
                        break;
                    }
                }
                current.add(term);
                size += ClientIndex.shardSize(term, bytes);
            }
            if (!current.isEmpty()) {
                out.add(current);
            }
            i = resumeAt;
        }
        return out;
    }

    private byte[] shardFile(int shard) {
        List<String> of = shards.get(shard);
        return ClientIndex.shardFile(shard, of, of.stream().map(t -> encoded.get(t).base64()).toList());
    }

    private byte[] lexiconFile(String key) {
        List<List<Object>> entries = new ArrayList<>();
        for (String surface : lexicon.get(key)) {
            entries.add(ClientIndex.lexiconEntry(surface, surfaceTerm.get(surface), postings));
        }
        return ClientIndex.lexiconFile(key, entries);
    }

    private byte[] manifest(Map<String, Map<String, Object>> facets) {
        List<String> starts = shards.stream().map(s -> s.get(0)).toList();
        return ClientIndex.manifestFile(docs.size(), postings, starts, new ArrayList<>(lexicon.keySet()), facets);
    }

    private static byte[] facetTable(List<SearchDocument> docs, Map<String, Map<String, Object>> facets) {
        return ClientIndex.facetFile(docs.stream().map(SearchDocument::facets).toList(), facets);
    }
}
