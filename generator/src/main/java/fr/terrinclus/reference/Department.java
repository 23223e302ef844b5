package fr.terrinclus.reference;

/**
 * A French department from the INSEE official geographic code.
 *
 * @param code     INSEE code as text: "01", "2A", "974"
 * @param name     "Seine-Maritime"
 * @param region   the region's name
 * @param linkType INSEE's article code (TNCC), used to write "Département de la Seine-Maritime"
 */
public record Department(String code, String name, String region, int linkType) {

    /** The name with its French article after "de": "de la Seine-Maritime", "des Yvelines", "de l'Ain". */
    public String ofName() {
        return switch (linkType) {
            case 1, 5 -> "de l'" + stripArticle();
            case 2 -> "du " + stripArticle();
            case 3 -> "de la " + stripArticle();
            case 4 -> "des " + stripArticle();
            default -> (startsWithVowel(name) ? "d'" : "de ") + name;
        };
    }

    /** "Département de la Seine-Maritime". */
    public String authorityName() {
        return "Département " + ofName();
    }

    /** "Seine-Maritime (76)", the label used in lists. */
    public String label() {
        return name + " (" + code + ")";
    }

    private String stripArticle() {
        for (String article : new String[] {"La ", "Le ", "Les ", "L'"}) {
            if (name.startsWith(article)) {
                return name.substring(article.length());
            }
        }
        return name;
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "AEIOUYÉÈÊÎÔÂaeiouyéèêîôâ".indexOf(s.charAt(0)) >= 0;
    }
}
