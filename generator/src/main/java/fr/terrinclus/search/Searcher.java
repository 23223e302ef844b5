package fr.terrinclus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/** Answers queries from a Lucene index written by {@link LuceneIndex}; for editors and tests. */
public final class Searcher implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Directory owned;

    /** Searches the index in {@code directory}, which the caller closes. */
    public Searcher(Directory directory) throws IOException {
        this(directory, null);
    }

    private Searcher(Directory directory, Directory owned) throws IOException {
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        this.owned = owned;
    }

    /** Searches the browser index of a built site, in the folder {@code dir} ({@link LuceneIndex#ofClientIndex}). */
    public static Searcher open(java.nio.file.Path dir) throws IOException {
        Directory directory = LuceneIndex.ofClientIndex(dir);
        return new Searcher(directory, directory);
    }

    /** One result: the document's index id, where it is, and its score. */
    public record Hit(int id, String path, String title, String kindLabel, float score) {
    }

    /**
     * The best {@code limit} pages for {@code query}, by score then index id (the browser breaks
     * ties the same way). When no page has every word, the pages with some of them.
     */
    public List<Hit> search(SearchQuery query, int limit) throws IOException {
        List<Hit> hits = run(query.lucene(), limit);
        return hits.isEmpty() && query.terms().size() > 1 ? run(query.anyTerm(), limit) : hits;
    }

    /** The best {@code limit} pages having every word of {@code query}, without fallback. */
    public List<Hit> searchAll(SearchQuery query, int limit) throws IOException {
        return run(query.lucene(), limit);
    }

    private List<Hit> run(Query query, int limit) throws IOException {
        // ties are broken by index order (doc id), which is the search documents' id order
        TopDocs top = searcher.search(query, Math.max(limit, 1), new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC), true);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            hits.add(new Hit(d.getField(LuceneIndex.ID).numericValue().intValue(), d.get(LuceneIndex.PATH),
                    d.get(SearchDocument.Field.TITLE.fieldName()), d.get(LuceneIndex.KIND_LABEL), sd.score));
        }
        return hits;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        if (owned != null) {
            owned.close();
        }
    }
}
