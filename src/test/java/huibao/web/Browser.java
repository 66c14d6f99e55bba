package huibao.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Debian's headless chromium driven through Debian's chromedriver. Both paths are given, so Selenium
 * never runs Selenium Manager, which would go to the network for a driver or a browser (issue 12).
 */
final class Browser implements Closeable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path screenshots;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path screenshots) {
        this.driver = driver;
        this.service = service;
        this.screenshots = screenshots;
    }

    /** Why the browser tests cannot run here, or empty when chromium and chromedriver are installed. */
    static Optional<String> missing() {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                return Optional.of(p + " is not installed (apt-get install chromium chromium-driver; .ci/run does): "
                        + "the browser tests are skipped");
            }
        }
        return Optional.empty();
    }

    /**
     * A fresh browser with its own profile under {@code work}, saving downloads into {@code downloads}
     * and screenshots into {@code screenshots}.
     */
    static Browser start(Path work, Path downloads, Path screenshots) throws IOException {
        // the devtools modules of Selenium are for other chromium versions; the warning that says so is noise
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Files.createDirectories(downloads);
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory(work, "chromium-profile"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // headless chromium may ignore the profile's download folder; the protocol command is honoured
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Browser(driver, service, screenshots);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits (up to 60 s: an upload's ingest loads the extractor) until {@code condition} holds. */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition::apply);
    }

    /** The element once it is shown. */
    WebElement visible(String css) {
        return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The elements once at least one is shown. */
    List<WebElement> visibleAll(String css) {
        visible(css);
        return driver.findElements(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Clicks through script: a sticky header or a chart tooltip over the element must not fail the flow. */
    void click(WebElement e) {
        script("arguments[0].scrollIntoView({block: 'center'});", e);
        try {
            e.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            script("arguments[0].click();", e);
        }
    }

    /** Saves what the browser shows as {@code name}.png and returns the file. */
    Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
