package fr.terrinclus.search;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.util.SmallFloat;

/**
 * The inverted index the browser reads, built page by page: for every term and field, the pages
 * that hold it with the term's frequency and the field's one-byte length norm (Lucene's
 * {@code SmallFloat.intToByte4}), plus the statistics BM25 needs. Not thread-safe.
 */
final class Postings {
    private final int fields;
    private final Map<String, Term> terms = new HashMap<>();
    private final long[] docCount;
    private final long[] totalTerms;

    Postings(int fields) {
        this.fields = fields;
        this.docCount = new long[fields];
        this.totalTerms = new long[fields];
    }

    /** The terms of one field of one page, counted: what {@link #add} needs, made on any thread. */
    record FieldTerms(int length, Map<String, int[]> frequencies) {
        static FieldTerms of(List<String> analysed) {
            Map<String, int[]> tf = new HashMap<>();
            for (String t : analysed) {
                tf.computeIfAbsent(t, k -> new int[1])[0]++;
            }
            return new FieldTerms(analysed.size(), tf);
        }
    }

    /** Adds the counted terms of one field of page {@code doc}; pages come in increasing order. */
    void add(int doc, int field, FieldTerms counted) {
        if (counted.length() == 0) {
            return;
        }
        docCount[field]++;
        totalTerms[field] += counted.length();
        int norm = SmallFloat.intToByte4(counted.length()) & 0xFF;
        counted.frequencies().forEach((text, count) -> {
            Term term = terms.computeIfAbsent(text, k -> new Term(fields));
            term.field(field).add(doc, count[0], norm);
            if (term.lastDoc != doc) {
                term.lastDoc = doc;
                term.docFreq++;
            }
        });
    }

    /** Every term, sorted (Java's UTF-16 order, which is also JavaScript's). */
    SortedSet<String> terms() {
        return new TreeSet<>(terms.keySet());
    }

    /** How many pages hold {@code term} in any field. */
    int docFreq(String term) {
        Term t = terms.get(term);
        return t == null ? 0 : t.docFreq;
    }

    long docCount(int field) {
        return docCount[field];
    }

    long totalTerms(int field) {
        return totalTerms[field];
    }

    /** Per field: count, then (document gap, term frequency, norm) triples, as unsigned varints. */
    byte[] encode(String term) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (IntList triples : terms.get(term).fields) {
            if (triples == null) {
                varint(out, 0);
                continue;
            }
            varint(out, triples.size / 3);
            int previous = 0;
            for (int i = 0; i < triples.size; i += 3) {
                varint(out, triples.values[i] - previous);
                varint(out, triples.values[i + 1]);
                varint(out, triples.values[i + 2]);
                previous = triples.values[i];
            }
        }
        return out.toByteArray();
    }

    static void varint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static final class Term {
        final IntList[] fields;
        int lastDoc = -1;
        int docFreq;

        Term(int count) {
            fields = new IntList[count];
        }

        /** Most terms of a large site occur in one field only: the others' lists are never made. */
        IntList field(int field) {
            if (fields[field] == null) {
                fields[field] = new IntList();
            }
            return fields[field];
        }
    }

    /** A growable list of ints, without boxing: millions of postings on a large site. */
    private static final class IntList {
        int[] values = new int[3];
        int size;

        void add(int a, int b, int c) {
            if (size + 3 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = a;
            values[size++] = b;
            values[size++] = c;
        }
    }
}
