package fr.terrinclus.reference;

import java.util.Locale;

/**
 * One of the 17 UN Sustainable Development Goals (ODD in French).
 *
 * @param color     the UN colour, "#E5243B"
 * @param textColor the text colour that reads on {@code color} with the higher contrast
 */
public record Sdg(int number, String shortName, String title, String color, String textColor) {

    static final String LIGHT = "#FFFFFF";
    static final String DARK = "#1B1B1B";

    /** Builds a goal and chooses white or near-black text, whichever contrasts more with its colour. */
    static Sdg of(int number, String shortName, String title, String color) {
        String text = Contrast.ratio(color, LIGHT) >= Contrast.ratio(color, DARK) ? LIGHT : DARK;
        return new Sdg(number, shortName, title, color.toUpperCase(Locale.ROOT), text);
    }

    /** "ODD 6 : Eau propre et assainissement". */
    public String label() {
        return "ODD " + number + " : " + shortName;
    }
}
