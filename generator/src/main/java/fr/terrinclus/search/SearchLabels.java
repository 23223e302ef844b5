package fr.terrinclus.search;

import fr.terrinclus.model.Entry;
import java.util.List;

/**
 * The words of the interface the search shows, which the theme owns in its language: the index is
 * built from the model and these, never from a template.
 */
public interface SearchLabels {
    /** The label of a kind of page ({@code projet} → « Fiche projet »). */
    String kind(String kind);

    /** The few key facts a result shows of {@code entry} (status, countries, departments…), as listings do. */
    List<String> facts(Entry entry);

    /** The label readers see for a facet value: « Seine-Maritime (76) » for {@code departement / 76}. */
    String facet(String facet, String value);
}
