package fr.terrinclus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * RGAA 4.1 / WCAG 2.1 AA in a real browser: axe-core on every page of the shipped site, and what
 * axe cannot judge (one h1, heading order, skip link, labels, keyboard reach, accessibility mention).
 */
class AccessibilityIT extends BrowserSession {
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");




    private static JavascriptExecutor open(Path site, String page) {
        chromium.driver().get(site.resolve(page).toUri().toString());
        return chromium.driver();
    }

    private static JavascriptExecutor open(String page) {
        return open(BuiltSites.shipped(), page);
    }

    @ParameterizedTest
    @MethodSource("sites")
    void axeFindsNoViolationOnAnyPage(Path site) {
        List<String> violations = new ArrayList<>();
        List<String> pages = BuiltSites.htmlPages(site);
        for (String page : pages) {
            open(site, page);
            Results results = new AxeBuilder().withTags(WCAG_AA).analyze(chromium.driver());
            for (Rule rule : results.getViolations()) {
                violations.add(page + " : " + rule.getId() + " (" + rule.getHelp() + ") "
                        + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList());
            }
        }
        assertTrue(pages.size() >= 40, "pages : " + pages.size());
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @MethodSource("sites")
    void everyPageHasOneH1HeadingsInOrderLabelledFieldsAndTheAccessibilityLink(Path site) {
        List<String> problems = new ArrayList<>();
        for (String page : BuiltSites.htmlPages(site)) {
            JavascriptExecutor js = open(site, page);
            Object found = js.executeScript("""
                    const out = [];
                    if (document.querySelectorAll('h1').length !== 1) out.push('h1 : ' + document.querySelectorAll('h1').length);
                    let previous = 0;
                    for (const h of document.querySelectorAll('h1,h2,h3,h4,h5,h6')) {
                      const level = +h.tagName[1];
                      if (level > previous + 1) out.push('titre ' + h.tagName + ' après h' + previous + ' : ' + h.textContent.trim());
                      previous = level;
                    }
                    for (const field of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
                      if (field.labels.length === 0 && !field.getAttribute('aria-label')) out.push('champ sans étiquette : ' + field.outerHTML);
                    }
                    const a11y = [...document.querySelectorAll('footer a')].filter(a => a.textContent.startsWith('Accessibilité'));
                    if (a11y.length === 0 || !a11y.every(a => a.href.endsWith('accessibilite/index.html'))) out.push('lien Accessibilité absent');
                    return out;
                    """);
            for (Object problem : (List<?>) found) {
                problems.add(page + " : " + problem);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void homePageCarriesTheRgaaMention() {
        JavascriptExecutor js = open("index.html");
        String text = (String) js.executeScript("return document.querySelector('main').innerText");
        assertTrue(text.contains("Accessibilité : non conforme"), text);
    }

    @Test
    void skipLinkMovesFocusToTheMainContent() {
        for (String page : List.of("index.html", "projets/exemple-cooperation-insertion/index.html", "404.html")) {
            JavascriptExecutor js = open(page);
            new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
            WebElement focused = chromium.driver().switchTo().activeElement();
            assertEquals("Aller au contenu", focused.getText(), page);
            assertTrue(focused.isDisplayed() && focused.getRect().getY() >= 0, "le lien d'évitement est visible au focus : " + page);
            new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
            assertEquals("contenu", js.executeScript("return document.activeElement.id"), page);
        }
    }

    @Test
    void keyboardAloneReachesTheMenuAndEveryLinkOfTheMainContent() {
        for (String page : List.of("index.html", "projets/exemple-cooperation-insertion/index.html", "guides/index.html")) {
            JavascriptExecutor js = open(page);
            @SuppressWarnings("unchecked")
            List<String> expected = (List<String>) js.executeScript(
                    "return [...document.querySelectorAll('.main-nav a, main a')].map(a => a.href)");
            Set<String> reached = new LinkedHashSet<>();
            int links = ((Number) js.executeScript("return document.querySelectorAll('a, button, input').length")).intValue();
            for (int i = 0; i < links + 5; i++) {
                new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
                Object href = js.executeScript("return document.activeElement.href || null");
                if (href != null) {
                    reached.add(href.toString());
                }
            }
            List<String> missing = expected.stream().filter(h -> !reached.contains(h)).toList();
            assertEquals(List.of(), missing, page);
            Object outline = js.executeScript("""
                    const a = document.querySelector('main a'); a.focus();
                    const style = getComputedStyle(a);
                    return style.outlineStyle + ' ' + style.outlineWidth;
                    """);
            assertTrue(!outline.toString().startsWith("none"), "focus visible : " + outline);
        }
    }

    @Test
    void theGateSeesAViolationWhenThereIsOne() throws Exception {
        Path broken = java.nio.file.Files.createTempFile("axe", ".html");
        java.nio.file.Files.writeString(broken, "<!DOCTYPE html><html lang=\"fr\"><title>t</title><main><h1>t</h1>"
                + "<img src=\"x.png\"><p style=\"color:#bbb;background:#fff\">pâle</p></main></html>");
        chromium.driver().get(broken.toUri().toString());
        List<String> ids = new AxeBuilder().withTags(WCAG_AA).analyze(chromium.driver()).getViolations().stream()
                .map(Rule::getId).toList();
        assertTrue(ids.contains("image-alt") && ids.contains("color-contrast"), ids.toString());
    }
}
