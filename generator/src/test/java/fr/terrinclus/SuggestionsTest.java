package fr.terrinclus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** « Vouliez-vous dire » finds typos, and stays cheap on long values (400 × 400 long anchors took 70 s). */
class SuggestionsTest {
    @Test
    void aTypoFindsTheValueMeant() {
        assertEquals(Optional.of("en_cours"), Suggestions.closest("encours", List.of("identification", "en_cours", "cloture")));
        assertEquals(Optional.empty(), Suggestions.closest("zzz", List.of("identification", "en_cours")));
    }

    @Test
    void aLongValueGetsNoSuggestion() {
        String longValue = "a".repeat(Suggestions.MAX_CHARS + 1);
        assertEquals(Optional.empty(), Suggestions.closest(longValue, List.of(longValue + "b")));
    }
}
