package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live index, updated page by page, holds after every update the files a clean index of the
 * same pages has, byte for byte, and makes again only those a change shows in.
 */
class LiveIndexTest {
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

    @Test
    void aWordAddedToOnePageMakesAgainItsExcerptAndTheShardsOfItsTermsOnly() {
        List<SearchDocument> docs = new ArrayList<>(Corpus.generate(400, 3));
        int all = update(docs).made().size();
        SearchDocument page = docs.get(123);
        docs.set(123, withBody(page, page.body() + " zygomatique"));
        LiveIndex.Changes changes = update(docs);
        assertTrue(changes.made().containsKey("x/123.js"), changes.made().keySet().toString());
        assertTrue(changes.made().keySet().stream().noneMatch(f -> f.startsWith("x/") && !f.equals("x/123.js")));
        assertTrue(changes.made().keySet().stream().noneMatch(f -> f.startsWith("c/")), "the card did not change");
        assertTrue(changes.made().containsKey(ClientIndex.lexiconFileName("zy")));
        assertTrue(changes.made().size() < all / 10, changes.made().size() + " of " + all);
        assertEquals(Set.of(), changes.removed());

        docs.set(123, page);
        changes = update(docs);
        assertTrue(changes.removed().contains(ClientIndex.lexiconFileName("zy")), "the word is gone from every page");
    }

    @Test
    void nothingChangedMakesNothing() {
        List<SearchDocument> docs = Corpus.generate(50, 4);
        update(docs);
        LiveIndex.Changes changes = update(new ArrayList<>(docs));
        assertEquals(Set.of(), changes.made().keySet());
        assertEquals(Set.of(), changes.removed());
    }

    /**
     * Two spellings with one surface form and two terms: the lexicon gives the form the term of
     * the first page that has it, and hands it to the next page when the first one loses it.
     */
    @Test
    void aSurfaceFormSharedByTwoTermsFollowsItsFirstPage() {
        String accented = "agrément";
        String plain = "agrement";
        assertEquals(FrenchAnalysis.surface(accented), FrenchAnalysis.surface(plain));
        assertNotEquals(FrenchAnalysis.terms(accented), FrenchAnalysis.terms(plain), "two terms for one form");
        List<SearchDocument> docs = new ArrayList<>(Corpus.generate(30, 5));
        SearchDocument first = docs.get(2);
        SearchDocument second = docs.get(20);
        docs.set(2, withBody(first, first.body() + " " + accented));
        docs.set(20, withBody(second, second.body() + " " + plain));
        update(docs);
        docs.set(2, first);
        LiveIndex.Changes changes = update(docs);
        assertTrue(changes.made().containsKey(ClientIndex.lexiconFileName("ag")));
        docs.set(2, withBody(first, first.body() + " " + accented));
        update(docs);
    }

