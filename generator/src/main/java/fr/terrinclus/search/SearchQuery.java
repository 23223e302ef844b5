package fr.terrinclus.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's query: the words typed, analysed like the index, and facet filters. Every content
 * word must match (in any field, fields weighted by their boost); within a facet any selected
 * value matches, across facets all must. The browser builds the same query.
 *
 * @param terms   distinct analysed terms, in query order
 * @param filters selected values by facet field name ({@code departement → [76, 2A]})
 */
public record SearchQuery(List<String> terms, Map<String, List<String>> filters) {

    public SearchQuery {
        terms = List.copyOf(terms);
        filters = Map.copyOf(new TreeMap<>(filters));
    }

    /** Analyses {@code text} into a query with {@code filters}. */
    public static SearchQuery of(String text, Map<String, List<String>> filters) {
        Set<String> distinct = new LinkedHashSet<>(FrenchAnalysis.terms(text));
        return new SearchQuery(new ArrayList<>(distinct), filters);
    }

    /** The Lucene query: every term required, facets as filters; no term lists everything filtered. */
    public Query lucene() {
        return build(BooleanClause.Occur.MUST);
    }

    /** The same with any term sufficient: the fallback when no page has every word. */
    public Query anyTerm() {
        return build(BooleanClause.Occur.SHOULD);
    }

    private Query build(BooleanClause.Occur occur) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            for (SearchDocument.Field field : SearchDocument.Field.values()) {
                fields.add(new BoostQuery(new TermQuery(new Term(field.fieldName(), term)), field.boost()),
                        BooleanClause.Occur.SHOULD);
            }
            query.add(fields.build(), occur);
        }
        if (terms.isEmpty()) {
            query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        filters.forEach((field, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
            query.add(any.build(), BooleanClause.Occur.FILTER);
        });
        return query.build();
    }
}
