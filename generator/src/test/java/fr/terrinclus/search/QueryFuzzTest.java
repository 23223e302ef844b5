package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Any text and filters an editor can pass to {@code terrinclus search} give results or none,
 * never an exception: a query keeps at most {@link SearchQuery#MAX_TERMS} words and any number of
 * filter values. Seeds in {@code QueryFuzzTestInputs/}; fuzzing: see README.
 */
class QueryFuzzTest {
    private static final List<String> FACETS = List.of("type", "statut", "departement", "pays", "thematique", "odd");
    private static Searcher searcher;

    private static synchronized Searcher searcher() throws IOException {
        if (searcher == null) {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            LuceneIndex.write(directory, Corpus.generate(50, 7));
            searcher = new Searcher(directory);
        }
        return searcher;
    }

    @FuzzTest(maxDuration = "2m")
    void query(FuzzedDataProvider data) throws IOException {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        int facets = data.consumeInt(0, FACETS.size());
        for (int i = 0; i < facets; i++) {
            filters.put(FACETS.get(data.consumeInt(0, FACETS.size() - 1)),
                    List.of(data.consumeString(20), data.consumeString(20)));
        }
        int limit = data.consumeInt(1, 1000);
        SearchQuery query = SearchQuery.of(data.consumeRemainingAsString(), filters);
        assertTrue(query.terms().size() <= SearchQuery.MAX_TERMS);
        assertTrue(searcher().search(query, limit).size() <= limit);
    }
}
