package fr.terrinclus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One folding rule for file names and anchors (they disagreed: « Œuvre » gave oeuvre and uvre). */
class IdentifiersTest {
    @Test
    void frenchTextFoldsToOneIdentifier() {
        assertEquals("ete-a-l-oeuvre-cooperation-nord-sud", Identifiers.fold("Été à l'œuvre : coopération Nord-Sud", "x"));
        assertEquals("oeuvre", Identifiers.fold("Œuvre", "x"));
        assertEquals("caecilia-strasse", Identifiers.fold("Cæcilia Straße", "x"));
        assertEquals("page", Identifiers.fold(" — ", "page"));
    }
}
