package fr.terrinclus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The Nu Html Checker, in-process and offline, finds no error on any generated page. */
class HtmlValidityIT {
    private final EmbeddedValidator validator = new EmbeddedValidator();
    private final ObjectMapper json = new ObjectMapper();

    HtmlValidityIT() {
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    }

    /** The validator's errors for {@code file}, as {@code line:column: message}. */
    private List<String> errors(Path file) throws Exception {
        JsonNode report = json.readTree(validator.validate(file));
        List<String> errors = new ArrayList<>();
        for (JsonNode m : report.path("messages")) {
            if (!m.path("type").asString().equals("info")) {
                errors.add(m.path("lastLine").asInt() + ":" + m.path("firstColumn").asInt() + ": " + m.path("message").asString());
            }
        }
        return errors;
    }

    static Stream<Named<Path>> sites() {
        return BuiltSites.all();
    }

    @ParameterizedTest
    @MethodSource("sites")
    void everyPageIsValidHtml(Path site) throws Exception {
        List<String> errors = new ArrayList<>();
        List<String> pages = BuiltSites.htmlPages(site);
        for (String page : pages) {
            errors(site.resolve(page)).forEach(e -> errors.add(page + ":" + e));
        }
        assertTrue(pages.size() >= 40, "pages : " + pages.size());
        assertEquals(List.of(), errors);
    }

    @Test
    void theCheckerReportsInvalidMarkup() throws Exception {
        Path broken = Files.createTempFile("nu", ".html");
        Files.writeString(broken, "<!DOCTYPE html><html lang=\"fr\"><title>t</title><p><div>x</div></p><td align=center>");
        assertFalse(errors(broken).isEmpty());
    }
}
