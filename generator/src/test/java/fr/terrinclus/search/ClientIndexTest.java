package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.Workers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser index: the same bytes whatever the threads, and all the editors' Lucene index needs. */
class ClientIndexTest {
    private static final List<String> QUERIES = List.of("eau potable", "coopération décentralisée", "jeunes emploi",
            "Sénégal", "ODD 6", "femmes agriculture", "aujourd'hui", "2A");

    @TempDir
    Path dir;

    /** Several batches of analysis, merged in page order: the same bytes whatever the threads. */
    @Test
    void theBrowserIndexIsTheSameForOneAndFourThreads() {
        List<SearchDocument> docs = Corpus.generate(1500, 5);
        SortedMap<String, byte[]> one;
        SortedMap<String, byte[]> four;
        try (Workers workers = new Workers(1)) {
            one = ClientIndex.files(docs, (facet, value) -> value, workers);
        }
        try (Workers workers = new Workers(4)) {
            four = ClientIndex.files(docs, (facet, value) -> value, workers);
        }
        assertEquals(one.keySet(), four.keySet());
        one.forEach((path, bytes) -> assertEquals(new String(bytes), new String(four.get(path)), path));
    }

    /** The build analyses each page once: Lucene, fed from the browser files, ranks as if fed the documents' text. */
    @Test
    void theEditorsIndexReadFromTheBrowserFilesRanksAsOneMadeFromTheText() throws Exception {
        List<SearchDocument> docs = Corpus.generate(1200, 11);
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<SearchDocument> taken = new ArrayList<>(docs);
        int count;
        try (Workers workers = new Workers(2)) {
            count = ClientIndex.write(taken, (facet, value) -> value, workers, files::put);
        }
        assertEquals(files.size(), count);
        assertTrue(taken.isEmpty(), "the documents are taken out of the list as they are indexed");
        Path folder = written(files);
        ByteBuffersDirectory reference = new ByteBuffersDirectory();
        LuceneIndex.write(reference, docs);
        try (Searcher expected = new Searcher(reference); Searcher actual = Searcher.open(folder)) {
            for (String text : QUERIES) {
                for (Map<String, List<String>> filters : List.of(Map.<String, List<String>>of(),
                        Map.of("type", List.of("projet")), Map.of("odd", List.of("6")), Map.of("pays", List.of("SN")))) {
                    SearchQuery query = SearchQuery.of(text, filters);
                    List<Searcher.Hit> hits = expected.search(query, 20);
                    assertEquals(hits, actual.search(query, 20), text + " " + filters);
                }
                assertFalse(expected.search(SearchQuery.of(text, Map.of()), 20).isEmpty(), text);
            }
        }
    }

    @Test
    void anIndexOfAnotherFormatVersionIsRefusedWithItsVersion() {
        assertEquals("index au format 99, ce programme lit le format " + ClientIndex.FORMAT_VERSION,
                refusalWithManifest("\"version\":" + ClientIndex.FORMAT_VERSION, "\"version\":99").getMessage());
    }

    @Test
    void aManifestNamingFilesOutsideItsFolderIsRefused() {
        assertEquals("fichier « ../../t/0.js » hors de l'index",
                refusalWithManifest("\"postings\":\"t/\"", "\"postings\":\"../../t/\"").getMessage());
    }

    @Test
    void aFileOfTheIndexThatLinksOutOfItsFolderIsNotRead() throws Exception {
        Path folder = written(smallIndex());
        Path outside = Files.writeString(dir.resolve("ailleurs.js"), "TerrinclusSearch.receive(\"t/0\",{});\n");
        Files.delete(folder.resolve("t/0.js"));
        Files.createSymbolicLink(folder.resolve("t/0.js"), outside);
        IOException refused = assertThrows(IOException.class, () -> Searcher.open(folder));
        assertEquals("fichier « t/0.js » hors de l'index", refused.getMessage());
    }

    /** A site folder is whatever --site names: what it claims is checked before anything is sized by it. */
    @Test
    void aManifestThatClaimsMorePagesThanItsCardsOrLacksKeysIsRefused() {
        assertEquals("index mal formé : « c/2.js » n'a pas les cartes que le manifeste annonce",
                refusalWithManifest("\"documents\":10", "\"documents\":400000000").getMessage());
        assertEquals("index mal formé : « c/0.js » n'a pas les cartes que le manifeste annonce",
                refusalWithManifest("\"groupe\":4", "\"groupe\":400000000").getMessage());
        assertEquals("index mal formé : champs des cartes incomplets",
                refusalWithManifest("\"cartes\":[", "\"autres\":[").getMessage());
    }

    /** A shard left out, or the same shard read twice through a link, is not a smaller index: it is refused. */
    @Test
    void postingsThatDoNotAddUpToTheManifestAreRefused() throws Exception {
        SortedMap<String, byte[]> files;
        try (Workers workers = new Workers(1)) {
            files = ClientIndex.files(Corpus.generate(400, 5), (facet, value) -> value, workers);
        }
        String manifest = new String(files.get(ClientIndex.MANIFEST), StandardCharsets.UTF_8);
        int start = manifest.indexOf("\"fragments\":[") + "\"fragments\":[".length();
        int end = manifest.indexOf(']', start);
        String[] starts = manifest.substring(start, end).split(",");
        assertTrue(starts.length > 1, "several shards");
        files.put(ClientIndex.MANIFEST, (manifest.substring(0, start) + String.join(",", Arrays.copyOf(starts, starts.length - 1))
                + manifest.substring(end)).getBytes(StandardCharsets.UTF_8));
        Path folder = written(files);
        IOException refused = assertThrows(IOException.class, () -> Searcher.open(folder));
        assertEquals("index incomplet : les postings lues ne font pas les comptes du manifeste", refused.getMessage());
        Files.delete(folder.resolve("t/1.js"));
        Files.createSymbolicLink(folder.resolve("t/1.js"), folder.resolve("t/0.js"));
        assertEquals("« t/1.js » mène à un fichier déjà lu",
                assertThrows(IOException.class, () -> Searcher.open(folder)).getMessage());
    }

    @Test
    void aPipeInTheIndexIsNotWaitedOn() throws Exception {
        Path folder = written(smallIndex());
        Files.delete(folder.resolve("f.js"));
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("f.js").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        IOException refused = assertThrows(IOException.class, () -> Searcher.open(folder));
        assertEquals("« f.js » manque ou n'est pas un fichier", refused.getMessage());
    }

    /** What {@code search} says of a small index whose manifest has {@code text} replaced by {@code by}. */
    private IOException refusalWithManifest(String text, String by) {
        SortedMap<String, byte[]> files = smallIndex();
        String manifest = new String(files.get(ClientIndex.MANIFEST), StandardCharsets.UTF_8);
        assertTrue(manifest.contains(text), text);
        files.put(ClientIndex.MANIFEST, manifest.replace(text, by).getBytes(StandardCharsets.UTF_8));
        return assertThrows(IOException.class, () -> Searcher.open(written(files)));
    }

    private static SortedMap<String, byte[]> smallIndex() {
        try (Workers workers = new Workers(1)) {
            return ClientIndex.files(Corpus.generate(10, 3), (facet, value) -> value, workers);
        }
    }

    private Path written(SortedMap<String, byte[]> files) throws IOException {
        Path folder = Files.createTempDirectory(dir, "donnees");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return folder;
    }
}
