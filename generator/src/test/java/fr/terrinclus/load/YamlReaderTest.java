package fr.terrinclus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private final List<Problem> problems = new ArrayList<>();

    private YamlDocument read(String yaml) {
        return new YamlReader().read("f.md", yaml, 2, problems::add).orElseThrow();
    }

    @Test
    void yaml11TrapsKeepWhatTheEditorWrote() {
        YamlDocument doc = read("pays: [NO, FR]\ncode: 01\nd: 2024-01-01\nb: yes\nt: true\nn: 76\n");
        assertEquals("NO", doc.root().at("/pays/0").asText());
        assertTrue(doc.root().at("/pays/0").isTextual());
        assertEquals("01", doc.root().at("/code").asText());
        assertTrue(doc.root().at("/code").isTextual());
        assertEquals("2024-01-01", doc.root().at("/d").asText());
        assertTrue(doc.root().at("/b").isTextual());
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
}
