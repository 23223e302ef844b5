package fr.terrinclus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/** A project fact sheet printed through Chromium: A4, facts visible, no navigation chrome. */
class PrintIT {
    private static final float A4_WIDTH = 595.3f;
    private static final float A4_HEIGHT = 841.9f;

    @Test
    void projectFactSheetPrintsOnA4WithItsFactsAndNoNavigation() throws Exception {
        Path page = BuiltSites.shipped().resolve("projets/exemple-cooperation-insertion/index.html");
        byte[] pdf;
        List<String> facts;
        try (Chromium chromium = Chromium.start()) {
            chromium.driver().get(page.toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) chromium.driver().executeScript(
                    "return [...document.querySelectorAll('.identity dt, .identity dd')].map(e => e.innerText.trim())");
            facts = found;
            PrintOptions options = new PrintOptions();
            options.setPageSize(new PageSize(29.7, 21.0));
            options.setBackground(true);
            Pdf printed = chromium.driver().print(options);
            pdf = Base64.getDecoder().decode(printed.getContent());
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage p : document.getPages()) {
                assertEquals(A4_WIDTH, p.getMediaBox().getWidth(), 1.0f);
                assertEquals(A4_HEIGHT, p.getMediaBox().getHeight(), 1.0f);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = normalise(stripper.getText(document));
            assertTrue(first.contains("Carte d'identité du projet"), first);
            for (String fact : facts) {
                assertTrue(first.contains(normalise(fact)), "fait absent de la première page : " + fact + "\n" + first);
            }
            String all = normalise(new PDFTextStripper().getText(document));
            assertFalse(all.contains("Aller au contenu"), "lien d'évitement imprimé");
            assertFalse(all.contains("Guides Projets Partenaires"), "menu imprimé");
            assertFalse(all.contains("Accueil › Projets"), "fil d'Ariane imprimé");
            assertTrue(all.contains("Changements recherchés"), all);
            assertTrue(document.getNumberOfPages() <= 4, "pages : " + document.getNumberOfPages());
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").replace('’', '\'').strip();
    }
}
