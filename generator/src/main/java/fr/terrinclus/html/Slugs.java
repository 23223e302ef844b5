package fr.terrinclus.html;

import fr.terrinclus.Identifiers;

/** Turns French text into stable URL fragments: « Étapes clés » → {@code etapes-cles}. */
public final class Slugs {
    private Slugs() {
    }

    public static String of(String text) {
        return Identifiers.fold(text, "section");
    }
}
