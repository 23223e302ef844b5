package fr.terrinclus;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known value an editor most likely meant when they typed an unknown one. */
public final class Suggestions {
    /** Longer typed values get no suggestion. */
    static final int MAX_CHARS = 64;
    /** Candidates compared at most, in their given order. */
    static final int MAX_CANDIDATES = 2_000;

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code typed} (case, accents and separators ignored), if it is close
     * enough to be a typo: at most a third of the word's letters differ.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = fold(typed);
        // a typo is a short word's; comparing long texts costs the product of their lengths, for each candidate
        if (t.length() > MAX_CHARS) {
            return Optional.empty();
        }
        return candidates.stream()
                .limit(MAX_CANDIDATES)
                .filter(c -> Math.abs(fold(c).length() - t.length()) <= Math.max(1, MAX_CHARS / 3))
                .min(Comparator.comparingInt((String c) -> distance(t, fold(c))).thenComparing(c -> c))
                .filter(c -> distance(t, fold(c)) <= Math.max(1, Math.max(t.length(), fold(c).length()) / 3));
    }

    /** " ; vouliez-vous dire « x » ?" or nothing. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> " ; vouliez-vous dire « " + c + " » ?").orElse("");
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }

    /** Levenshtein distance, with a transposition counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