    /**
     * A seeded walk of edits — words added and removed, new words, titles, summaries, facets,
     * pages restored, several pages at once, and now and then a page added or removed, which
     * renumbers the pages — checked against a clean index after each.
     */
    @Test
    void aLongWalkOfEditsAgreesWithACleanIndexAfterEveryStep() {
        Random random = new Random(42);
        List<SearchDocument> original = Corpus.generate(120, 9);
        List<SearchDocument> docs = new ArrayList<>(original);
        update(docs);
        int incremental = 0;
        for (int step = 0; step < 150; step++) {
            if (step % 37 == 36) {
                if (random.nextBoolean() && docs.size() > 10) {
                    docs.remove(random.nextInt(docs.size()));
                } else {
                    docs.add(random.nextInt(docs.size()), original.get(random.nextInt(original.size())));
                }
                docs = renumbered(docs);
                update(docs);
                continue;
            }
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int i = random.nextInt(docs.size());
                docs.set(i, edit(docs.get(i), original.get(random.nextInt(original.size())), random));
            }
            docs = renumbered(docs);
            LiveIndex.Changes changes = update(docs);
            if (changes.made().size() < files.size() / 2) {
                incremental++;
            }
        }
        assertTrue(incremental > 100, incremental + " updates made less than half the files again");
    }

    /**
     * Where a shard ends depends on the next one's first term: making its postings longer or
     * shorter moves the cut; the shards after it are kept only once the cuts fall again
     * where they were.
     */
    @Test
    void aTermThatGrowsThenGoesMovesTheCutBetweenShards() {
        Random random = new Random(7);
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder body = new StringBuilder("coopération");
            for (int k = 0; k < 15; k++) {
                body.append(" zq").append(i).append("x").append(k);
            }
            docs.add(withBody(Corpus.generate(1, 1).get(0), body.toString()));
        }
        docs = renumbered(docs);
        update(docs);
        java.util.regex.Pattern lastTerm = java.util.regex.Pattern.compile("\"termes\":\\[[^\\]]*\"([^\"]+)\"\\]");
        int hit = 0;
        for (int step = 0; step < 20; step++) {
            List<String> shardFiles = files.keySet().stream().filter(f -> f.startsWith("t/")).toList();
            assertTrue(shardFiles.size() > 4, shardFiles.toString());
            String shard = shardFiles.get(random.nextInt(shardFiles.size() - 1));
            java.util.regex.Matcher m = lastTerm.matcher(new String(files.get(shard)));
            assertTrue(m.find(), shard);
            String term = m.group(1);
            List<Integer> having = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if ((" " + docs.get(i).body() + " ").contains(" " + term + " ")) {
                    having.add(i);
                }
            }
            if (having.isEmpty()) {
                continue;
            }
            hit++;
            // the shard's last term grows long postings, so that it starts the next shard, then
            // shrinks back: the cut returns before the term after it
            // (a page's length is in its terms' postings: only pages with no term near the cut take it)
            int at = shardFiles.indexOf(shard);
            String from = firstTerm(shard);
            String upTo = at + 2 < shardFiles.size() ? firstTerm(shardFiles.get(at + 2)) : "\uffff";
            List<SearchDocument> before = docs;
            docs = new ArrayList<>(docs);
            int taking = 0;
            for (int i = 0; i < docs.size() && taking < 150; i++) {
                if (java.util.Arrays.stream(docs.get(i).body().split(" "))
                        .noneMatch(w -> w.compareTo(from) >= 0 && w.compareTo(upTo) <= 0)) {
                    docs.set(i, withBody(docs.get(i), docs.get(i).body() + " " + term));
                    taking++;
                }
            }
            update(renumbered(docs));
            docs = before;
            update(docs);
        }
        assertTrue(hit > 10, hit + " shard starts found in the pages");
    }

    private String firstTerm(String shard) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"termes\":\\[\"([^\"]+)\"")
                .matcher(new String(files.get(shard)));
        assertTrue(m.find(), shard);
        return m.group(1);
    }

    private static SearchDocument edit(SearchDocument doc, SearchDocument other, Random random) {
        String[] words = doc.body().split(" ");
        return switch (random.nextInt(7)) {
            case 0 -> withBody(doc, doc.body() + " " + Corpus.WORDS[random.nextInt(Corpus.WORDS.length)]);
            case 1 -> withBody(doc, doc.body() + " mot" + random.nextInt(40) + "x agrément agrement");
            case 2 -> withBody(doc, String.join(" ", java.util.Arrays.copyOf(words, Math.max(1, words.length - 1 - random.nextInt(20)))));
            case 3 -> new SearchDocument(doc.id(), new SearchDocument.Result(doc.result().kind(), doc.result().kindLabel(),
                    other.title(), doc.result().path(), doc.result().summary(), doc.result().example(), doc.result().facts()),
                    other.title(), doc.summary(), doc.headings(), doc.keywords(), doc.body(), doc.excerpt(), doc.facets());
            case 4 -> new SearchDocument(doc.id(), doc.result(), doc.title(), other.summary(), other.headings(),
                    doc.keywords(), doc.body(), other.summary() + " " + doc.body(), doc.facets());
            case 5 -> new SearchDocument(doc.id(), doc.result(), doc.title(), doc.summary(), doc.headings(), other.keywords(),
                    doc.body(), doc.excerpt(), other.facets());
            default -> new SearchDocument(doc.id(), doc.result(), other.title(), other.summary(), other.headings(),
                    other.keywords(), other.body(), other.excerpt(), doc.facets());
        };
    }

    static SearchDocument withBody(SearchDocument doc, String body) {
        return new SearchDocument(doc.id(), doc.result(), doc.title(), doc.summary(), doc.headings(), doc.keywords(), body,
                doc.summary() + " " + body, doc.facets());
    }

    /** Pages numbered in order, each with its own path, as the site gives them. */
    static List<SearchDocument> renumbered(List<SearchDocument> docs) {
        List<SearchDocument> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument d = docs.get(i);
            SearchDocument.Result r = d.result();
            String path = "pages/p" + String.format("%04d", i) + "/";
            out.add(new SearchDocument(i, new SearchDocument.Result(r.kind(), r.kindLabel(), r.title(), path, r.summary(),
                    r.example(), r.facts()), d.title(), d.summary(), d.headings(), d.keywords(), d.body(), d.excerpt(),
                    d.facets()));
        }
        return out;
    }
}
