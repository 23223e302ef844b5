package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live index at the edges of its shards and facet table: after each update its files equal a clean index. */
class LiveIndexBoundariesTest {
    private final LiveIndexHarness index = new LiveIndexHarness();
    /** The files as the updates left them. */
    private final SortedMap<String, byte[]> files = index.files;

    @AfterEach
    void close() {
        index.close();
    }

    private LiveIndex.Changes update(List<SearchDocument> docs) {
        return index.update(docs);
    }

    private LiveIndex.Changes update(List<SearchDocument> docs, BiFunction<String, String, String> label) {
        return index.update(docs, label);
    }

    private long shardCount() {
        return files.keySet().stream().filter(f -> f.startsWith("t/")).count();
    }

    /** Pages with many unique terms, and one term shared by all pages (long postings). */
    private static List<SearchDocument> uniqueTerms(int pages, int perPage, String shared) {
        List<SearchDocument> docs = new ArrayList<>();
        SearchDocument base = Corpus.generate(1, 1).get(0);
        for (int i = 0; i < pages; i++) {
            StringBuilder body = new StringBuilder(shared);
            for (int k = 0; k < perPage; k++) {
                body.append(" q").append((char) ('a' + (i % 26))).append(i).append("w").append(k);
            }
            docs.add(LiveIndexTest.withBody(base, body.toString()));
        }
        return LiveIndexTest.renumbered(docs);
    }

    @Test
    void sharedTermWithLongPostingsToggledInEveryPage() {
        List<SearchDocument> docs = uniqueTerms(300, 12, "coopération");
        update(docs);
        long before = shardCount();
        assertTrue(before > 3, "shards: " + before);
        List<SearchDocument> without = new ArrayList<>();
        for (SearchDocument d : docs) {
            without.add(LiveIndexTest.withBody(d, d.body().replace("coopération", "")));
        }
        update(without);
        update(docs);
        // half the pages only
        List<SearchDocument> half = new ArrayList<>(docs);
        for (int i = 0; i < half.size(); i += 2) {
            half.set(i, without.get(i));
        }
        update(half);
        update(docs);
    }

