package fr.terrinclus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlReaderTest {
    private final List<Problem> problems = new ArrayList<>();

    private YamlDocument read(String yaml) {
        return new YamlReader().read("f.md", yaml, 2, problems::add).orElseThrow();
    }

    @Test
    void yaml11TrapsKeepWhatTheEditorWrote() {
        YamlDocument doc = read("pays: [NO, FR]\ncode: 01\nd: 2024-01-01\nb: yes\nt: true\nn: 76\n");
        assertEquals("NO", doc.root().at("/pays/0").asString());
        assertTrue(doc.root().at("/pays/0").isString());
        assertEquals("01", doc.root().at("/code").asString());
        assertTrue(doc.root().at("/code").isString());
        assertEquals("2024-01-01", doc.root().at("/d").asString());
        assertTrue(doc.root().at("/b").isString());
        assertTrue(doc.root().at("/t").isBoolean());
        assertTrue(doc.root().at("/n").isNumber());
        assertEquals("76", doc.plainScalars().get("/n"));
    }

    @Test
    void positionsAreAbsoluteInTheFile() {
        YamlDocument doc = read("titre: X\npays:\n  - SN\n  - FR\n");
        assertEquals(new Position(5, 5), doc.valueAt("/pays/1"));
        assertEquals(new Position(3, 1), doc.keyAt("/pays"));
        assertEquals(new Position(5, 5), doc.valueAt("/pays/1/unknown"));
    }

    /** The YAML 1.2 core schema, pinned: the JSON schema the parser defaults to reads « ~ » as text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x: ~         | null",
        "x: Null      | null",
        "x:           | null",
        "x: .5        | 0.5",
        "x: 0x1F      | \"0x1F\"",
        "x: 0o17      | \"0o17\"",
        "x: 1_000     | \"1_000\"",
        "x: on        | \"on\"",
        "x: FALSE     | false",
        "x: '~'       | \"~\"",
    })
    void scalarsReadAsEditorsMeanThem(String yaml, String json) {
        assertEquals(json, read(yaml).root().get("x").toString());
    }

    /** The parser's English, matched by {@code explain}: a parser update must keep each translation. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`titre: a\nresume b\nx: 1\n`      | f.md:4:1: YAML invalide : « : » attendu après le nom du champ",
        "`titre: \"abc\n`                   | f.md:3:1: YAML invalide : guillemet ou crochet non refermé",
        "`titre: a: b\n`                    | f.md:2:9: YAML invalide : « : » inattendu ; si la valeur contient « : », mettez-la entre guillemets",
        "`titre: 'l'eau'\n`                 | f.md:2:11: YAML invalide : indentation incohérente ; alignez les champs d'un même niveau",
        "`? [a]\n: b\n`                     | f.md:2:4: YAML invalide : nom de champ attendu : les clés complexes (« ? ») ne sont pas prises en charge",
    })
    void syntaxErrorsAreTranslated(String yaml, String expected) {
        assertTrue(new YamlReader().read("f.md", yaml.replace("\\n", "\n"), 2, problems::add).isEmpty());
        assertEquals(List.of(expected), problems.stream().map(Problem::toString).toList());
    }
}
