package fr.terrinclus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The one French analysis chain of the site's search, used for every indexed field and every
 * query, at build time (Lucene) and in the browser (its port in {@code moteur.js}):
 *
 * <ol>
 *   <li>tokenizer: runs of letters and digits, joined by an apostrophe ({@code '} or {@code ’})
 *       followed by more letters: {@code l’eau} and {@code aujourd'hui} are one token, a hyphen
 *       splits. A regular expression rather than Lucene's UAX#29 tokenizer, so that JavaScript
 *       can apply exactly the same rule;</li>
 *   <li>elision of French articles (l' d' qu' jusqu' lorsqu' …), either apostrophe;</li>
 *   <li>lower-casing (Java's simple mapping: the browser receives it as a table);</li>
 *   <li>French stop words, plus their unaccented spellings so that {@code etait} typed without
 *       accents is a stop word too;</li>
 *   <li>Savoy's light French stemmer ({@code FrenchLightStemFilter});</li>
 *   <li>accent folding ({@code ASCIIFoldingFilter}) last, because the stemmer reads accents:
 *       {@code été} and {@code ete} meet, {@code œuvre} becomes {@code oeuvr}.</li>
 * </ol>
 *
 * <p>Thread-safe: Lucene analyzers reuse per-thread components.
 */
public final class FrenchAnalysis {
    /** The tokenizer's rule, written so that Java and JavaScript (with the {@code u} flag) read it alike. */
    public static final String TOKEN = "[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*";
    private static final Pattern TOKEN_PATTERN = Pattern.compile(TOKEN);

    private static final CharArraySet STOP_WORDS = stopWords();
    private static final Analyzer ANALYZER = chain(true);
    // the lexicon's surface forms: what a reader types, before stop words and stemming
    private static final Analyzer SURFACE = chain(false);

    private static Analyzer chain(boolean full) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new PatternTokenizer(TOKEN_PATTERN, 0);
                TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                if (full) {
                    stream = new StopFilter(stream, STOP_WORDS);
                    stream = new FrenchLightStemFilter(stream);
                }
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private FrenchAnalysis() {
    }

    /** The Lucene analyzer, for indexing and for queries. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The terms of {@code text}, in order. */
    public static List<String> terms(String text) {
        return run(ANALYZER, text);
    }

    /** A term and the raw token of the text it comes from. */
    public record Token(String term, String raw) {
    }

    /** The terms of {@code text} with the raw tokens they come from, in one pass. */
    public static List<Token> tokensWithTerms(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), text.substring(offset.startOffset(), offset.endOffset())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The surface form of a raw token: elided, lower-cased and folded, neither stemmed nor
     * stop-filtered ({@code L’Économie} → {@code economie}). Prefix search and typo tolerance
     * compare what the reader types with these.
     */
    public static String surface(String token) {
        List<String> forms = run(SURFACE, token);
        return forms.isEmpty() ? "" : forms.get(0);
    }

    private static List<String> run(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The raw tokens of {@code text}, before any filter: what the browser tokenizer must also find. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        TOKEN_PATTERN.matcher(text).results().forEach(m -> tokens.add(m.group()));
        return tokens;
    }

    /** The stop words, sorted: Lucene's French list and the unaccented spelling of each. */
    public static Set<String> stopWordList() {
        Set<String> words = new TreeSet<>();
        for (Object word : STOP_WORDS) {
            words.add(new String((char[]) word));
        }
        return words;
    }

    /** The elided articles, sorted. */
    public static Set<String> articles() {
        Set<String> words = new TreeSet<>();
        for (Object word : FrenchAnalyzer.DEFAULT_ARTICLES) {
            words.add(new String((char[]) word));
        }
        return words;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), false);
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            set.add(fold(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(set);
    }

    /** {@code ASCIIFoldingFilter}'s folding of one string. */
    static String fold(String s) {
        char[] in = s.toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }
}
