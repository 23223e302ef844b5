package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.terrinclus.Workers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One analysis feeds both indexes: the same browser files, the same editors' hits and scores as each built alone. */
class SearchIndexesTest {
    private static final List<String> QUERIES = List.of("eau potable", "coopération décentralisée", "jeunes emploi",
            "Sénégal", "ODD 6", "femmes agriculture", "aujourd'hui", "2A");

    @TempDir
    Path dir;

    @Test
    void bothIndexesFromOneAnalysisEqualEachBuiltAlone() throws Exception {
        List<SearchDocument> docs = Corpus.generate(1200, 11);
        SortedMap<String, byte[]> together;
        SortedMap<String, byte[]> alone;
        try (Workers workers = new Workers(2)) {
            together = SearchIndexes.write(docs, (facet, value) -> value, workers, dir.resolve("lucene"));
            alone = ClientIndex.files(docs, (facet, value) -> value, workers);
        }
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
