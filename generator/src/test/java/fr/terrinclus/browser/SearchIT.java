package fr.terrinclus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.ObjectMapper;

/**
 * A reader searches the shipped site in Chromium, from disk and from a server under a sub-path:
 * types a query, sees highlighted results, narrows with a facet, opens a result, comes back;
 * no request leaves the site.
 */
class SearchIT extends BrowserSession {
    private static Path site;

    @BeforeAll
    static void buildSite() {
        site = BuiltSites.shipped();
    }


    private static WebDriverWait waiting() {
        return new WebDriverWait(chromium.driver(), Duration.ofSeconds(10));
    }

    private static String status() {
        return chromium.driver().findElement(By.id("statut-recherche")).getText();
    }

    private static void searchFlow(String base) {
        ChromeDriver driver = chromium.driver();
        chromium.requests();
        driver.get(base + "guides/index.html");
        new Actions(driver).sendKeys("/").perform();
        assertEquals("q-entete", driver.switchTo().activeElement().getAttribute("id"), "« / » place le curseur dans la recherche");
        driver.switchTo().activeElement().sendKeys("approches orientées" + Keys.ENTER);
        waiting().until(d -> status().contains("résultat"));
        assertTrue(driver.getCurrentUrl().startsWith(base + "recherche/index.html?q=approches"), driver.getCurrentUrl());
        WebElement first = driver.findElement(By.cssSelector("#resultats .result"));
        assertEquals("Les approches orientées changement", first.findElement(By.cssSelector("h2 a")).getText());
        assertTrue(first.findElements(By.cssSelector(".excerpt mark")).size() >= 2, first.getAttribute("innerHTML"));

        WebElement field = driver.findElement(By.id("q"));
        field.clear();
        field.sendKeys("coopération");
        waiting().until(d -> status().contains("« coopération »"));
        int all = driver.findElements(By.cssSelector("#resultats .result")).size();
        driver.findElement(By.cssSelector("label[for='f-type-guide']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("type=guide"));
        waiting().until(d -> d.findElements(By.cssSelector("#resultats .result")).size() < all
                && d.findElements(By.cssSelector("#resultats .result .card-kind")).stream().allMatch(k -> k.getText().startsWith("GUIDE")));

        field = driver.findElement(By.id("q"));
        field.click();
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        WebElement link = driver.switchTo().activeElement();
        String title = link.getText();
        assertTrue(link.getAttribute("href").contains("/guides/"), link.getAttribute("href"));
        link.sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals(title));

        driver.navigate().back();
        waiting().until(d -> status().contains("« coopération »"));
        assertEquals("coopération", driver.findElement(By.id("q")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("f-type-guide")).isSelected());

        List<String> outside = chromium.requests().stream().filter(u -> !u.startsWith(base) && !u.startsWith("data:")).toList();
        assertEquals(List.of(), outside);
    }

    @Test
    void readerSearchesFromDisk() {
        String base = site.toUri().toString();
        searchFlow(base.endsWith("/") ? base : base + "/");
    }

    @Test
    void readerSearchesFromASubPathServer() throws Exception {
        try (LoopbackServer server = new LoopbackServer(site, "/preview/pr-12/")) {
            searchFlow(server.base());
            assertEquals(List.of(), server.missing());
        }
    }

    @Test
    void searchPageWithResultsAndFacetsHasNoAccessibilityViolation() {
        chromium.driver().get(site.resolve("recherche/index.html").toUri() + "?q=coop%C3%A9ration&type=guide");
        waiting().until(d -> status().contains("résultat") && !d.findElements(By.cssSelector("#facettes fieldset")).isEmpty());
        var results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(chromium.driver());
        assertEquals(List.of(), results.getViolations().stream().map(v -> v.getId() + " " + v.getNodes()).toList());
        assertTrue(chromium.driver().findElements(By.cssSelector("#resultats .excerpt mark")).size() > 0);
    }

    /**
     * The facet boxes come in the order the index's manifest gives; a filter of the address is
     * applied and ticked, one the index does not know is left aside.
     */
    @Test
    void filtersOfTheAddressFollowTheIndexFacets() throws Exception {
        WebDriver driver = chromium.driver();
        driver.get(site.resolve("recherche/index.html").toUri() + "?q=coop%C3%A9ration&type=guide&inconnu=x");
        waiting().until(d -> status().contains("résultat") && !d.findElements(By.cssSelector("#facettes fieldset")).isEmpty());
        assertTrue(driver.findElement(By.id("f-type-guide")).isSelected());
        List<String> kinds = driver.findElements(By.cssSelector("#resultats .card-kind")).stream().map(WebElement::getText).toList();
        assertTrue(!kinds.isEmpty() && kinds.stream().allMatch(k -> k.equalsIgnoreCase("Guide")), kinds.toString());
        List<String> shown = driver.findElements(By.cssSelector("#facettes fieldset input")).stream()
                .map(i -> i.getAttribute("name")).distinct().toList();
        List<String> order = new ArrayList<>();
        String manifest = Files.readString(site.resolve("recherche/donnees/manifeste.js"));
        new ObjectMapper().readTree(manifest.substring(manifest.indexOf(',') + 1, manifest.lastIndexOf(')')))
                .path("facettes").propertyNames().forEach(order::add);
        assertEquals(order.stream().filter(shown::contains).toList(), shown);
        assertTrue(shown.size() > 1, shown.toString());
    }

    @Test
    void resultCountIsAnnouncedAndTheNoScriptPathIsThere() {
        WebDriver driver = chromium.driver();
        driver.get(site.resolve("recherche/index.html").toUri() + "?q=zzzzz");
        waiting().until(d -> status().startsWith("Aucun résultat"));
        WebElement live = driver.findElement(By.id("statut-recherche"));
        assertEquals("status", live.getAttribute("role"));
        assertEquals("polite", live.getAttribute("aria-live"));
        String noscript = (String) chromium.driver().executeScript("return document.querySelector('noscript').textContent");
        assertTrue(noscript.contains("JavaScript") && noscript.contains("guides/index.html"), noscript);
    }
}
