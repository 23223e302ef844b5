package fr.terrinclus.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded: both
 * paths are given to Selenium, so Selenium Manager never runs. Network requests are recorded
 * through Chromium's performance log, which needs no DevTools binding in Selenium.
 */
public final class Chromium implements AutoCloseable {
    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    private static final ObjectMapper JSON = new ObjectMapper();
    // Selenium 4.38 warns that it has no DevTools binding for Chromium 156; we do not use DevTools
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final File profile;

    private Chromium(ChromeDriver driver, File profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or fails the test saying what to install. */
    public static Chromium start() {
        if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
            fail("Chromium est introuvable (" + BROWSER + ", " + DRIVER + ") : installez-le avec "
                    + "« apt-get install -y chromium chromium-driver » ; .ci/run le fait.");
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        try {
            File profile = Files.createTempDirectory("chromium-profile").toFile();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile.getAbsolutePath());
            options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The URLs pages requested since the last call, in order; the browser's internal pages are left out. */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String url = message.path("params").path("request").path("url").asString();
            // chrome:// pages (the new-tab page at start-up) are the browser's own, never network
            if (message.path("method").asString().equals("Network.requestWillBeSent") && !url.startsWith("chrome")) {
                urls.add(url);
            }
        }
        return urls;
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
    }

    private static void deleteQuietly(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        file.delete();
    }
}
