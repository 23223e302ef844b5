package fr.terrinclus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** What the system says in English reaches editors in French. */
class IoMessagesTest {
    @Test
    void commonFailuresAreTranslated() {
        assertEquals("accès refusé (site/a.html)", IoMessages.french(new AccessDeniedException("site/a.html")));
        assertEquals("disque plein (site/a.html)",
                IoMessages.french(new FileSystemException("site/a.html", null, "No space left on device")));
        assertEquals("système de fichiers en lecture seule (site)",
                IoMessages.french(new FileSystemException("site", null, "Read-only file system")));
        assertEquals("Quelque chose (x)", IoMessages.french(new FileSystemException("x", null, "Quelque chose")));
    }
}
