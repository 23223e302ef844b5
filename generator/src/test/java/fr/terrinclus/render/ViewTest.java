package fr.terrinclus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The theme contract: the variables a template sees are its view's components, in snake case. */
class ViewTest {
    @Test
    void aTemplateSeesTheChromeAndItsViewInSnakeCase() {
        View.Chrome chrome = new View.Chrome(null, "Recherche", "Chercher", List.of(), null, "recherche/", true);
        Map<String, Object> variables = new TreeMap<>(new View.Search(chrome, "{}").variables());
        Map<String, Object> expected = new TreeMap<>();
        expected.put("site", null);
        expected.put("title", "Recherche");
        expected.put("description", "Chercher");
        expected.put("crumbs", List.of());
        expected.put("canonical", null);
        expected.put("section", "recherche/");
        expected.put("absolute_links", true);
        expected.put("search_strings", "{}");
        assertEquals(expected, variables);
    }
}
