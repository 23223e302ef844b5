package fr.terrinclus.search;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.SmallFloat;

/**
 * The inverted index the browser reads, built page by page: for every term and field, the pages
 * that hold it with the term's frequency and the field's one-byte length norm (Lucene's
 * {@code SmallFloat.intToByte4}), plus the statistics BM25 needs. A site kept in memory replaces
 * one page's terms at a time ({@link #replace}). Not thread-safe, but for {@link #resolve}.
 */
final class Postings {
    private final int fields;
    // concurrent so that analysis threads can find each page's terms ({@link #resolve}) while pages are added
    private final Map<String, Term> terms = new ConcurrentHashMap<>();
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

    /** The counted terms of one field with each term's entry found: adding them is then no look-up. */
    record Resolved(int length, Term[] terms, int[] counts) {
    }

    /**
     * {@code counted} with the entry of each of its terms, made if new; safe on any thread, also
     * while pages are {@linkplain #add(int, int, Resolved) added}: a large site's analysis threads
     * do the look-ups, and the thread that adds pages in order only appends.
     */
    Resolved resolve(FieldTerms counted) {
        Term[] found = new Term[counted.frequencies().size()];
        int[] counts = new int[found.length];
        int i = 0;
        for (Map.Entry<String, int[]> term : counted.frequencies().entrySet()) {
            found[i] = terms.computeIfAbsent(term.getKey(), k -> new Term(fields));
            counts[i++] = term.getValue()[0];
        }
        return new Resolved(counted.length(), found, counts);
    }

    /** Adds the resolved terms of one field of page {@code doc}; pages come in increasing order. */
    void add(int doc, int field, Resolved counted) {
        if (counted.length == 0) {
            return;
        }
        docCount[field]++;
        totalTerms[field] += counted.length;
        int norm = SmallFloat.intToByte4(counted.length) & 0xFF;
        for (int i = 0; i < counted.terms.length; i++) {
            Term term = counted.terms[i];
            term.field(field).add(doc, counted.counts[i], norm);
            if (term.lastDoc != doc) {
                term.lastDoc = doc;
                term.docFreq++;
            }
        }
    }

    /** Adds the counted terms of one field of page {@code doc}; pages come in increasing order. */
    void add(int doc, int field, FieldTerms counted) {
        add(doc, field, resolve(counted));
    }

    /**
     * Replaces the counted terms of page {@code doc}, {@code before} by {@code after} (one per
     * field, as {@link #add} took them); returns the terms whose postings changed, including those
     * that came or went. The page keeps its number: postings stay in page order.
     */
    Set<String> replace(int doc, List<FieldTerms> before, List<FieldTerms> after) {
        Set<String> changed = new HashSet<>();
        Set<String> wasIn = new HashSet<>();
        Set<String> isIn = new HashSet<>();
        for (int field = 0; field < fields; field++) {
            FieldTerms old = before.get(field);
            FieldTerms now = after.get(field);
            wasIn.addAll(old.frequencies().keySet());
            isIn.addAll(now.frequencies().keySet());
            if (old.length() > 0) {
                docCount[field]--;
                totalTerms[field] -= old.length();
            }
            if (now.length() > 0) {
                docCount[field]++;
                totalTerms[field] += now.length();
            }
            int oldNorm = SmallFloat.intToByte4(old.length()) & 0xFF;
            int newNorm = SmallFloat.intToByte4(now.length()) & 0xFF;
            for (Map.Entry<String, int[]> term : old.frequencies().entrySet()) {
                int[] count = now.frequencies().get(term.getKey());
                if (count == null || count[0] != term.getValue()[0] || oldNorm != newNorm) {
                    terms.get(term.getKey()).fields[field].remove(doc);
                    changed.add(term.getKey());
                }
            }
            for (Map.Entry<String, int[]> term : now.frequencies().entrySet()) {
                int[] count = old.frequencies().get(term.getKey());
                if (count == null || count[0] != term.getValue()[0] || oldNorm != newNorm) {
                    terms.computeIfAbsent(term.getKey(), k -> new Term(fields)).field(field)
                            .insert(doc, term.getValue()[0], newNorm);
                    changed.add(term.getKey());
                }
            }
        }
        for (String term : wasIn) {
            if (!isIn.contains(term)) {
                changed.add(term);
                Term t = terms.get(term);
                if (--t.docFreq == 0) {
                    terms.remove(term);
                }
            }
        }
        for (String term : isIn) {
            if (!wasIn.contains(term)) {
                terms.get(term).docFreq++;
            }
        }
        return changed;
    }

    /** Whether some page holds {@code term}. */
    boolean contains(String term) {
        return terms.containsKey(term);
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
            if (triples == null || triples.size == 0) {
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

        /** Inserts the triple of page {@code doc}, keeping pages in order. */
        void insert(int doc, int b, int c) {
            int at = find(doc);
            add(0, 0, 0);
            System.arraycopy(values, at, values, at + 3, size - 3 - at);
            values[at] = doc;
            values[at + 1] = b;
            values[at + 2] = c;
        }

        /** Removes the triple of page {@code doc}, which is there. */
        void remove(int doc) {
            int at = find(doc);
            System.arraycopy(values, at + 3, values, at, size - at - 3);
            size -= 3;
        }

        /** Where page {@code doc}'s triple is, or would be: pages are in increasing order. */
        private int find(int doc) {
            int low = 0;
            int high = size / 3;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (values[mid * 3] < doc) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low * 3;
        }
    }
}
