package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** How the browser engine answers: all words, fallback, prefixes, typos, phrases, facets, excerpts. */
class EngineBehaviourTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode results;

    @TempDir
    static Path dir;

    private static SearchDocument doc(int id, String kind, String title, String body, String department, String country) {
        SearchDocument.Result card = new SearchDocument.Result(kind, kind, title, kind + "s/d" + id + "/", "", false, List.of());
        return new SearchDocument(id, card, title, "", "", department + " ; ODD 6", body, title + ". " + body,
                new SearchDocument.Facets(kind, null, List.of(department), List.of(country), List.of(), List.of(6)));
    }

    /** Queries run once in Node; each test reads its answer. */
    @BeforeAll
    static void runQueries() throws Exception {
        List<SearchDocument> docs = List.of(
                doc(0, "projet", "Eau potable au Sénégal", "Forages et accès à l'eau potable pour les villages.", "76", "SN"),
                doc(1, "guide", "Assainissement des écoles", "L’assainissement et l'hygiène dans les écoles rurales.", "76", "MA"),
                doc(2, "projet", "Coopération agricole", "La coopération entre agriculteurs ; potable n'est pas le sujet, l'eau non plus.", "2A", "SN"),
                doc(3, "guide", "Formation professionnelle des jeunes", "Former les jeunes aux métiers de l'eau.", "2A", "MG"),
                doc(4, "partenaire", "Réseau des coopératives", "Un réseau de coopératives agricoles.", "974", "MG"));
        Node.writeIndex(dir.resolve("donnees"), docs);
        Node.engine(dir);
        Node.run(dir, Node.prelude("donnees") + """
                const specs = [
                  ['and', {text: 'eau potable', prefix: false}],
                  ['fallback', {text: 'eau zzzz', prefix: false}],
                  ['prefix', {text: 'coop', prefix: true}],
                  ['prefixDone', {text: 'coop ', prefix: true}],
                  ['typo1', {text: 'potabel', prefix: false}],
                  ['typo2', {text: 'asainisement', prefix: false}],
                  ['typoShort', {text: 'eua', prefix: false}],
                  ['phrase', {text: '"eau potable"', prefix: false}],
                  ['apostrophe1', {text: "l'eau", prefix: false}],
                  ['apostrophe2', {text: 'l’eau', prefix: false}],
                  ['accents', {text: 'ecoles', prefix: false}],
                  ['plural', {text: 'cooperatives agricoles', prefix: false}],
                  ['department', {text: '2A', prefix: false}],
                  ['sdg', {text: 'ODD 6', prefix: false}],
                  ['facetOr', {text: 'eau', prefix: false, filters: {type: ['projet']}}],
                  ['facetAnd', {text: 'eau', prefix: false, filters: {type: ['projet', 'guide'], pays: ['SN']}}],
                  ['browse', {text: '', prefix: false, filters: {departement: ['2A']}}],
                ];
                (async () => {
                  const out = {};
                  for (const [name, q] of specs) {
                    const r = await engine.search(q);
                    out[name] = { docs: r.hits.map(h => h.doc), partial: r.partial, facets: r.facets, terms: r.terms };
                  }
                  out.excerpt = await engine.excerpt(1, engine.analyzer.terms('assainissement écoles'), 60);
                  fs.writeFileSync('results.json', JSON.stringify(out));
                })().catch(e => { console.error(e); process.exit(1); });
                """);
        results = JSON.readTree(dir.resolve("results.json").toFile());
    }

    private static List<Integer> docs(String name) {
        List<Integer> ids = new ArrayList<>();
        results.path(name).path("docs").forEach(d -> ids.add(d.asInt()));
        return ids;
    }

    private static Map<String, Integer> counts(String name, String facet) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        results.path(name).path("facets").path(facet).forEach(v -> counts.put(v.path("value").asString(), v.path("count").asInt()));
        return counts;
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of(0, 2), docs("and"));
        assertFalse(results.path("and").path("partial").asBoolean());
    }

    @Test
    void withNoPageHavingEveryWordTheBestPartialMatchesCome() {
        assertTrue(results.path("fallback").path("partial").asBoolean());
        assertEquals(List.of(0, 2, 3), docs("fallback").stream().sorted().toList());
    }

    @Test
    void theWordBeingTypedMatchesAsAPrefix() {
        assertTrue(docs("prefix").containsAll(List.of(2, 4)), docs("prefix").toString());
        assertEquals(List.of(), docs("prefixDone"), "a finished word is not a prefix");
    }

    @Test
    void typosAreToleratedOnLongWordsOnly() {
        assertEquals(List.of(0, 2), docs("typo1").stream().sorted().toList());
        assertEquals(List.of(1), docs("typo2"));
        assertEquals(List.of(), docs("typoShort"));
    }

    @Test
    void aQuotedPhraseMustAppearWordAfterWord() {
        assertEquals(List.of(0), docs("phrase"));
    }

    @Test
    void bothApostrophesAccentsAndInflectionsAreEquivalent() {
        assertEquals(docs("apostrophe1"), docs("apostrophe2"));
        assertEquals(List.of(0, 2, 3), docs("apostrophe1").stream().sorted().toList());
        assertEquals(List.of(1), docs("accents"));
        assertEquals(List.of(4), docs("plural"), "coopératives (the co-op) and coopération stem apart");
    }

    @Test
    void departmentCodesAndSdgNumbersAreSearchable() {
        assertEquals(List.of(2, 3), docs("department").stream().sorted().toList());
        assertEquals(5, docs("sdg").size());
    }

    @Test
    void facetsAreOrWithinAndAcross() {
        assertEquals(List.of(0, 2), docs("facetOr").stream().sorted().toList());
        assertEquals(Map.of("guide", 1, "projet", 2), counts("facetOr", "type"), "a facet's own selection does not narrow its counts");
        assertEquals(Map.of("SN", 2), counts("facetOr", "pays"));
        assertEquals(List.of(0, 2), docs("facetAnd").stream().sorted().toList());
        assertEquals(Map.of("guide", 0, "projet", 2), counts("facetAnd", "type"), "a selected value stays, to be unselected");
        assertEquals(List.of(2, 3), docs("browse"));
    }

    @Test
    void excerptsHighlightTheMatchedWords() {
        String excerpt = results.path("excerpt").asString();
        assertTrue(excerpt.contains("<mark>Assainissement</mark>") && excerpt.contains("<mark>écoles</mark>"), excerpt);
    }
}
