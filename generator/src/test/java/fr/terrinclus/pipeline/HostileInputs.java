package fr.terrinclus.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Guide files that crashed or stalled the build before its limits existed (issue 7: each took
 * from 26 s to more than 150 s, or ended in a StackOverflowError), and files that fill the
 * limits as badly as they allow. Shared by {@code HostileInputTest}, the fuzz test's seeds and
 * {@code HostileInputBenchmark}, which times each in its own JVM.
 */
public final class HostileInputs {
    static final String FRONT_MATTER = "titre: G\nresume: R\ndate_publication: \"2024\"\n";

    private HostileInputs() {
    }

    /** The cases the issue lists, as whole guide files, by name. */
    public static Map<String, String> reported() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("500 listes imbriquées", body(nested("- x\n", 500)));
        cases.put("1 000 citations imbriquées", body(">".repeat(1000) + " x\n"));
        cases.put("3 000 astérisques", body("*".repeat(3000) + "\n"));
        cases.put("100 000 liens, un par paragraphe", body(repeat(i -> "[a](https://e.fr/" + i + ")\n\n", 100_000)));
        cases.put("20 000 intertitres identiques", body("## Titre\n\n".repeat(20_000)));
        cases.put("commentaire de 10 Mo dans l'en-tête", "---\n" + FRONT_MATTER + "#" + "x".repeat(10_000_000) + "\n---\nx\n");
        cases.put("[a]( × 50 000", body("[a](".repeat(50_000) + "\n"));
        cases.put("40 000 liens dans un paragraphe", body(repeat(i -> "[a](https://e.fr/" + i + ") ", 40_000) + "\n"));
        cases.put("&amp; × 200 000", body("&amp;".repeat(200_000) + "\n"));
        cases.put("alias YAML", "---\ntitre: G\nresume: *t\ndate_publication: \"2024\"\n---\nx\n");
        cases.put("caractère nul dans l'en-tête", "---\ntitre: G\u0000\nresume: R\ndate_publication: \"2024\"\n---\nx\n");
        cases.put("en-tête imbriqué sur 5 000 niveaux", "---\n" + FRONT_MATTER + "x: " + "[".repeat(5000) + "]".repeat(5000)
                + "\n---\nx\n");
        cases.put("<style> MathML non refermé", body("Avant <math><style> milieu\n\nSuite **visible**.\n"));
        // found by an independent attack once the limits existed
        cases.put("<q/> × 121 500 (HTML profond malgré les balises auto-fermantes)",
                body("<div>\n" + ("<q/>".repeat(2250) + "\n").repeat(54)));
        cases.put("80 000 lignes de « | »", body("|\n".repeat(80_000)));
        cases.put("87 000 adresses de courriel nues", body(fill("a@b.c ".repeat(1000), "\n\n", 520_000)));
        cases.put("emphases imbriquées × 21 600 dans un paragraphe", body(("*a ".repeat(2700) + "\n").repeat(8)
                + ("a* ".repeat(2700) + "\n").repeat(8)));
        cases.put("montant 1e999999999", "---\n" + FRONT_MATTER + "odd: [1e999999999]\n---\nx\n");
        return cases;
    }

    /**
     * Files that stay just inside every limit, {@code bytes} long, built from the constructs that
     * cost the most (each markup character makes the parser scan its paragraph).
     */
    public static Map<String, String> worstWithinLimits(int bytes) {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("paragraphes de 250 [a](", body(fill("[a](".repeat(250), "\n\n", bytes)));
        cases.put("paragraphes de 500 &amp;", body(fill(("&amp;".repeat(100) + "\n").repeat(5), "\n", bytes)));
        cases.put("paragraphes de 500 accents graves", body(fill(("`a ".repeat(100) + "\n").repeat(5), "\n", bytes)));
        cases.put("paragraphes de 500 chevrons", body(fill(("<a ".repeat(100) + "\n").repeat(5), "\n", bytes)));
        cases.put("paragraphes de 500 emphases ouvertes puis fermées", body(fill("*a ".repeat(250) + "a* ".repeat(250), "\n\n", bytes)));
        cases.put("paragraphes de 500 barrés ouverts puis fermés", body(fill("~~a ".repeat(125) + "a~~ ".repeat(125), "\n\n", bytes)));
        cases.put("paragraphes de 500 barres obliques inverses", body(fill(("\\".repeat(100) + "\n").repeat(5), "\n", bytes)));
        cases.put("lignes de 10 000 astérisques", body(fill("*".repeat(10_000), "\n", bytes)));
        cases.put("lignes de 10 000 crochets ouvrants", body(fill("[".repeat(10_000), "\n", bytes)));
        cases.put("4 900 adresses web nues", body(("www.e.fr ".repeat(49) + "\n\n").repeat(100)));
        cases.put("HTML imbriqué sur 95 niveaux", body(fill("<div>".repeat(95) + "x" + "</div>".repeat(95), "\n\n", bytes)));
        cases.put("citations sur 19 niveaux", body(fill((">".repeat(19) + " x\n").repeat(1000), "\n", bytes)));
        cases.put("5 000 liens", body(repeat(i -> "[a](https://e.fr/" + i + ")\n\n", 5000)));
        cases.put("1 000 intertitres identiques", body("## Titre\n\n".repeat(1000)));
        cases.put("400 ancres inconnues de 200 lettres parmi 400 intertitres", body(anchors()));
        return cases;
    }

    /** Long headings, and links to long anchors that almost match them: each asks for a suggestion. */
    private static String anchors() {
        Random random = new Random(7);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            out.append("## ").append(ab(random, 200)).append("\n\n");
        }
        for (int i = 0; i < 400; i++) {
            out.append("[l](#").append(ab(random, 200)).append(")").append(i % 20 == 19 ? "\n\n" : " ");
        }
        return out.toString();
    }

    private static String ab(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(random.nextBoolean() ? 'a' : 'b');
        }
        return out.toString();
    }

    private static String body(String markdown) {
        return "---\n" + FRONT_MATTER + "---\n" + markdown;
    }

    private static String nested(String item, int levels) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            out.append("  ".repeat(i)).append(item);
        }
        return out.toString();
    }

    private static String repeat(IntFunction<String> unit, int times) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) {
            out.append(unit.apply(i));
        }
        return out.toString();
    }

    /** {@code unit} repeated, joined by {@code separator}, up to {@code bytes} (the front matter takes ~70 more). */
    private static String fill(String unit, String separator, int bytes) {
        StringBuilder out = new StringBuilder();
        while (out.length() + unit.length() + separator.length() < bytes - 100) {
            out.append(unit).append(separator);
        }
        return out.toString();
    }
}
