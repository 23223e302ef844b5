package fr.terrinclus;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule that folds French text into an identifier, used for file names, heading anchors
 * and every other address part: « Été à l'œuvre : Nord-Sud » → {@code ete-a-l-oeuvre-nord-sud}.
 */
public final class Identifiers {
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
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? fallback : id;
    }
}
