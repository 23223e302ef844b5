package fr.terrinclus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.pipeline.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A site whose Markdown and front matter carry the whole XSS corpus is built and every page is
 * opened in Chromium: no payload runs (a global flag and dialogs would tell), safe formatting
 * still renders.
 */
class XssIT {
    // each payload both sets a flag and opens a dialog, so either way of running is seen
    private static final String RUN = "(top.__xss=1,alert(1))";

    @TempDir
    Path dir;

    /** A script or frame loaded from another site: refused by the build, so kept out of the pages' payloads. */
    private static final Pattern FROM_ANOTHER_SITE = Pattern.compile(
            "<(script|iframe)[^>]*src=[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE);

    static List<String> vectors() throws IOException {
        try (InputStream in = XssIT.class.getResourceAsStream("/fr/terrinclus/xss/vectors.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.replace("alert(1)", RUN)).toList();
        }
    }

    private static String frontMatter(Map<String, Object> fields) throws IOException {
        return "---\n" + YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build().writeValueAsString(fields) + "---\n";
    }

    private TestSite fixture(List<String> vectors) throws IOException {
        StringBuilder markdown = new StringBuilder("Texte **gras** et *italique*, avec une [référence](../partenaires/x.md).\n\n");
        for (String v : vectors) {
            markdown.append(v).append("\n\n").append("Paragraphe : ").append(v).append("\n\n");
        }
        markdown.append("[clic](javascript:").append(RUN).append(")\n\n")
                .append("[données](data:text/html,<script>").append(RUN).append("</script>)\n\n")
                .append("<javascript:").append(RUN).append(">\n\n")
                .append("[réf][mal]\n\n[mal]: javascript:").append(RUN).append("\n");
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("titre", vectors.get(0));
        page.put("resume", vectors.get(1));
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("nom", vectors.get(2));
        partner.put("sigle", vectors.get(3));
        partner.put("resume", vectors.get(4));
        partner.put("categorie", "association");
        partner.put("pays", "FR");
        partner.put("membres", vectors);
        partner.put("roles_terrinclus", vectors);
        partner.put("sources", vectors.stream().map(v -> Map.of("titre", v, "organisme", v)).toList());
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("titre", vectors.get(5));
        project.put("resume", vectors.get(6));
        project.put("date_publication", "2024");
        project.put("porteur", "x");
        project.put("statut", "en_cours");
        project.put("pays", List.of("SN"));
        project.put("departements", List.of("76"));
        project.put("objectifs", vectors);
        project.put("partenaires", List.of(Map.of("ref", "x", "role", vectors.get(7))));
        project.put("collectivites_partenaires", List.of(Map.of("nom", vectors.get(8), "pays", "SN")));
        project.put("changements", Map.of("vision", vectors.get(9), "contexte", vectors.get(10),
                "enseignements", vectors));
        // "x.png" is the image several payloads point at: it exists, so the build checks pass
        return TestSite.write(dir, "-- content/pages/x.png --\nx\n-- content/projets/x.png --\nx\n"
                + "-- content/pages/xss.md --\n" + frontMatter(page) + markdown
                + "-- content/partenaires/x.md --\n" + frontMatter(partner) + "Corps.\n"
                + "-- content/projets/p.md --\n" + frontMatter(project) + markdown);
    }

    /** What ran on the page at {@code file}, if anything did. */
    private static Optional<String> ran(Chromium chromium, Path file) {
        try {
            chromium.driver().get(file.toUri().toString());
            List<?> state = (List<?>) chromium.driver().executeScript("return [window.__xss === undefined, "
                    + "document.querySelectorAll('[href^=\"javascript:\" i], [src^=\"javascript:\" i], [href^=\"data:text\" i]').length]");
            if (!Boolean.TRUE.equals(state.get(0))) {
                return Optional.of("un script a posé le drapeau");
            }
            if (((Number) state.get(1)).intValue() > 0) {
                return Optional.of("lien ou source javascript:/data: restant");
            }
            chromium.driver().switchTo().alert().accept();
            return Optional.of("boîte de dialogue ouverte");
        } catch (NoAlertPresentException expected) {
            return Optional.empty();
        } catch (UnhandledAlertException e) {
            return Optional.of("boîte de dialogue ouverte");
        }
    }

    @Test
    void theGateSeesAPayloadThatRuns() throws IOException {
        Path page = dir.resolve("piege.html");
        Files.writeString(page, "<!DOCTYPE html><title>t</title><img src=\"absente.png\" onerror=\"" + RUN + "\">");
        try (Chromium chromium = Chromium.start()) {
            assertTrue(ran(chromium, page).isPresent());
        }
    }

    /** Payloads that load a script or a frame from another site never reach a page: the build refuses them. */
    @Test
    void payloadsLoadingFromAnotherSiteAreRefusedByTheBuild() throws IOException {
        List<String> remote = vectors().stream().filter(v -> FROM_ANOTHER_SITE.matcher(v).find()).toList();
        assertEquals(2, remote.size(), remote.toString());
        for (String vector : remote) {
            Path root = Files.createTempDirectory(dir, "distant");
            List<String> problems = TestSite.write(root, "-- content/pages/p.md --\n---\ntitre: P\n---\n" + vector + "\n").problems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("chargée depuis un autre site"), problems.toString());
        }
    }

    @Test
    void noPayloadRunsOnAnyPage() throws Exception {
        List<String> vectors = vectors().stream().filter(v -> !FROM_ANOTHER_SITE.matcher(v).find()).toList();
        assertTrue(vectors.size() >= 50, "vecteurs : " + vectors.size());
        TestSite site = fixture(vectors).build();
        List<String> ran = new ArrayList<>();
        List<String> pages = BuiltSites.htmlPages(site.out());
        try (Chromium chromium = Chromium.start()) {
            for (String page : pages) {
                ran(chromium, site.out().resolve(page)).ifPresent(r -> ran.add(page + " : " + r));
            }
            chromium.driver().get(site.out().resolve("xss/index.html").toUri().toString());
            assertEquals("gras", chromium.driver().executeScript("return document.querySelector('.prose strong').textContent"));
            assertEquals("../partenaires/x/index.html", chromium.driver().executeScript(
                    "return document.querySelector('.prose a').getAttribute('href')"));
        }
        assertTrue(pages.size() >= 10, "pages : " + pages.size());
        assertEquals(List.of(), ran);
    }
}
