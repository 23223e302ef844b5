package fr.terrinclus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule that folds French text into an identifier, used for file names, heading anchors
 * and every other address part: « Été à l'œuvre : Nord-Sud » → {@code ete-a-l-oeuvre-nord-sud}.
 */
public final class Identifiers {
    // compiled once: every heading of every page is folded
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");

    private Identifiers() {
    }

    /**
     * Lower-case ASCII letters and digits joined by single hyphens; ligatures spelled out, accents
     * dropped, anything else a separator.
     *
     * @param fallback what to return when nothing of {@code text} is left
     */
    public static String fold(String text, String fallback) {
        String spelled = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss");
        String ascii = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
        String id = EDGES.matcher(SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return id.isEmpty() ? fallback : id;
    }
}
