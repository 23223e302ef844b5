package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The browser's analysis gives the same terms as Lucene's, over every text and token of the
 * shipped content, the French word list of Debian's {@code wfrench} and a list of traps.
 */
class AnalysisParityTest {
    private static final Path WFRENCH = Path.of("/usr/share/dict/french");
    private static final List<String> TRAPS = List.of(
            "L'eau de l’Île-de-France", "aujourd'hui", "AUJOURD’HUI", "Noël été ÉTÉ œuvre coopération Œuvre",
            "jusqu'à lorsqu'il qu'elle puisqu’on quoiqu'il", "Corse-du-Sud (2A), Haute-Corse (2B), La Réunion (974)",
            "ODD 6, ODD n°13, ODD17", "Côtes-d'Armor", "L’AFD finance 2,5 M€ en 2024.", "İstanbul ǅemal Σίσυφος ΣΑΣ",
            "ﬁnancement ﬂux Æsop straße", "emoji 🙂 à côté", "x".repeat(300), "chevaux travaux nationaux",
            "etait était ETAIT", "l'", "'", "’’", "d'l'eau", "qu''il", "ÇA ça", "ﬀ", "𝐀𝐁𝐂 lettres mathématiques",
            "12,5 % 1 000 000", "co-construction éco-responsable", "Ⅻ chapitre", "ℌ", "ǈ");

    @TempDir
    Path dir;

    @Test
    void browserAnalysisMatchesLuceneEverywhere() throws Exception {
        Set<String> inputs = new LinkedHashSet<>(TRAPS);
        try (Stream<Path> files = Files.walk(Path.of("..", "content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(file);
                inputs.add(text);
                inputs.addAll(FrenchAnalysis.tokens(text));
            }
        }
        assertTrue(Files.isRegularFile(WFRENCH), "liste de mots absente : installez le paquet Debian wfrench");
        List<String> words = Files.readAllLines(WFRENCH, StandardCharsets.UTF_8);
        assertTrue(words.size() > 300_000, "mots : " + words.size());
        inputs.addAll(words);
        List<String> all = new ArrayList<>(inputs);

        ObjectMapper json = new ObjectMapper();
        Files.writeString(dir.resolve("tables.json"), AnalysisTables.json());
        json.writeValue(dir.resolve("inputs.json").toFile(), all);
        Node.engine(dir);
        String out = Node.run(dir, """
                const fs = require('fs');
                require('./moteur.js');
                const analyzer = new TerrinclusSearch.Analyzer(JSON.parse(fs.readFileSync('tables.json', 'utf8')));
                const inputs = JSON.parse(fs.readFileSync('inputs.json', 'utf8'));
                fs.writeFileSync('outputs.json', JSON.stringify(inputs.map(t => analyzer.terms(t))));
                fs.writeFileSync('surfaces.json', JSON.stringify(inputs.map(t => analyzer.surface(t))));
                """);
        assertEquals("", out);
        List<List<String>> js = json.readValue(dir.resolve("outputs.json").toFile(), new TypeReference<>() { });
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<String> lucene = FrenchAnalysis.terms(all.get(i));
            if (!lucene.equals(js.get(i))) {
                mismatches.add(abbreviate(all.get(i)) + " : Lucene " + lucene + ", JS " + js.get(i));
            }
        }
        List<String> surfaces = json.readValue(dir.resolve("surfaces.json").toFile(), new TypeReference<>() { });
        for (int i = 0; i < all.size(); i++) {
            String token = all.get(i);
            // surface forms are compared on single tokens: the lexicon holds tokens
            if (FrenchAnalysis.tokens(token).equals(List.of(token)) && !FrenchAnalysis.surface(token).equals(surfaces.get(i))) {
                mismatches.add("surface de " + abbreviate(token) + " : Lucene " + FrenchAnalysis.surface(token) + ", JS " + surfaces.get(i));
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())),
                mismatches.size() + " différences sur " + all.size() + " entrées");
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
