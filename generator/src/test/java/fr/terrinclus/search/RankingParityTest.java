package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The browser ranks like Lucene: for every query of a set of 40 over a generated corpus, the JS
 * top 10 equals Lucene's top 10 (ties broken by id) and the scores agree to float precision.
 */
class RankingParityTest {
    static final List<String> QUERIES = List.of(
            "coopération", "eau", "eau potable", "l'eau potable", "l’eau", "jeunes emploi", "formation professionnelle",
            "santé", "education", "écoles", "gouvernance locale", "collectivites", "réseau associations",
            "évaluation suivi", "changement acteurs vision", "marqueurs de progrès", "échanges de pratiques",
            "solidarité internationale", "développement durable", "personnes en situation de fragilité",
            "accès aux services publics", "femmes agriculture", "marchés agricoles", "handicap insertion",
            "logement", "numérique", "énergie solaire", "climat", "migrants diaspora", "Sénégal", "Madagascar",
            "Seine-Maritime", "2A", "974", "ODD 6", "élus citoyens", "participation citoyenne", "budget financement",
            "atelier diagnostic", "projets pilotes", "démarches outils", "guide méthode", "ete", "oeuvre", "chevaux",
            "nationaux", "coopératives", "aujourd'hui", "jusqu'à");

    @TempDir
    Path dir;

    @Test
    void javascriptTopTenAndScoresEqualLucene() throws Exception {
        List<SearchDocument> docs = Corpus.generate(300, 7);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        LuceneIndex.write(directory, docs);
        Node.writeIndex(dir.resolve("donnees"), docs);
        Node.engine(dir);
        ObjectMapper json = new ObjectMapper();
        json.writeValue(dir.resolve("queries.json").toFile(), QUERIES);
        Node.run(dir, Node.prelude("donnees") + """
                const queries = JSON.parse(fs.readFileSync('queries.json', 'utf8'));
                (async () => {
                  const out = [];
                  for (const q of queries) {
                    const r = await engine.search({ text: q, prefix: false });
                    out.push(r.partial ? [] : r.hits.slice(0, 10).map(h => [h.doc, h.score]));
                  }
                  fs.writeFileSync('results.json', JSON.stringify(out));
                })().catch(e => { console.error(e); process.exit(1); });
                """);
        List<List<List<Double>>> js = json.readValue(dir.resolve("results.json").toFile(), new TypeReference<>() { });
        List<String> differences = new ArrayList<>();
        int compared = 0;
        try (Searcher searcher = new Searcher(directory)) {
            for (int q = 0; q < QUERIES.size(); q++) {
                SearchQuery query = SearchQuery.of(QUERIES.get(q), Map.of());
                if (query.terms().isEmpty()) {
                    continue;
                }
                List<Searcher.Hit> lucene = searcher.searchAll(query, 10);
                List<List<Double>> browser = js.get(q);
                compared += lucene.isEmpty() ? 0 : 1;
                List<Integer> luceneIds = lucene.stream().map(Searcher.Hit::id).toList();
                List<Integer> jsIds = browser.stream().map(h -> h.get(0).intValue()).toList();
                if (!luceneIds.equals(jsIds)) {
                    differences.add(QUERIES.get(q) + " : Lucene " + luceneIds + ", JS " + jsIds);
                    continue;
                }
                for (int i = 0; i < lucene.size(); i++) {
                    double expected = lucene.get(i).score();
                    double actual = browser.get(i).get(1);
                    if (Math.abs(expected - actual) > 1e-5 * Math.max(1, Math.abs(expected))) {
                        differences.add(QUERIES.get(q) + " #" + i + " : Lucene " + expected + ", JS " + actual);
                    }
                }
            }
        }
        assertTrue(compared >= 30, "requêtes comparées : " + compared);
        assertEquals(List.of(), differences);
    }
}
