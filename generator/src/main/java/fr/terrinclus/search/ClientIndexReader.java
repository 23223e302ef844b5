package fr.terrinclus.search;

import fr.terrinclus.IoMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads back the browser index of a built site through its manifest, which names every file,
 * card field and facet ({@link ClientIndex}): each page's counted terms by field, its card and
 * its facets — all the editors' Lucene index is made of, so a build analyses each page once and
 * writes one index.
 *
 * <p>The folder is whatever {@code --site} names, so nothing it claims is trusted: every file is
 * read once, is a regular file inside the folder, and the files read are bounded in size; pages
 * are counted from the cards actually present before anything is sized by their number; the
 * postings must add up to the manifest's statistics.
 */
final class ClientIndexReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Larger than any file of the index of 100,000 pages: a bound on what one read holds. */
    private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** What all the files read may weigh: about twice the index of 100,000 pages. */
    private static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

    private final Path root;
    private final Set<Path> read = new HashSet<>();
    private long bytes;
    /** The file being read, which a message about a malformed index names. */
    private String reading = ClientIndex.MANIFEST;

    private ClientIndexReader(Path folder) {
        this.root = folder.toAbsolutePath().normalize();
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
        ClientIndexReader reader = new ClientIndexReader(folder);
        try {
            reader.pages(each);
        } catch (RuntimeException e) {
            // what the build never writes: missing keys, wrong types, numbers out of range
            throw new IOException("index mal formé dans « " + reader.reading + " »", e);
        }
    }

    private void pages(PageConsumer each) throws IOException {
        JsonNode manifest = data(ClientIndex.MANIFEST);
        int version = manifest.path("version").asInt(-1);
        if (version != ClientIndex.FORMAT_VERSION) {
            throw new IOException("index au format " + version + ", ce programme lit le format "
                    + ClientIndex.FORMAT_VERSION);
        }
        JsonNode files = manifest.path("fichiers");
        List<String> fieldNames = new ArrayList<>();
        manifest.path("champs").forEach(field -> fieldNames.add(field.path("nom").asString()));
        int fields = fieldNames.size();
        long claimed = manifest.path("documents").asLong(-1);
        int group = manifest.path("groupe").asInt();
        if (fields != SearchDocument.Field.values().length || claimed < 0 || group < 1) {
            throw new IOException("index mal formé : manifeste incomplet");
        }
        List<String> cardFields = new ArrayList<>();
        manifest.path("cartes").forEach(name -> cardFields.add(name.asString()));
        int title = cardFields.indexOf("titre");
        int path = cardFields.indexOf("chemin");
        int kind = cardFields.indexOf("type");
        if (title < 0 || path < 0 || kind < 0) {
            throw new IOException("index mal formé : champs des cartes incomplets");
        }
        // the pages are counted from the cards present, and only then is anything sized by their number
        List<JsonNode> cards = new ArrayList<>();
        for (long first = 0; first < claimed; first += group) {
            JsonNode file = data(files.path("cartes").asString() + (first / group) + ".js");
            if (!file.isArray() || file.size() != Math.min(group, claimed - first)) {
                throw new IOException("index mal formé : « " + reading + " » n'a pas les cartes que le manifeste annonce");
            }
            file.forEach(cards::add);
        }
        int n = cards.size();
        int[][] pairs = new int[n * fields][];
        int[] sizes = new int[n * fields];
        List<String> terms = new ArrayList<>();
        JsonNode starts = manifest.path("fragments");
        for (int s = 0; s < starts.size(); s++) {
            JsonNode shard = data(files.path("postings").asString() + s + ".js");
            JsonNode shardTerms = shard.path("termes");
            JsonNode postings = shard.path("postings");
            if (shardTerms.isEmpty() || shardTerms.size() != postings.size()
                    || !shardTerms.get(0).asString().equals(starts.get(s).asString())) {
                throw new IOException("index mal formé : « " + reading + " » ne commence pas au terme que le manifeste annonce");
            }
            for (int t = 0; t < shardTerms.size(); t++) {
                terms.add(shardTerms.get(t).asString());
                decode(terms.size() - 1, Base64.getDecoder().decode(postings.get(t).asString()), fields, pairs, sizes);
            }
        }
        checkStatistics(manifest.path("champs"), n, pairs, sizes);
        List<Map<String, List<String>>> facets = facets(manifest, files, n);
        for (int d = 0; d < n; d++) {
            JsonNode card = cards.set(d, null);
            SearchDocument.Result result = new SearchDocument.Result("", card.get(kind).asString(),
                    card.get(title).asString(), card.get(path).asString(), "", false, List.of());
            Map<String, List<String>> own = facets.get(d);
            List<String> status = own.get("statut");
            SearchDocument doc = new SearchDocument(d, result, result.title(), "", "", "", "", "", new SearchDocument.Facets(
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
    private void decode(int term, byte[] postings, int fields, int[][] pairs, int[] sizes) throws IOException {
        int[] at = {0};
        for (int f = 0; f < fields; f++) {
            int count = varint(postings, at);
            int doc = -1;
            for (int i = 0; i < count; i++) {
                int gap = varint(postings, at);
                doc = i == 0 ? gap : doc + gap;
                int frequency = varint(postings, at);
                varint(postings, at);
                if (doc < 0 || doc >= pairs.length / fields || i > 0 && gap == 0 || frequency < 1) {
                    throw new IOException("index mal formé : postings incohérentes dans « " + reading + " »");
                }
                int slot = doc * fields + f;
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

    /** The postings read must add up to what the manifest counts per field: no shard or term is missing. */
    private void checkStatistics(JsonNode champs, int n, int[][] pairs, int[] sizes) throws IOException {
        int fields = champs.size();
        for (int f = 0; f < fields; f++) {
            long pages = 0;
            long occurrences = 0;
            for (int d = 0; d < n; d++) {
                int slot = d * fields + f;
                pages += sizes[slot] > 0 ? 1 : 0;
                for (int i = 1; i < sizes[slot]; i += 2) {
                    occurrences += pairs[slot][i];
                }
            }
            if (pages != champs.get(f).path("documents").asLong(-1) || occurrences != champs.get(f).path("termes").asLong(-1)) {
                throw new IOException("index incomplet : les postings lues ne font pas les comptes du manifeste");
            }
        }
    }

    private int varint(byte[] data, int[] at) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (at[0] >= data.length) {
                throw new IOException("index mal formé : nombres tronqués dans « " + reading + " »");
            }
            int b = data[at[0]++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("index mal formé : nombre trop long dans « " + reading + " »");
    }

    /** Each page's values of every facet of {@link ClientIndex#FACET_NAMES}, by facet. */
    private List<Map<String, List<String>>> facets(JsonNode manifest, JsonNode files, int n) throws IOException {
        JsonNode table = data(files.path("facettes").asString() + ".js");
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
            byte[] data = Base64.getDecoder().decode(column.path(simple ? "simple" : "liste").asString());
            int[] at = {0};
            for (int d = 0; d < n; d++) {
                List<String> own = new ArrayList<>();
                int count = simple ? 1 : varint(data, at);
                for (int i = 0; i < count; i++) {
                    int id = varint(data, at) - (simple ? 1 : 0);
                    if (id >= values.size()) {
                        throw new IOException("index mal formé : facette « " + facet + " », valeur " + id + " inconnue");
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
    private JsonNode data(String name) throws IOException {
        reading = name;
        Path file = root.resolve(name).normalize();
        // links resolved: a file of the folder that leads elsewhere is outside it too
        if (!file.startsWith(root) || Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("fichier « " + name + " » hors de l'index");
        }
        // a pipe or a device would be waited on, a folder cannot be read
        if (!Files.isRegularFile(file)) {
            throw new IOException("« " + name + " » manque ou n'est pas un fichier");
        }
        if (!read.add(file.toRealPath())) {
            throw new IOException("« " + name + " » mène à un fichier déjà lu");
        }
        long size = Files.size(file);
        bytes += size;
        if (size > MAX_FILE_BYTES || bytes > MAX_TOTAL_BYTES) {
            throw new IOException("« " + name + " » dépasse ce que peut peser un index (" + MAX_FILE_BYTES / (1024 * 1024)
                    + " Mo par fichier, " + MAX_TOTAL_BYTES / (1024 * 1024) + " Mo en tout)");
        }
        String script;
        try {
            script = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("« " + name + " » illisible : " + IoMessages.french(e), e);
        }
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
