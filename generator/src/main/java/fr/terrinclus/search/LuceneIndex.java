package fr.terrinclus.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;

/**
 * Writes the search documents into a Lucene index: one text field per {@link SearchDocument.Field}
 * analysed with {@link FrenchAnalysis}, facet values as exact-match fields, and what results
 * show as stored fields. BM25 with Lucene's defaults (k1 = 1.2, b = 0.75), which the browser
 * reproduces.
 */
public final class LuceneIndex {
    static final String ID = "id";
    static final String PATH = "chemin";
    static final String KIND = "type";
    static final String KIND_LABEL = "type_libelle";
    static final String DEPARTMENT = "departement";
    static final String COUNTRY = "pays";
    static final String THEME = "thematique";
    static final String SDG = "odd";
    static final String STATUS = "statut";

    private LuceneIndex() {
    }

    /** Replaces the index in the folder {@code dir} by an index of {@code docs}. */
    public static void write(java.nio.file.Path dir, List<SearchDocument> docs) throws IOException {
        try (Directory directory = org.apache.lucene.store.FSDirectory.open(dir)) {
            write(directory, docs);
        }
    }

    /** Replaces the content of {@code directory} by an index of {@code docs}. */
    public static void write(Directory directory, List<SearchDocument> docs) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(FrenchAnalysis.analyzer())
                .setSimilarity(new BM25Similarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchDocument doc : docs) {
                writer.addDocument(document(doc));
            }
        }
    }

    private static Document document(SearchDocument doc) {
        Document d = new Document();
        d.add(new StoredField(ID, doc.id()));
        d.add(new StoredField(PATH, doc.card().path()));
        d.add(new StoredField(KIND_LABEL, doc.card().kindLabel()));
        for (SearchDocument.Field field : SearchDocument.Field.values()) {
            d.add(new TextField(field.fieldName(), doc.text(field), field == SearchDocument.Field.TITLE
                    ? Field.Store.YES : Field.Store.NO));
        }
        SearchDocument.Facets f = doc.facets();
        d.add(new StringField(KIND, f.type(), Field.Store.NO));
        if (f.status() != null) {
            d.add(new StringField(STATUS, f.status(), Field.Store.NO));
        }
        f.departments().forEach(v -> d.add(new StringField(DEPARTMENT, v, Field.Store.NO)));
        f.countries().forEach(v -> d.add(new StringField(COUNTRY, v, Field.Store.NO)));
        f.themes().forEach(v -> d.add(new StringField(THEME, v, Field.Store.NO)));
        f.sdgs().forEach(v -> d.add(new StringField(SDG, String.valueOf(v), Field.Store.NO)));
        return d;
    }
}