    @Test
    void longPostingsTermAtEachShardBoundary() {
        List<SearchDocument> docs = uniqueTerms(200, 15, "");
        update(docs);
        // a term shared by every page, placed just before each shard's start in turn
        List<String> starts = new ArrayList<>();
        for (String f : files.keySet()) {
            if (f.startsWith("t/")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"termes\":\\[\"([^\"]+)\"")
                        .matcher(new String(files.get(f)));
                assertTrue(m.find());
                starts.add(m.group(1));
            }
        }
        for (String start : starts) {
            String term = start.substring(0, start.length() - 1);
            List<SearchDocument> with = new ArrayList<>();
            for (SearchDocument d : docs) {
                with.add(LiveIndexTest.withBody(d, d.body() + " " + term));
            }
            update(with);
            update(docs);
        }
    }

    @Test
    void firstTermOfTheWholeIndexRemovedAndReadded() {
        List<SearchDocument> docs = uniqueTerms(200, 15, "");
        update(docs);
        List<SearchDocument> changed = new ArrayList<>(docs);
        // q + 'a' + 0 ... the very first term is qa0w0 (page 0); remove all of page 0's terms
        changed.set(0, LiveIndexTest.withBody(docs.get(0), "zzzz"));
        update(changed);
        update(docs);
        // terms inserted before the first shard's start, with long postings
        List<SearchDocument> early = new ArrayList<>();
        for (SearchDocument d : docs) {
            early.add(LiveIndexTest.withBody(d, "aaa aab aac " + d.body()));
        }
        update(early);
        update(docs);
    }

    @Test
    void emptyingEveryPageThenRefilling() {
        List<SearchDocument> docs = uniqueTerms(150, 15, "commun");
        update(docs);
        List<SearchDocument> empty = new ArrayList<>();
        for (SearchDocument d : docs) {
            empty.add(new SearchDocument(d.id(), d.result(), "", "", "", "", "", "", d.facets()));
        }
        update(empty);
        update(empty);
        update(docs);
        update(empty);
        List<SearchDocument> one = new ArrayList<>(empty);
        one.set(75, docs.get(75));
        update(one);
        update(docs);
    }

    @Test
    void shardCountGrowsAndShrinksBySeveral() {
        List<SearchDocument> docs = uniqueTerms(100, 10, "");
        update(docs);
        long before = shardCount();
        StringBuilder big = new StringBuilder(docs.get(50).body());
        for (int k = 0; k < 6000; k++) {
            big.append(" m").append(k).append("z");
        }
        List<SearchDocument> grown = new ArrayList<>(docs);
        grown.set(50, LiveIndexTest.withBody(docs.get(50), big.toString()));
        update(grown);
        assertTrue(shardCount() >= before + 3, before + " -> " + shardCount());
        update(docs);
        assertEquals(before, shardCount());
        // grow in one page, shrink in another at once
        List<SearchDocument> both = new ArrayList<>(grown);
        both.set(10, LiveIndexTest.withBody(docs.get(10), "x"));
        update(both);
        update(grown);
        update(docs);
    }

    @Test
    void aFacetValueAppearsAndDisappearsInOnePage() {
        List<SearchDocument> docs = new ArrayList<>(Corpus.generate(40, 3));
        update(docs);
        SearchDocument d = docs.get(7);
        SearchDocument.Facets f = d.facets();
        List<String> themes = new ArrayList<>(f.themes());
        themes.add("zzz-nouvelle");
        List<String> departments = new ArrayList<>(f.departments());
        departments.add("000");
        List<Integer> sdgs = new ArrayList<>(f.sdgs());
        sdgs.add(99);
        SearchDocument.Facets g = new SearchDocument.Facets(f.type(), f.status(), departments, f.countries(), themes, sdgs);
        docs.set(7, new SearchDocument(d.id(), d.result(), d.title(), d.summary(), d.headings(), d.keywords(), d.body(),
                d.excerpt(), g));
        update(docs);
        docs.set(7, d);
        update(docs);
        // type and status changed to values no other page has, then to null
        docs.set(7, new SearchDocument(d.id(), d.result(), d.title(), d.summary(), d.headings(), d.keywords(), d.body(),
                d.excerpt(), new SearchDocument.Facets("zzz", "zzz", List.of(), List.of(), List.of(), List.of())));
        update(docs);
        docs.set(7, new SearchDocument(d.id(), d.result(), d.title(), d.summary(), d.headings(), d.keywords(), d.body(),
                d.excerpt(), new SearchDocument.Facets(f.type(), null, List.of(), List.of(), List.of(), List.of())));
        update(docs);
        docs.set(7, d);
        update(docs);
        // a page's facet values reordered
        List<String> reversed = new ArrayList<>(f.themes());
        java.util.Collections.reverse(reversed);
        docs.set(7, new SearchDocument(d.id(), d.result(), d.title(), d.summary(), d.headings(), d.keywords(), d.body(),
                d.excerpt(), new SearchDocument.Facets(f.type(), f.status(), f.departments(), f.countries(), reversed, f.sdgs())));
        update(docs);
    }

    @Test
    void labelsChangeWithTheSamePages() {
        List<SearchDocument> docs = Corpus.generate(40, 3);
        update(docs);
        update(new ArrayList<>(docs), (facet, value) -> "autre " + facet + value);
        update(new ArrayList<>(docs), LiveIndexHarness.LABEL);
    }

    @Test
    void aSeededWalkOfLargeTermChanges() {
        Random random = new Random(1234);
        List<SearchDocument> base = uniqueTerms(120, 8, "");
        List<SearchDocument> docs = new ArrayList<>(base);
        update(docs);
        for (int step = 0; step < 80; step++) {
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int i = random.nextInt(docs.size());
                SearchDocument d = docs.get(i);
                switch (random.nextInt(6)) {
                    case 0 -> docs.set(i, base.get(i));
                    case 1 -> {
                        StringBuilder b = new StringBuilder(d.body());
                        int n = random.nextInt(3000);
                        int p = random.nextInt(26);
                        for (int k = 0; k < n; k++) {
                            b.append(" ").append((char) ('a' + p)).append("n").append(random.nextInt(5000));
                        }
                        docs.set(i, LiveIndexTest.withBody(d, b.toString()));
                    }
                    case 2 -> docs.set(i, LiveIndexTest.withBody(d, ""));
                    case 3 -> {
                        // a common term to many pages
                        String t = "c" + (char) ('a' + random.nextInt(26)) + "x";
                        for (int j = 0; j < docs.size(); j += 1 + random.nextInt(3)) {
                            docs.set(j, LiveIndexTest.withBody(docs.get(j), docs.get(j).body() + " " + t));
                        }
                    }
                    case 4 -> {
                        String[] w = d.body().split(" ");
                        docs.set(i, LiveIndexTest.withBody(d, String.join(" ", java.util.Arrays.copyOf(w, w.length / 2))));
                    }
                    default -> docs.set(i, LiveIndexTest.withBody(d, d.body() + " " + d.body()));
                }
            }
            update(docs);
        }
    }

    /** Pages with identical texts, then texts swapped and copied between them in one update. */
    @Test
    void identicalTextsSwappedAndCopied() {
        List<SearchDocument> base = new ArrayList<>(Corpus.generate(30, 8));
        List<SearchDocument> docs = new ArrayList<>(base);
        docs.set(5, LiveIndexTest.withBody(docs.get(5), docs.get(9).body()));
        docs = LiveIndexTest.renumbered(docs);
        update(docs);
        List<SearchDocument> swapped = new ArrayList<>(docs);
        swapped.set(5, LiveIndexTest.withBody(docs.get(5), docs.get(12).body()));
        swapped.set(12, LiveIndexTest.withBody(docs.get(12), docs.get(5).body()));
        swapped.set(9, LiveIndexTest.withBody(docs.get(9), docs.get(9).body() + " agrément"));
        update(swapped);
        List<SearchDocument> back = new ArrayList<>(swapped);
        back.set(9, LiveIndexTest.withBody(docs.get(9), docs.get(9).body()));
        back.set(2, LiveIndexTest.withBody(docs.get(2), docs.get(9).body() + " agrement"));
        update(back);
        update(docs);
    }
}
