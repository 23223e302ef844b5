package fr.terrinclus.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A reader's query: the words typed, analysed like the index, and facet filters. Every content
 * word must match (in any field, fields weighted by their boost); within a facet any selected
 * value matches, across facets all must. The browser builds the same query.
 *
 * @param terms     distinct analysed terms, in query order, at most {@link #MAX_TERMS}
 * @param filters   selected values by facet field name ({@code departement → [76, 2A]})
 * @param truncated whether the text had more distinct terms than were kept
 */
public record SearchQuery(List<String> terms, Map<String, List<String>> filters, boolean truncated) {
    /**
     * Distinct words a query keeps; the browser reads the same bound from the manifest. It keeps
     * the query within Lucene's clause limit and a pasted page from costing seconds.
     */
    public static final int MAX_TERMS = 32;

    public SearchQuery {
        terms = List.copyOf(terms);
        filters = Map.copyOf(new TreeMap<>(filters));
    }

    /** Analyses {@code text} into a query with {@code filters}. */
    public static SearchQuery of(String text, Map<String, List<String>> filters) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(FrenchAnalysis.terms(text)));
        boolean truncated = distinct.size() > MAX_TERMS;
        return new SearchQuery(truncated ? distinct.subList(0, MAX_TERMS) : distinct, filters, truncated);
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
        // a set query has no clause limit, however many values are selected
        filters.forEach((field, values) -> query.add(new TermInSetQuery(field,
                values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER));
        return query.build();
    }
}
