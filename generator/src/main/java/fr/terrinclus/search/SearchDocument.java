package fr.terrinclus.search;

import java.util.List;

/**
 * What the search knows of one page: its searchable text by field, its facet values, what
 * results show of it and the text excerpts are cut from.
 *
 * @param id        position in the index, from 0, in site path order
 * @param keywords  labels of its facets (department names and codes, countries, themes, SDGs,
 *                  status, partners), so that "2A", "ODD 6" or "Sénégal" find it
 * @param body      the text of its Markdown body: the very string of the rendered body, not a copy
 * @param details   the rest of its searchable text (objectives, the change block…), searched with
 *                  the body
 * @param excerpt   the text excerpts and highlights are taken from
 */
public record SearchDocument(
        int id,
        Result result,
        String title,
        String summary,
        String headings,
        String keywords,
        String body,
        String details,
        String excerpt,
        Facets facets) {

    /** A page whose searchable text is all in its body. */
    public SearchDocument(int id, Result result, String title, String summary, String headings, String keywords,
                          String body, String excerpt, Facets facets) {
        this(id, result, title, summary, headings, keywords, body, "", excerpt, facets);
    }

    /**
     * What a result shows of the page.
     *
     * @param kind the kind of page ({@code projet}), {@code kindLabel} its label
     * @param path the page's site path
     */
    public record Result(String kind, String kindLabel, String title, String path, String summary, boolean example,
                         List<String> facts) {
        public Result {
            facts = List.copyOf(facts);
        }
    }

    /** The facet values of a page; lists are sorted. {@code status} is null but for projects. */
    public record Facets(String type, String status, List<String> departments, List<String> countries,
                         List<String> themes, List<Integer> sdgs) {
        public Facets {
            departments = List.copyOf(departments);
            countries = List.copyOf(countries);
            themes = List.copyOf(themes);
            sdgs = List.copyOf(sdgs);
        }
    }

    /** The searchable text of {@code field}. */
    public String text(Field field) {
        return switch (field) {
            case TITLE -> title;
            case SUMMARY -> summary;
            case HEADINGS -> headings;
            case KEYWORDS -> keywords;
            case BODY -> joined(body, details);
        };
    }

    /** The body's text followed by the other text searched with it. */
    static String joined(String body, String details) {
        return details.isEmpty() ? body : body.isEmpty() ? details : body + " " + details;
    }

    /** The searchable fields and their boosts; the browser applies the same. */
    public enum Field {
        TITLE("titre", 4f),
        SUMMARY("resume", 2f),
        HEADINGS("intertitres", 1.5f),
        KEYWORDS("mots_cles", 1.5f),
        BODY("texte", 1f);

        private final String name;
        private final float boost;

        Field(String name, float boost) {
            this.name = name;
            this.boost = boost;
        }

        public String fieldName() {
            return name;
        }

        public float boost() {
            return boost;
        }
    }
}
