package fr.terrinclus.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.apache.lucene.util.SmallFloat;

/**
 * Writes the search index the browser reads, as classic scripts that hand their data to
 * {@code TerrinclusSearch.receive(name, data)}: loaded with {@code <script>} elements, they work
 * from {@code file://}, where {@code fetch} is blocked, and over HTTP alike.
 *
 * <ul>
 *   <li>{@code manifeste.js}: field statistics, Lucene's length table, the first term of each
 *       postings shard, lexicon keys, facet dictionaries;</li>
 *   <li>{@code analyse.js}: the analysis tables ({@link AnalysisTables});</li>
 *   <li>{@code t/NNNN.js}: postings of a contiguous range of terms (~16 KB each), per field
 *       document gaps and term frequencies as base64 varints;</li>
 *   <li>{@code l/HEX.js}: surface forms starting with the same two letters and their terms, for
 *       prefix search and typo tolerance;</li>
 *   <li>{@code f.js}: facet values and BM25 length norms of every page;</li>
 *   <li>{@code c/NNNN.js} and {@code x/NNNN.js}: result cards and excerpt text, by groups of 8 pages.</li>
 * </ul>
 *
 * <p>Statistics follow Lucene exactly (per-field document count, total term frequency, one-byte
 * norms), so that the browser's BM25 scores equal Lucene's.
 */
public final class ClientIndex {
    /** Target size of a postings shard, before base64. */
    static final int SHARD_BYTES = 16 * 1024;
    /** Pages per card and excerpt file. */
    static final int GROUP = 8;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SearchDocument.Field[] FIELDS = SearchDocument.Field.values();

    private ClientIndex() {
    }

