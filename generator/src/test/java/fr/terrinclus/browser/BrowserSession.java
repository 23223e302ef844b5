package fr.terrinclus.browser;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;

/** One Chromium for all the tests of a class, and the sites the gates check. */
abstract class BrowserSession {
    static Chromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    static Stream<Named<Path>> sites() {
        return BuiltSites.all();
    }
}
