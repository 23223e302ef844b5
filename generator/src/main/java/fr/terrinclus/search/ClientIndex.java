package fr.terrinclus.search;

import fr.terrinclus.Workers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.lucene.util.SmallFloat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the search index the browser reads, as classic scripts that hand their data to
 * {@code TerrinclusSearch.receive(name, data)}: loaded with {@code <script>} elements, they work
 * from {@code file://}, where {@code fetch} is blocked, and over HTTP alike.
 *
 * <ul>
 *   <li>{@code manifeste.js}: the format version, where each kind of file lives, the fields of a
 *       card, the facets in the order pages show them, field
 *       statistics, Lucene's length table, the first term of each postings shard, lexicon keys,
 *       facet dictionaries;</li>
 *   <li>{@code analyse.js}: the analysis tables ({@link AnalysisTables});</li>
 *   <li>{@code t/N.js}: postings of a contiguous range of terms (~12 KB each), per field
 *       document gaps, term frequencies and length norms as base64 varints;</li>
 *   <li>{@code l/HEX.js}: surface forms starting with the same two letters and their terms, for
 *       prefix search and typo tolerance;</li>
 *   <li>{@code f.js}: facet values of every page, loaded for facet counts and filters;</li>
 *   <li>{@code c/N.js}: result cards by groups of 4 pages, each an array of the card fields the
 *       manifest names; {@code x/N.js}: one page's excerpt text.</li>
 * </ul>
 * N is a decimal number without padding.
 *
 * <p>Statistics follow Lucene exactly (per-field document count, total term frequency, one-byte
 * norms), so that the browser's BM25 scores equal Lucene's.
 */
public final class ClientIndex {
    /**
     * The version of the browser index format; the engine refuses any other. 2: files numbered in
     * unpadded decimal, folders named in the manifest. 3: cards as arrays of the fields the manifest
     * names, the facet table's file and the facets' order named in the manifest.
     */
    public static final int FORMAT_VERSION = 3;
    /** What a result card holds, in the order of its array: the manifest gives these names to the engine. */
    static final List<String> CARD_FIELDS = List.of("titre", "chemin", "type", "faits", "resume", "exemple");
    /** Target size of a postings shard, before base64. */
    static final int SHARD_BYTES = 12 * 1024;
    /** Pages per card file. */
    static final int GROUP = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Pages analysed together before their terms are merged: enough to keep every thread busy, few
     * enough that their counted terms are merged before the young generation fills (at 10,000
     * pages, 512 made the stage about a fifth slower once the heap was smaller).
     */
    private static final int ANALYSIS_BATCH = 128;
    private static final SearchDocument.Field[] FIELDS = SearchDocument.Field.values();

    private ClientIndex() {
    }

    /**
     * The files of the index, by path relative to the search data folder.
     *
     * @param label   the label of a facet value: {@code (facet, value) → text}
     * @param workers the threads the documents are analysed on
     */
    public static SortedMap<String, byte[]> files(List<SearchDocument> docs, BiFunction<String, String, String> label,
                                                  Workers workers) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        write(new ArrayList<>(docs), label, workers, files::put);
        return files;
    }

    /**
     * Gives each file of the index to {@code out} as soon as it is made, and returns their number.
     * Takes the documents out of {@code docs} (which is empty on return) batch by batch as they are
     * indexed, with their excerpt and card files: at 10,000 pages, holding neither every page's
     * text nor every file until the end lowers the stage's memory by about 150 MB.
     */
    public static int write(List<SearchDocument> docs, BiFunction<String, String, String> label, Workers workers,
                            BiConsumer<String, byte[]> out) {
        int[] count = new int[1];
        BiConsumer<String, byte[]> counted = (name, bytes) -> {
            out.accept(name, bytes);
            count[0]++;
        };
        int n = docs.size();
        Postings postings = new Postings(FIELDS.length);
        List<SearchDocument.Facets> facets = new ArrayList<>(n);
        // analysis, the costly part, on every thread, in batches that bound what is held at once;
        // merged in document order, so the index is the same whatever the threads
        Map<String, String> surfaceOf = new ConcurrentHashMap<>();
        // surface form → the term of its first token
        Map<String, String> surfaces = new HashMap<>();
        // each batch is merged while the next one is analysed
        List<SearchDocument> next = take(docs, 0);
        Function<SearchDocument, Resolved> analyse = doc -> Resolved.of(Analysed.of(doc, surfaceOf), postings);
        Workers.Pending<Resolved> analysing = workers.start(next, analyse);
        for (int from = 0; from < n; from += ANALYSIS_BATCH) {
            List<SearchDocument> batch = next;
            List<Resolved> analysed = analysing.join();
            next = take(docs, from + ANALYSIS_BATCH);
            analysing = workers.start(next, analyse);
            for (int d = 0; d < batch.size(); d++) {
                for (int f = 0; f < FIELDS.length; f++) {
                    postings.add(batch.get(d).id(), f, analysed.get(d).fields().get(f));
                }
                analysed.get(d).surfaces().forEach(surfaces::putIfAbsent);
                facets.add(batch.get(d).facets());
                counted.accept(excerptFileName(batch.get(d).id()), excerptFile(batch.get(d)));
            }
            // a batch holds whole card groups: it starts at a multiple of ANALYSIS_BATCH, itself one of GROUP
            for (int first = 0; first < batch.size(); first += GROUP) {
                int group = (from + first) / GROUP;
                counted.accept(cardFileName(group), cardFile(group, batch.subList(first, Math.min(batch.size(), first + GROUP))));
            }
        }
        docs.clear();
        List<String> shardStarts = writeShards(postings, counted);
        List<String> lexiconKeys = writeLexicon(new TreeMap<>(surfaces), postings, counted);
        Map<String, Map<String, Object>> dictionaries = facetDictionaries(facets, label);
        counted.accept(FACETS, facetFile(facets, dictionaries));
        counted.accept(ANALYSIS, analysisFile());
        counted.accept(MANIFEST, manifestFile(n, postings, shardStarts, lexiconKeys, dictionaries));
        return count[0];
    }

    /** The batch of pages from {@code from}, their slots of {@code docs} emptied. */
    private static List<SearchDocument> take(List<SearchDocument> docs, int from) {
        List<SearchDocument> batch = new ArrayList<>();
        for (int i = from; i < Math.min(docs.size(), from + ANALYSIS_BATCH); i++) {
            batch.add(docs.set(i, null));
        }
        return batch;
    }

    /** The facet table's script, named in the manifest. */
    private static final String FACETS_NAME = "f";
    static final String FACETS = FACETS_NAME + ".js";
    static final String ANALYSIS = "analyse.js";
    /** The manifest, the file the engine and the editors' search read first. */
    public static final String MANIFEST = "manifeste.js";

    static String cardFileName(int group) {
        return "c/" + number(group) + ".js";
    }

    /** The cards of group {@code group}'s pages. */
    static byte[] cardFile(List<SearchDocument> docs, int group) {
        return cardFile(group, docs.subList(group * GROUP, Math.min(docs.size(), (group + 1) * GROUP)));
    }

    /** The card file of group {@code group}, whose pages are {@code pages}. */
    private static byte[] cardFile(int group, List<SearchDocument> pages) {
        return script("c/" + number(group), pages.stream().map(ClientIndex::card).toList());
    }

    // one excerpt file per page: a result list reads ten of them, never a neighbour's text
    static String excerptFileName(int doc) {
        return "x/" + number(doc) + ".js";
    }

    static byte[] excerptFile(SearchDocument doc) {
        return script("x/" + number(doc.id()), doc.excerpt());
    }

    static byte[] analysisFile() {
        return ("TerrinclusSearch.receive(\"analyse\"," + AnalysisTables.json() + ");\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The facet table of pages whose facets are {@code pages}, in page order. */
    static byte[] facetFile(List<SearchDocument.Facets> pages, Map<String, Map<String, Object>> facets) {
        return script(FACETS_NAME, facetTable(pages, facets));
    }

    static byte[] manifestFile(int n, Postings postings, List<String> shardStarts, List<String> lexiconKeys,
                               Map<String, Map<String, Object>> facets) {
        return script("manifeste", manifest(n, postings, shardStarts, lexiconKeys, facets));
    }

    /**
     * One page analysed: each field's terms counted, and the surface form of each of its distinct
     * tokens with the token's term, in the order they first appear.
     */
    record Analysed(List<Postings.FieldTerms> fields, Map<String, String> surfaces) {
        static Analysed of(SearchDocument doc, Map<String, String> surfaceOf) {
            List<Postings.FieldTerms> fields = new ArrayList<>(FIELDS.length);
            Map<String, String> surfaces = new LinkedHashMap<>();
            // a word's term and surface are the same wherever it occurs: each is looked at once
            Set<String> seen = new HashSet<>();
            for (SearchDocument.Field field : FIELDS) {
                List<FrenchAnalysis.Token> tokens = FrenchAnalysis.tokensWithTerms(doc.text(field));
                fields.add(Postings.FieldTerms.of(tokens.stream().map(FrenchAnalysis.Token::term).toList()));
                for (FrenchAnalysis.Token token : tokens) {
                    if (!seen.add(token.raw())) {
                        continue;
                    }
                    // a word's surface is the same on every page: computed once for all threads
                    String surface = surfaceOf.computeIfAbsent(token.raw(), FrenchAnalysis::surface);
                    if (surface.length() >= 2) {
                        surfaces.putIfAbsent(surface, token.term());
                    }
                }
            }
            return new Analysed(fields, surfaces);
        }
    }

    /** One page analysed, its terms {@linkplain Postings#resolve resolved} on the thread that analysed it. */
    private record Resolved(List<Postings.Resolved> fields, Map<String, String> surfaces) {
        static Resolved of(Analysed page, Postings postings) {
            return new Resolved(page.fields().stream().map(postings::resolve).toList(), page.surfaces());
        }
    }

    /** The browser's engine, {@code moteur.js}. */
    public static byte[] engine() {
        try (java.io.InputStream in = ClientIndex.class.getResourceAsStream("moteur.js")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the postings shards; returns the first term of each. */
    private static List<String> writeShards(Postings postings, BiConsumer<String, byte[]> files) {
        List<String> starts = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<String> encoded = new ArrayList<>();
        int size = 0;
        for (String term : postings.terms()) {
            byte[] bytes = postings.encode(term);
            if (endsShard(size, bytes.length)) {
                flushShard(terms, encoded, starts, files);
                size = 0;
            }
            terms.add(term);
            encoded.add(Base64.getEncoder().encodeToString(bytes));
            size += shardSize(term, bytes.length);
        }
        if (!terms.isEmpty()) {
            flushShard(terms, encoded, starts, files);
        }
        return starts;
    }

    /** Whether a shard of {@code size} bytes so far is full before a term whose postings take {@code bytes}. */
    static boolean endsShard(int size, int bytes) {
        return size > 0 && size + bytes > SHARD_BYTES;
    }

    /** What a term takes in its shard, its postings counted before base64. */
    static int shardSize(String term, int bytes) {
        return bytes + term.length();
    }

    private static void flushShard(List<String> terms, List<String> encoded, List<String> starts,
                                   BiConsumer<String, byte[]> files) {
        files.accept(shardFileName(starts.size()), shardFile(starts.size(), terms, encoded));
        starts.add(terms.get(0));
        terms.clear();
        encoded.clear();
    }

    static String shardFileName(int shard) {
        return "t/" + number(shard) + ".js";
    }

    /** Shard number {@code shard}: its terms and their postings in base64. */
    static byte[] shardFile(int shard, List<String> terms, List<String> encoded) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("termes", List.copyOf(terms));
        data.put("postings", List.copyOf(encoded));
        return script("t/" + number(shard), data);
    }

    private static List<String> writeLexicon(SortedMap<String, String> surfaces, Postings postings,
                                             BiConsumer<String, byte[]> files) {
        SortedMap<String, List<List<Object>>> byKey = new TreeMap<>();
        surfaces.forEach((surface, term) -> byKey.computeIfAbsent(lexiconKey(surface), k -> new ArrayList<>())
                .add(lexiconEntry(surface, term, postings)));
        byKey.forEach((key, entries) -> files.accept(lexiconFileName(key), lexiconFile(key, entries)));
        return new ArrayList<>(byKey.keySet());
    }

    /** What the lexicon says of a surface form: the term it stands for, and in how many pages. */
    static List<Object> lexiconEntry(String surface, String term, Postings postings) {
        return List.of(surface, term, postings.docFreq(term));
    }

    static String lexiconFileName(String key) {
        return "l/" + hex(key) + ".js";
    }

    /** The lexicon file of {@code key}: its surface forms in order. */
    static byte[] lexiconFile(String key, List<List<Object>> entries) {
        return script("l/" + hex(key), entries);
    }

    /** The lexicon file of a surface form: its first two UTF-16 units. */
    static String lexiconKey(String surface) {
        return surface.substring(0, Math.min(2, surface.length()));
    }

    private static String hex(String key) {
        StringBuilder out = new StringBuilder();
        for (char c : key.toCharArray()) {
            out.append(String.format("%04x", (int) c));
        }
        return out.toString();
    }

    /** The facets, in the manifest's order. */
    static final List<String> FACET_NAMES = List.of("type", "statut", "departement", "pays", "thematique", "odd");

    static Map<String, Map<String, Object>> facetDictionaries(List<SearchDocument.Facets> pages,
                                                              BiFunction<String, String, String> label) {
        Map<String, Set<String>> values = new HashMap<>();
        FACET_NAMES.forEach(facet -> values.put(facet, new HashSet<>()));
        for (SearchDocument.Facets page : pages) {
            values.forEach((facet, set) -> set.addAll(valuesOf(page, facet)));
        }
        return facetDictionaries(values, label);
    }

    /** The dictionary of each facet, from the values pages have: sorted, and labelled by {@code label}. */
    static Map<String, Map<String, Object>> facetDictionaries(Map<String, ? extends Collection<String>> values,
                                                              BiFunction<String, String, String> label) {
        Map<String, Map<String, Object>> dictionaries = new LinkedHashMap<>();
        for (String facet : FACET_NAMES) {
            List<String> sorted = new ArrayList<>(values.get(facet));
            sorted.sort(facet.equals("odd") ? Comparator.comparingInt(Integer::parseInt) : Comparator.naturalOrder());
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("valeurs", sorted);
            d.put("libelles", sorted.stream().map(v -> label.apply(facet, v)).toList());
            dictionaries.put(facet, d);
        }
        return dictionaries;
    }

    /**
     * Per facet, every page's value ids as a base64 varint stream. A facet where no page has more
     * than one value ({@code "simple"}) stores id + 1, or 0 for none; otherwise ({@code "liste"})
     * a count, then the ids.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> facetTable(List<SearchDocument.Facets> pages, Map<String, Map<String, Object>> facets) {
        Map<String, Object> table = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> facet : facets.entrySet()) {
            List<String> values = (List<String>) facet.getValue().get("valeurs");
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                ids.put(values.get(i), i);
            }
            boolean simple = pages.stream().allMatch(page -> valuesOf(page, facet.getKey()).size() <= 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (SearchDocument.Facets page : pages) {
                List<String> own = valuesOf(page, facet.getKey());
                if (simple) {
                    Postings.varint(out, own.isEmpty() ? 0 : ids.get(own.get(0)) + 1);
                } else {
                    Postings.varint(out, own.size());
                    own.forEach(v -> Postings.varint(out, ids.get(v)));
                }
            }
            table.put(facet.getKey(), Map.of(simple ? "simple" : "liste", Base64.getEncoder().encodeToString(out.toByteArray())));
        }
        return table;
    }

    static List<String> valuesOf(SearchDocument.Facets f, String facet) {
        return switch (facet) {
            case "type" -> List.of(f.type());
            case "statut" -> f.status() == null ? List.of() : List.of(f.status());
            case "departement" -> f.departments();
            case "pays" -> f.countries();
            case "thematique" -> f.themes();
            default -> f.sdgs().stream().map(String::valueOf).toList();
        };
    }

    /** A page's card, its values in the order of {@link #CARD_FIELDS}. */
    private static List<Object> card(SearchDocument doc) {
        SearchDocument.Result r = doc.result();
        return List.of(r.title(), r.path(), r.kindLabel(), r.facts(), r.summary(), r.example());
    }

    private static Map<String, Object> manifest(int n, Postings postings, List<String> shards,
                                                List<String> lexicon, Map<String, Map<String, Object>> facets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", FORMAT_VERSION);
        // where each kind of file lives; the engine builds every name from this, folder + number
        Map<String, String> folders = new LinkedHashMap<>();
        folders.put("postings", "t/");
        folders.put("lexique", "l/");
        folders.put("cartes", "c/");
        folders.put("extraits", "x/");
        folders.put("facettes", FACETS_NAME);
        m.put("fichiers", folders);
        m.put("cartes", CARD_FIELDS);
        m.put("documents", n);
        m.put("k1", 1.2);
        m.put("b", 0.75);
        m.put("mots_max", SearchQuery.MAX_TERMS);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (int f = 0; f < FIELDS.length; f++) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("nom", FIELDS[f].fieldName());
            field.put("boost", FIELDS[f].boost());
            field.put("documents", postings.docCount(f));
            field.put("termes", postings.totalTerms(f));
            fields.add(field);
        }
        m.put("champs", fields);
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            lengths.add(SmallFloat.byte4ToInt((byte) i));
        }
        m.put("longueurs", lengths);
        m.put("fragments", shards);
        m.put("lexique", lexicon);
        m.put("groupe", GROUP);
        m.put("facettes", facets);
        return m;
    }

    /**
     * A file's number in its folder, in decimal without padding: a fixed width (it was four digits,
     * and the browser padded to four) named page 10,000's excerpt like page 0's.
     */
    private static String number(int i) {
        return Integer.toString(i);
    }

    private static byte[] script(String name, Object data) {
        try {
            return ("TerrinclusSearch.receive(" + JSON.writeValueAsString(name) + "," + JSON.writeValueAsString(data) + ");\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }
}
