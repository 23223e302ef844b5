package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.Workers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One analysis feeds both indexes: the same browser files, the same editors' hits and scores as each built alone. */
class SearchIndexesTest {
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

    @Test
    void bothIndexesFromOneAnalysisEqualEachBuiltAlone() throws Exception {
        List<SearchDocument> docs = Corpus.generate(1200, 11);
        SortedMap<String, byte[]> together = new TreeMap<>();
        SortedMap<String, byte[]> alone;
        List<SearchDocument> taken = new ArrayList<>(docs);
        int count;
        try (Workers workers = new Workers(2)) {
            count = SearchIndexes.write(taken, (facet, value) -> value, workers, dir.resolve("lucene"), together::put);
            alone = ClientIndex.files(docs, (facet, value) -> value, workers);
        }
        assertEquals(together.size(), count);
        assertTrue(taken.isEmpty(), "the documents are taken out of the list as they are indexed");
        assertEquals(alone.keySet(), together.keySet());
        alone.forEach((path, bytes) -> assertEquals(new String(bytes), new String(together.get(path)), path));
        ByteBuffersDirectory reference = new ByteBuffersDirectory();
        LuceneIndex.write(reference, docs);
        try (Searcher expected = new Searcher(reference); Searcher actual = Searcher.open(dir.resolve("lucene"))) {
            for (String text : QUERIES) {
                SearchQuery query = SearchQuery.of(text, Map.of());
                List<Searcher.Hit> hits = expected.search(query, 20);
                assertFalse(hits.isEmpty(), text);
                assertEquals(hits, actual.search(query, 20), text);
            }
        }
    }
}
