package fr.terrinclus.html;

import java.text.Normalizer;
import java.util.Locale;

/** Turns French text into stable URL fragments: « Étapes clés » → {@code etapes-cles}. */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}
