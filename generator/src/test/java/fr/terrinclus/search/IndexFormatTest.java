package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser index format at its numbering boundaries: with 10,001 pages, page 10,000's card and
 * excerpt are its own (files were named with four digits, and page 10,000 showed page 0's
 * excerpt); an index of another format version is refused with a message.
 */
class IndexFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static SearchDocument doc(int id) {
        String title = "Fiche " + id;
        SearchDocument.Result card = new SearchDocument.Result("guide", "Guide", title, "guides/g" + id + "/", "", false, List.of());
        return new SearchDocument(id, card, title, "", "", "", "texte de la fiche numéro " + id, "extrait de la fiche " + id,
                new SearchDocument.Facets("guide", null, List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void pagesPastTenThousandKeepTheirOwnCardsAndExcerpts() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            docs.add(doc(i));
        }
        Node.writeIndex(dir.resolve("donnees"), docs);
        Node.engine(dir);
        Node.run(dir, Node.prelude("donnees") + """
                (async () => {
                  await engine.init();
                  const docs = [0, 9999, 10000];
                  const cards = await engine.cards(docs);
                  const excerpts = [];
                  for (const d of docs) excerpts.push(await engine.excerpt(d, [], 40));
                  fs.writeFileSync('results.json', JSON.stringify({ titles: cards.map(c => c.titre), excerpts }));
                })().catch(e => { console.error(e); process.exit(1); });
                """);
        JsonNode results = JSON.readTree(dir.resolve("results.json").toFile());
        assertEquals(List.of("Fiche 0", "Fiche 9999", "Fiche 10000"), texts(results.path("titles")));
        List<String> excerpts = texts(results.path("excerpts"));
        assertTrue(excerpts.get(2).contains("fiche 10000"), excerpts.toString());
        assertTrue(excerpts.get(0).contains("fiche 0"), excerpts.toString());
    }

    @Test
    void anIndexOfAnotherFormatIsRefusedWithAMessage() throws Exception {
        Node.writeIndex(dir.resolve("donnees"), List.of(doc(0)));
        Path manifest = dir.resolve("donnees/manifeste.js");
        Files.writeString(manifest, Files.readString(manifest).replace("\"version\":" + ClientIndex.FORMAT_VERSION, "\"version\":1"));
        Node.engine(dir);
        Node.run(dir, Node.prelude("donnees") + """
                engine.init().then(() => fs.writeFileSync('results.json', '"accepté"'),
                                   e => fs.writeFileSync('results.json', JSON.stringify(e.message)));
                """);
        assertEquals("index de recherche au format 1, moteur au format 2 : reconstruisez le site avec la même version "
                + "de Terrinclus", JSON.readTree(dir.resolve("results.json").toFile()).asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
        return out;
    }
}
