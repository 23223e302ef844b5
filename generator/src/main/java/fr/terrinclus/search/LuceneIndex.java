package fr.terrinclus.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
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

    private static final double RAM_BUFFER_MB = 64;
    /** An analysed field whose terms come counted: frequencies without positions, which term queries never read. */
    private static final FieldType COUNTED = new FieldType();

    static {
        COUNTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        COUNTED.setTokenized(true);
        COUNTED.freeze();
    }

    private LuceneIndex() {
    }

    /**
     * An index in memory of the pages of the browser index in {@code folder} (a built site's
     * {@code recherche/donnees/}): the pages were analysed once, by the build, and the browser
     * index keeps every term's frequency and every field's length that ranking needs.
     */
    public static Directory ofClientIndex(java.nio.file.Path folder) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (Writer writer = new Writer(directory)) {
            ClientIndexReader.read(folder, page -> writer.add(page.doc(), page.fields()));
        }
        return directory;
    }

    /** Replaces the content of {@code directory} by an index of {@code docs}, analysing each. */
    public static void write(Directory directory, List<SearchDocument> docs) throws IOException {
        try (Writer writer = new Writer(directory)) {
            for (SearchDocument doc : docs) {
                writer.add(doc, Arrays.stream(SearchDocument.Field.values())
                        .map(field -> Postings.FieldTerms.of(FrenchAnalysis.terms(doc.text(field)))).toList());
            }
        }
    }

    /**
     * An index being written from documents already analysed (their terms counted, field by
     * field, as the browser's index counts them): a site's pages are analysed once for both.
     * The queries are term queries, so term frequencies and field lengths are all the ranking
     * needs; positions are not kept.
     */
    static final class Writer implements AutoCloseable {
        private final IndexWriter writer;

        Writer(Directory directory) throws IOException {
            // written once and never updated: one large buffer, so segments are flushed and merged
            // a few times rather than every 16 MB, and no compound files to copy them into
            IndexWriterConfig config = new IndexWriterConfig(FrenchAnalysis.analyzer())
                    .setSimilarity(new BM25Similarity())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setUseCompoundFile(false);
            this.writer = new IndexWriter(directory, config);
        }

        /** Adds {@code doc}, whose fields, in {@link SearchDocument.Field} order, are {@code fields}. */
        void add(SearchDocument doc, List<Postings.FieldTerms> fields) throws IOException {
            writer.addDocument(document(doc, fields));
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    private static Document document(SearchDocument doc, List<Postings.FieldTerms> fields) {
        Document d = new Document();
        d.add(new StoredField(ID, doc.id()));
        d.add(new StoredField(PATH, doc.result().path()));
        d.add(new StoredField(KIND_LABEL, doc.result().kindLabel()));
        SearchDocument.Field[] names = SearchDocument.Field.values();
        for (int i = 0; i < names.length; i++) {
            d.add(new Field(names[i].fieldName(), new CountedTerms(fields.get(i)), COUNTED));
        }
        d.add(new StoredField(SearchDocument.Field.TITLE.fieldName(), doc.title()));
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

    /**
     * The terms of a field, each once with its frequency: Lucene then counts the field's length as
     * the sum of the frequencies, the same as one token per occurrence, with a tenth of the work.
     */
    private static final class CountedTerms extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final Iterator<Map.Entry<String, int[]>> terms;

        CountedTerms(Postings.FieldTerms counted) {
            terms = counted.frequencies().entrySet().iterator();
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (!terms.hasNext()) {
                return false;
            }
            Map.Entry<String, int[]> next = terms.next();
            term.setEmpty().append(next.getKey());
            frequency.setTermFrequency(next.getValue()[0]);
            return true;
        }
    }
}
