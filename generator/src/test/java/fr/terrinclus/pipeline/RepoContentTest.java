package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The content shipped in the repository builds with zero problems. */
class RepoContentTest {
    @Test
    void shippedContentPassesEveryCheck() {
        BuildOptions check = new BuildOptions(Path.of("..", "content"), TestSite.THEME, null, null, false, false);
        try {
            BuildReport report = new SiteBuilder().build(check);
            assertTrue(report.pages() > 30, "pages: " + report.pages());
        } catch (BuildFailure e) {
            assertEquals("", String.join("\n", e.problems().stream().map(Problem::toString).toList()));
        }
    }
}
