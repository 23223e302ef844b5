package fr.terrinclus.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads back the browser index of a built site through its manifest, which names every file,
 * card field and facet ({@link ClientIndex}): each page's counted terms by field, its card and
 * its facets — all the editors' Lucene index is made of, so a build analyses each page once and
 * writes one index.
 */
final class ClientIndexReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Larger than any file of the index of 100,000 pages: a bound on what one read holds. */
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** A hundred times the largest site measured. */
    private static final int MAX_PAGES = 5_000_000;

    private ClientIndexReader() {
    }

    /** One page as the index holds it: a document without its text, and its fields' counted terms. */
    record Page(SearchDocument doc, List<Postings.FieldTerms> fields) {
    }

    /** What is done with each page read. */
    interface PageConsumer {
        void accept(Page page) throws IOException;
    }

    /**
     * Gives each page of the index in {@code folder} to {@code each}, in index order. The postings
     * are held as (term, frequency) pairs of ints while the shards are read; each page's counts
     * are made only when it is given, so that they die young.
     */
    static void read(Path folder, PageConsumer each) throws IOException {
        try {
            readChecked(folder, each);
        } catch (RuntimeException e) {
            // a folder that is not what the build wrote: missing keys, wrong types, numbers out of range
            throw new IOException("index mal formé (" + e + ")", e);
        }
    }

    private static void readChecked(Path folder, PageConsumer each) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        JsonNode manifest = data(root, ClientIndex.MANIFEST);
        int version = manifest.path("version").asInt(-1);
        if (version != ClientIndex.FORMAT_VERSION) {
            throw new IOException("index au format " + version + ", ce programme lit le format "
                    + ClientIndex.FORMAT_VERSION);
        }
        int n = manifest.path("documents").asInt();
        JsonNode files = manifest.path("fichiers");
        List<String> fieldNames = new ArrayList<>();
        manifest.path("champs").forEach(field -> fieldNames.add(field.path("nom").asString()));
        int group = manifest.path("groupe").asInt();
        // what is allocated for the pages is only as large as the cards written for them
        if (n < 0 || n > MAX_PAGES || group < 1 || fieldNames.size() != SearchDocument.Field.values().length
                || n > 0 && !Files.isRegularFile(root.resolve(files.path("cartes").asString() + ((n - 1) / group) + ".js"))) {
            throw new IOException("index mal formé : " + n + " pages annoncées par le manifeste");
        }
        int fields = fieldNames.size();
        List<String> terms = new ArrayList<>();
        // per page and field: term number, frequency, term number, frequency…
        int[][] pairs = new int[n * fields][];
        int[] sizes = new int[n * fields];
        int shards = manifest.path("fragments").size();
        for (int s = 0; s < shards; s++) {
            JsonNode shard = data(root, files.path("postings").asString() + s + ".js");
            JsonNode shardTerms = shard.path("termes");
            JsonNode postings = shard.path("postings");
            for (int t = 0; t < shardTerms.size(); t++) {
                terms.add(shardTerms.get(t).asString());
                decode(terms.size() - 1, Base64.getDecoder().decode(postings.get(t).asString()), fields, pairs, sizes);
            }
        }
        List<String> cardFields = new ArrayList<>();
        manifest.path("cartes").forEach(name -> cardFields.add(name.asString()));
        List<Map<String, List<String>>> facets = facets(root, manifest, files, n);
        JsonNode cards = null;
        for (int d = 0; d < n; d++) {
            if (d % group == 0) {
                cards = data(root, files.path("cartes").asString() + (d / group) + ".js");
            }
            JsonNode card = cards.get(d % group);
            String title = card.get(cardFields.indexOf("titre")).asString();
            SearchDocument.Result result = new SearchDocument.Result("", card.get(cardFields.indexOf("type")).asString(),
                    title, card.get(cardFields.indexOf("chemin")).asString(), "", false, List.of());
            Map<String, List<String>> own = facets.get(d);
            List<String> status = own.get("statut");
            SearchDocument doc = new SearchDocument(d, result, title, "", "", "", "", "", new SearchDocument.Facets(
                    own.get("type").isEmpty() ? "" : own.get("type").get(0), status.isEmpty() ? null : status.get(0),
                    own.get("departement"), own.get("pays"), own.get("thematique"),
                    own.get("odd").stream().map(Integer::valueOf).toList()));
            List<Postings.FieldTerms> counted = new ArrayList<>(fields);
            for (int f = 0; f < fields; f++) {
                int slot = d * fields + f;
                Map<String, int[]> tf = new HashMap<>();
                int length = 0;
                for (int i = 0; i < sizes[slot]; i += 2) {
                    tf.put(terms.get(pairs[slot][i]), new int[] {pairs[slot][i + 1]});
                    length += pairs[slot][i + 1];
                }
                pairs[slot] = null;
                counted.add(new Postings.FieldTerms(length, tf));
            }
            each.accept(new Page(doc, counted));
        }
    }

    /** Adds term number {@code term}'s postings (per field: count, then gap, frequency, norm) to each page's pairs. */
    private static void decode(int term, byte[] bytes, int fields, int[][] pairs, int[] sizes) throws IOException {
        int[] at = {0};
        for (int f = 0; f < fields; f++) {
            int count = varint(bytes, at);
            int doc = 0;
            for (int i = 0; i < count; i++) {
                doc += varint(bytes, at);
                int frequency = varint(bytes, at);
                varint(bytes, at);
                int slot = doc * fields + f;
                if (slot >= pairs.length) {
                    throw new IOException("postings : page " + doc + " hors de l'index");
                }
                if (pairs[slot] == null) {
                    pairs[slot] = new int[16];
                } else if (sizes[slot] + 2 > pairs[slot].length) {
                    pairs[slot] = Arrays.copyOf(pairs[slot], pairs[slot].length * 2);
                }
                pairs[slot][sizes[slot]++] = term;
                pairs[slot][sizes[slot]++] = frequency;
            }
        }
    }

    private static int varint(byte[] bytes, int[] at) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (at[0] >= bytes.length) {
                throw new IOException("postings tronquées");
            }
            int b = bytes[at[0]++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("entier trop long dans les postings");
    }

    /** Each page's values of every facet of {@link ClientIndex#FACET_NAMES}, by facet. */
    private static List<Map<String, List<String>>> facets(Path root, JsonNode manifest, JsonNode files, int n)
            throws IOException {
        JsonNode table = data(root, files.path("facettes").asString() + ".js");
        List<Map<String, List<String>>> pages = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            pages.add(new HashMap<>());
        }
        for (String facet : ClientIndex.FACET_NAMES) {
            List<String> values = new ArrayList<>();
            manifest.path("facettes").path(facet).path("valeurs").forEach(v -> values.add(v.asString()));
            JsonNode column = table.path(facet);
            // "simple": id + 1, or 0 for none; "liste": a count, then the ids
            boolean simple = column.has("simple");
            byte[] bytes = Base64.getDecoder().decode(column.path(simple ? "simple" : "liste").asString());
            int[] at = {0};
            for (int d = 0; d < n; d++) {
                List<String> own = new ArrayList<>();
                int count = simple ? 1 : varint(bytes, at);
                for (int i = 0; i < count; i++) {
                    int id = varint(bytes, at) - (simple ? 1 : 0);
                    if (id >= values.size()) {
                        throw new IOException("facette « " + facet + " » : valeur " + id + " inconnue");
                    }
                    if (id >= 0) {
                        own.add(values.get(id));
                    }
                }
                pages.get(d).put(facet, own);
            }
        }
        return pages;
    }

    /** The data a script of the index hands to the engine: {@code TerrinclusSearch.receive(name, data);}. */
    private static JsonNode data(Path root, String name) throws IOException {
        Path file = root.resolve(name).normalize();
        // links resolved: a file of the folder that leads elsewhere is outside it too
        if (!file.startsWith(root) || Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("fichier « " + name + " » hors de l'index");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException("« " + name + " » dépasse " + MAX_FILE_BYTES / (1024 * 1024) + " Mo");
        }
        String script = Files.readString(file, StandardCharsets.UTF_8);
        int open = script.indexOf('(');
        int close = script.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IOException("« " + name + " » n'est pas un fichier de l'index");
        }
        try {
            JsonNode call = JSON.readTree("[" + script.substring(open + 1, close) + "]");
            return call.path(1);
        } catch (JacksonException e) {
            throw new IOException("« " + name + " » illisible : " + e.getOriginalMessage(), e);
        }
    }
}
