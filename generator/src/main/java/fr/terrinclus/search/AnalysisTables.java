package fr.terrinclus.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The tables the browser needs to analyse text exactly like {@link FrenchAnalysis}, generated
 * from the Java side at build time: lower-casing (Java's simple case mapping, which differs from
 * JavaScript's {@code toLowerCase} for a few characters), accent folding, stop words, articles and
 * the tokenizer rule. Only the stemmer is ported by hand.
 */
final class AnalysisTables {
    private AnalysisTables() {
    }

    /** The tables as a JSON object. */
    static String json() {
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put("token", FrenchAnalysis.TOKEN);
        tables.put("articles", new ArrayList<>(FrenchAnalysis.articles()));
        tables.put("stop", new ArrayList<>(FrenchAnalysis.stopWordList()));
        tables.put("lower", lowerCase());
        tables.put("fold", folding());
        try {
            return new ObjectMapper().writeValueAsString(tables);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Code points whose lower case differs, as runs [first, count, step, offset]: code points
     * {@code first + i·step} (i &lt; count) lower-case to themselves plus {@code offset}. Runs keep
     * the table small: A–Z is one run, Latin Extended-A's alternating pairs are a few.
     */
    private static List<Integer> lowerCase() {
        List<int[]> pairs = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int lower = Character.toLowerCase(c);
            if (lower != c) {
                pairs.add(new int[] {c, lower - c});
            }
        }
        List<Integer> runs = new ArrayList<>();
        int i = 0;
        while (i < pairs.size()) {
            int first = pairs.get(i)[0];
            int offset = pairs.get(i)[1];
            int step = i + 1 < pairs.size() && pairs.get(i + 1)[1] == offset ? pairs.get(i + 1)[0] - first : 1;
            int count = 1;
            while (i + count < pairs.size() && pairs.get(i + count)[1] == offset
                    && pairs.get(i + count)[0] == first + count * step && step <= 2) {
                count++;
            }
            runs.addAll(List.of(first, count, step, offset));
            i += count;
        }
        return runs;
    }

    /** BMP characters that fold to something else, as one string per entry: the character, then its folding. */
    private static Map<String, String> folding() {
        Map<String, String> fold = new LinkedHashMap<>();
        for (char c = 0x80; c < Character.MIN_SURROGATE; c++) {
            String folded = FrenchAnalysis.fold(String.valueOf(c));
            if (!folded.equals(String.valueOf(c))) {
                fold.put(String.valueOf(c), folded);
            }
        }
        for (char c = (char) (Character.MAX_SURROGATE + 1); c != 0; c++) {
            String folded = FrenchAnalysis.fold(String.valueOf(c));
            if (!folded.equals(String.valueOf(c))) {
                fold.put(String.valueOf(c), folded);
            }
        }
        return fold;
    }
}