    /**
     * The files of the index, by path relative to the search data folder.
     *
     * @param label the label of a facet value: {@code (facet, value) → text}
     */
    public static SortedMap<String, byte[]> files(List<SearchDocument> docs, BiFunction<String, String, String> label) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        int n = docs.size();
        byte[] norms = new byte[n * FIELDS.length];
        long[] docCount = new long[FIELDS.length];
        long[] totalTerms = new long[FIELDS.length];
        // term → per field → [doc, tf, doc, tf, …] in doc order
        SortedMap<String, List<List<Integer>>> postings = new TreeMap<>();
        Map<String, Integer> docFreq = new HashMap<>();
        SortedMap<String, String> surfaces = new TreeMap<>();
        // each distinct token is analysed once for the lexicon
        Map<String, Boolean> seen = new HashMap<>();
        for (SearchDocument doc : docs) {
            java.util.Set<String> inDoc = new java.util.HashSet<>();
            for (int f = 0; f < FIELDS.length; f++) {
                String text = doc.text(FIELDS[f]);
                List<String> terms = FrenchAnalysis.terms(text);
                if (!terms.isEmpty()) {
                    docCount[f]++;
                    totalTerms[f] += terms.size();
                    norms[doc.id() * FIELDS.length + f] = SmallFloat.intToByte4(terms.size());
                }
                Map<String, Integer> tf = new TreeMap<>();
                terms.forEach(t -> tf.merge(t, 1, Integer::sum));
                for (Map.Entry<String, Integer> e : tf.entrySet()) {
                    List<List<Integer>> perField = postings.computeIfAbsent(e.getKey(), k -> emptyFields());
                    perField.get(f).add(doc.id());
                    perField.get(f).add(e.getValue());
                    inDoc.add(e.getKey());
                }
                for (String token : FrenchAnalysis.tokens(text)) {
                    seen.computeIfAbsent(token, t -> {
                        List<String> term = FrenchAnalysis.terms(t);
                        String surface = FrenchAnalysis.surface(t);
                        if (term.size() == 1 && surface.length() >= 2) {
                            surfaces.putIfAbsent(surface, term.get(0));
                        }
                        return Boolean.TRUE;
                    });
                }
            }
            inDoc.forEach(t -> docFreq.merge(t, 1, Integer::sum));
        }
        List<String> shardStarts = new ArrayList<>();
        writeShards(postings, shardStarts, files);
        List<String> lexiconKeys = writeLexicon(surfaces, docFreq, files);
        Map<String, Map<String, Object>> facets = facetDictionaries(docs, label);
        files.put("f.js", script("f", facetTable(docs, facets, norms)));
        for (int g = 0; g * GROUP < n; g++) {
            List<SearchDocument> group = docs.subList(g * GROUP, Math.min(n, (g + 1) * GROUP));
            files.put("c/" + number(g) + ".js", script("c/" + number(g), group.stream().map(ClientIndex::card).toList()));
            files.put("x/" + number(g) + ".js", script("x/" + number(g), group.stream().map(SearchDocument::excerpt).toList()));
        }
        files.put("analyse.js", ("TerrinclusSearch.receive(\"analyse\"," + AnalysisTables.json() + ");\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("manifeste.js", script("manifeste", manifest(n, docCount, totalTerms, shardStarts, lexiconKeys, facets)));
        return files;
    }

    /** The browser's engine, {@code moteur.js}. */
    public static byte[] engine() {
        try (java.io.InputStream in = ClientIndex.class.getResourceAsStream("moteur.js")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<List<Integer>> emptyFields() {
        List<List<Integer>> fields = new ArrayList<>();
        for (int f = 0; f < FIELDS.length; f++) {
            fields.add(new ArrayList<>());
        }
        return fields;
    }

    private static void writeShards(SortedMap<String, List<List<Integer>>> postings, List<String> starts,
                                    Map<String, byte[]> files) {
        List<String> terms = new ArrayList<>();
        List<String> encoded = new ArrayList<>();
        int size = 0;
        for (Map.Entry<String, List<List<Integer>>> e : postings.entrySet()) {
            byte[] bytes = encode(e.getValue());
            if (size > 0 && size + bytes.length > SHARD_BYTES) {
                flushShard(terms, encoded, starts, files);
                size = 0;
            }
            terms.add(e.getKey());
            encoded.add(Base64.getEncoder().encodeToString(bytes));
            size += bytes.length + e.getKey().length();
        }
        if (!terms.isEmpty()) {
            flushShard(terms, encoded, starts, files);
        }
    }

    private static void flushShard(List<String> terms, List<String> encoded, List<String> starts, Map<String, byte[]> files) {
        String name = "t/" + number(starts.size());
        starts.add(terms.get(0));
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("termes", List.copyOf(terms));
        shard.put("postings", List.copyOf(encoded));
        files.put(name + ".js", script(name, shard));
        terms.clear();
        encoded.clear();
    }

    /** Per field: count, then (document gap, term frequency) pairs, as unsigned varints. */
    static byte[] encode(List<List<Integer>> perField) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (List<Integer> pairs : perField) {
            varint(out, pairs.size() / 2);
            int previous = 0;
            for (int i = 0; i < pairs.size(); i += 2) {
                varint(out, pairs.get(i) - previous);
                varint(out, pairs.get(i + 1));
                previous = pairs.get(i);
            }
        }
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static List<String> writeLexicon(SortedMap<String, String> surfaces, Map<String, Integer> docFreq,
                                             Map<String, byte[]> files) {
        SortedMap<String, List<List<Object>>> byKey = new TreeMap<>();
        surfaces.forEach((surface, term) -> byKey.computeIfAbsent(lexiconKey(surface), k -> new ArrayList<>())
                .add(List.of(surface, term, docFreq.getOrDefault(term, 0))));
        byKey.forEach((key, entries) -> files.put("l/" + hex(key) + ".js", script("l/" + hex(key), entries)));
        return new ArrayList<>(byKey.keySet());
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

    private static Map<String, Map<String, Object>> facetDictionaries(List<SearchDocument> docs,
                                                                      BiFunction<String, String, String> label) {
        Map<String, TreeSet<String>> values = new LinkedHashMap<>();
        for (String facet : List.of("type", "statut", "departement", "pays", "thematique", "odd")) {
            values.put(facet, new TreeSet<>(facet.equals("odd")
                    ? java.util.Comparator.comparingInt(Integer::parseInt) : java.util.Comparator.naturalOrder()));
        }
        for (SearchDocument doc : docs) {
            SearchDocument.Facets f = doc.facets();
            values.get("type").add(f.type());
            if (f.status() != null) {
                values.get("statut").add(f.status());
            }
            values.get("departement").addAll(f.departments());
            values.get("pays").addAll(f.countries());
            values.get("thematique").addAll(f.themes());
            f.sdgs().forEach(s -> values.get("odd").add(String.valueOf(s)));
        }
        Map<String, Map<String, Object>> dictionaries = new LinkedHashMap<>();
        values.forEach((facet, set) -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("valeurs", new ArrayList<>(set));
            d.put("libelles", set.stream().map(v -> label.apply(facet, v)).toList());
            dictionaries.put(facet, d);
        });
        return dictionaries;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facetTable(List<SearchDocument> docs, Map<String, Map<String, Object>> facets,
                                                  byte[] norms) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("normes", Base64.getEncoder().encodeToString(norms));
        Map<String, List<String>> values = new HashMap<>();
        facets.forEach((facet, d) -> values.put(facet, (List<String>) d.get("valeurs")));
        for (String facet : facets.keySet()) {
            List<Object> column = new ArrayList<>();
            for (SearchDocument doc : docs) {
                List<String> own = switch (facet) {
                    case "type" -> List.of(doc.facets().type());
                    case "statut" -> doc.facets().status() == null ? List.of() : List.of(doc.facets().status());
                    case "departement" -> doc.facets().departments();
                    case "pays" -> doc.facets().countries();
                    case "thematique" -> doc.facets().themes();
                    default -> doc.facets().sdgs().stream().map(String::valueOf).toList();
                };
                column.add(own.stream().map(v -> values.get(facet).indexOf(v)).toList());
            }
            table.put(facet, column);
        }
        return table;
    }

    private static Map<String, Object> card(SearchDocument doc) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("titre", doc.card().title());
        card.put("chemin", doc.card().path());
        card.put("type", doc.card().kindLabel());
        card.put("faits", doc.card().facts());
        card.put("resume", doc.card().summary());
        card.put("exemple", doc.card().example());
        return card;
    }

    private static Map<String, Object> manifest(int n, long[] docCount, long[] totalTerms, List<String> shards,
                                                List<String> lexicon, Map<String, Map<String, Object>> facets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 1);
        m.put("documents", n);
        m.put("k1", 1.2);
        m.put("b", 0.75);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (int f = 0; f < FIELDS.length; f++) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("nom", FIELDS[f].fieldName());
            field.put("boost", FIELDS[f].boost());
            field.put("documents", docCount[f]);
            field.put("termes", totalTerms[f]);
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

    private static String number(int i) {
        return String.format("%04d", i);
    }

    private static byte[] script(String name, Object data) {
        try {
            return ("TerrinclusSearch.receive(" + JSON.writeValueAsString(name) + "," + JSON.writeValueAsString(data) + ");\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
