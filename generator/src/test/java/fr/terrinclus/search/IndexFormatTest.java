package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The browser index format at its numbering boundaries (1, 9,999, 10,000, 10,001 and 100,000
 * pages): with 10,001 pages, page 10,000's card and excerpt are its own (files were named with four digits, and page 10,000 showed page 0's
 * excerpt), in the browser and in the editors' search; an index of another format version is
 * refused with a message.
 */
class IndexFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static SearchDocument doc(int id, String kind) {
        String title = "Fiche " + id;
        SearchDocument.Result card = new SearchDocument.Result(kind, kind, title, "guides/g" + id + "/", "", false, List.of());
        return new SearchDocument(id, card, title, "", "", "", "texte de la fiche numéro " + id, "extrait de la fiche " + id,
                new SearchDocument.Facets(kind, null, List.of(), List.of(), List.of(), List.of()));
    }

    /**
     * At each size around a boundary, the first and the last page keep their cards and excerpts,
     * a word of the last page alone finds it alone, and the facet table has a value for every
     * page (the last page alone is a project).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 9_999, 10_000, 10_001, 100_000})
    void everyPageIsFoundAtEachSize(int size) throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            docs.add(doc(i, i == size - 1 ? "projet" : "guide"));
        }
        Node.writeIndex(dir.resolve("donnees"), docs);
        Node.engine(dir);
        int last = size - 1;
        Node.run(dir, Node.prelude("donnees") + """
                (async () => {
                  await engine.init();
                  const docs = [0, LAST];
                  const cards = await engine.cards(docs);
                  const excerpts = [];
                  for (const d of docs) excerpts.push(await engine.excerpt(d, [], 40));
                  const word = await engine.search({ text: 'LAST', prefix: false });
                  const projects = await engine.search({ text: '', prefix: false, filters: { type: ['projet'] } });
                  const guides = await engine.search({ text: '', prefix: false, filters: { type: ['guide'] } });
                  fs.writeFileSync('results.json', JSON.stringify({ titles: cards.map(c => c.titre), excerpts,
                    word: word.hits.map(h => h.doc), projects: projects.hits.map(h => h.doc), guides: guides.total }));
                })().catch(e => { console.error(e); process.exit(1); });
                """.replace("LAST", String.valueOf(last)));
        JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
        assertEquals(List.of("Fiche 0", "Fiche " + last), texts(results.path("titles")));
        List<String> excerpts = texts(results.path("excerpts"));
        assertTrue(excerpts.get(0).contains("fiche 0"), excerpts.toString());
        assertTrue(excerpts.get(1).contains("fiche " + last), excerpts.toString());
        assertEquals(List.of(String.valueOf(last)), texts(results.path("word")));
        assertEquals(List.of(String.valueOf(last)), texts(results.path("projects")));
        assertEquals(size - 1, results.path("guides").asInt());
        // the editors' search reads the same files
        try (Searcher searcher = Searcher.open(dir.resolve("donnees"))) {
            List<Searcher.Hit> word = searcher.search(SearchQuery.of(String.valueOf(last), Map.of()), 10);
            assertEquals(List.of("guides/g" + last + "/"), word.stream().map(Searcher.Hit::path).toList());
            assertEquals(List.of("Fiche " + last), searcher.search(SearchQuery.of("fiche", Map.of("type", List.of("projet"))), 10)
                    .stream().map(Searcher.Hit::title).toList());
        }
    }

    @Test
    void anIndexOfAnotherFormatIsRefusedWithAMessage() throws Exception {
        Node.writeIndex(dir.resolve("donnees"), List.of(doc(0, "guide")));
        Path manifest = dir.resolve("donnees/manifeste.js");
        Files.writeString(manifest, Files.readString(manifest).replace("\"version\":" + ClientIndex.FORMAT_VERSION, "\"version\":1"));
        Node.engine(dir);
        Node.run(dir, Node.prelude("donnees") + """
                engine.init().then(() => fs.writeFileSync('results.json', '"accepté"'),
                                   e => fs.writeFileSync('results.json', JSON.stringify(e.message)));
                """);
        assertEquals("index de recherche au format 1, moteur au format " + ClientIndex.FORMAT_VERSION
                + " : reconstruisez le site avec la même version de Terrinclus", JSON.readTree(dir.resolve("results.json").toFile()).asString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isString() ? n.asString() : n.toString()));
        return out;
    }
}
