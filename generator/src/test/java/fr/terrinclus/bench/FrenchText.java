package fr.terrinclus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Deterministic French-looking text: words of Debian's French word list ({@code wfrench}) drawn
 * by a Zipf–Mandelbrot law, so a few are common and most are rare as in real text (the commonest
 * about 0.5 % of the words, not 8 % as with a plain Zipf law over 340,000 words), woven with
 * function words and their elisions (« l'accord », « qu'elle »). The words are drawn from
 * {@link #VOCABULARY} of the list's: a site on one subject uses about that many distinct words
 * over ten million (Heaps' law, a few hundred thousand for all of French), where the whole list,
 * mostly verb forms, would give twenty times more than real text and weigh on every search index.
 */
final class FrenchText {
    private static final Path DICTIONARY = Path.of("/usr/share/dict/french");
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Ll}+(-\\p{Ll}+)*");
    /** Le, la, de and que come twice: they are the commonest. */
    private static final String[] FUNCTION_WORDS = ("le la les un une des du de à au aux et ou en dans pour par sur avec "
            + "sans entre sous vers chez qui que dont où ne pas plus très aussi leur leurs son sa ses ce cette ces "
            + "notre nos est sont a ont peut doivent se mais donc ainsi le la de que").split(" ");
    /** Function words that lose their vowel before one: « le » + « accord » gives « l'accord ». */
    private static final Map<String, String> ELISIONS = Map.of("le", "l'", "la", "l'", "de", "d'", "que", "qu'",
            "ne", "n'", "se", "s'");
    private static final String VOWELS = "aàâeéèêëiîïoôuùûyœæ";
    /** The Mandelbrot shift: rank r is drawn with a probability proportional to 1 / (r + SHIFT). */
    private static final double SHIFT = 20;
    /** Distinct words the corpus may use. */
    private static final int VOCABULARY = 80_000;

    private final List<String> words;
    private final Random random;

    private FrenchText(List<String> words, Random random) {
        this.words = words;
        this.random = random;
    }

    /** Reads the word list; the same seed gives the same text. */
    static FrenchText load(long seed) throws IOException {
        if (!Files.isRegularFile(DICTIONARY)) {
            throw new IllegalStateException("liste de mots absente (" + DICTIONARY + ") : apt-get install wfrench");
        }
        List<String> words = new ArrayList<>(Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8).stream()
                .filter(w -> w.length() > 1 && PLAIN_WORD.matcher(w).matches()).toList());
        Collections.shuffle(words, new Random(seed));
        return new FrenchText(List.copyOf(words.subList(0, Math.min(VOCABULARY, words.size()))), new Random(seed));
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A word of the list: log-uniform between SHIFT and size + SHIFT, shifted back to a rank. */
    private String word() {
        double u = random.nextDouble();
        int rank = (int) (Math.pow(SHIFT, 1 - u) * Math.pow(words.size() + SHIFT, u) - SHIFT);
        return words.get(Math.min(words.size() - 1, rank));
    }

    /** About {@code count} words, half of them function words, without capital or final stop. */
    String words(int count) {
        StringBuilder out = new StringBuilder();
        for (int written = 0; written < count; written++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String word = word();
            if (random.nextInt(100) < 45 && written + 1 < count) {
                String function = FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)];
                String elided = VOWELS.indexOf(word.charAt(0)) >= 0 ? ELISIONS.get(function) : null;
                if (elided != null) {
                    out.append(elided).append(word);
                } else {
                    out.append(function).append(' ').append(word);
                }
                written++;
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    /** A sentence of about {@code count} words: capital, maybe a comma, full stop. */
    String sentence(int count) {
        String text = words(count);
        if (count > 8 && random.nextBoolean()) {
            int space = text.indexOf(' ', text.length() / 2);
            text = space < 0 ? text : text.substring(0, space) + "," + text.substring(space);
        }
        return capitalize(text) + ".";
    }

    /** A title or heading of about {@code count} words. */
    String title(int count) {
        return capitalize(words(count));
    }

    /** A summary within the schema's 300 characters. */
    String summary() {
        String text = sentence(between(18, 30));
        if (text.length() <= 280) {
            return text;
        }
        return text.substring(0, text.lastIndexOf(' ', 279)).replaceAll(",$", "") + ".";
    }

    private static String capitalize(String text) {
        return text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }
}
