package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.terrinclus.BuildFailure;
import fr.terrinclus.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The whole per-file pipeline (front-matter split, YAML, schema, references, Markdown, sanitizer,
 * links and anchors, templates, search analysis) on any bytes given as a guide: the build either
 * succeeds or fails with problems that each name a file and say what is wrong. Any other
 * exception, a stack overflow or a hang is a finding.
 *
 * <p>Regression mode ({@code mvn verify}) runs every seed in {@code PipelineFuzzTestInputs/guide/}
 * and {@code body/}: the cases of issue 7 and a guide using every feature. Fuzzing: see README.
 */
class PipelineFuzzTest {
    private static final SiteBuilder BUILDER = new SiteBuilder();
    private static TestSite site;

    private static synchronized TestSite site() {
        if (site == null) {
            try {
                site = TestSite.write(Files.createTempDirectory("terrinclus-fuzz"), """
                        -- content/partenaires/p.md --
                        ---
                        nom: Partenaire
                        resume: Un partenaire.
                        categorie: association
                        pays: "FR"
                        ---
                        ## Missions

                        Texte.
                        """).writeBytes("content/media/a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                // a fixture that fails on its own would stop every input before the Markdown stage
                Files.createDirectories(site.content().resolve("guides"));
                Files.writeString(site.content().resolve("guides/g.md"), "---\n" + HostileInputs.FRONT_MATTER + "---\nx\n");
                BUILDER.build(new BuildOptions(site.content(), TestSite.THEME, null, null, false, false));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BuildFailure e) {
                throw new IllegalStateException("le site de départ du fuzzing est invalide : " + e.problems());
            }
        }
        return site;
    }

    /** Any bytes as a whole guide file: reaches every stage only through a valid front matter. */
    @FuzzTest(maxDuration = "5m")
    void guide(byte[] file) throws IOException {
        check(file);
    }

    /** Any bytes as the body of a valid guide: the fuzzer spends its time in Markdown, HTML and links. */
    @FuzzTest(maxDuration = "5m")
    void body(byte[] markdown) throws IOException {
        byte[] frontMatter = ("---\n" + HostileInputs.FRONT_MATTER + "---\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(frontMatter, frontMatter.length + markdown.length);
        System.arraycopy(markdown, 0, file, frontMatter.length, markdown.length);
        check(file);
    }

    private static void check(byte[] file) throws IOException {
        TestSite site = site();
        Path guide = site.content().resolve("guides/g.md");
        Files.createDirectories(guide.getParent());
        Files.write(guide, file);
        try {
            BUILDER.build(new BuildOptions(site.content(), TestSite.THEME, null, null, false, false));
        } catch (BuildFailure failure) {
            assertFalse(failure.problems().isEmpty());
            for (Problem problem : failure.problems()) {
                assertTrue(problem.file().startsWith(site.content().toString()), problem.toString());
                assertFalse(problem.message().isBlank(), problem.toString());
            }
        }
    }
}
