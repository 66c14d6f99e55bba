package huibao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.Huibao;
import huibao.IngestSummary;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workspace in a real headless chromium, as the analyst uses it (issue 12): upload two reports
 * and watch them ingested, search and narrow by a facet, open a dataset cell at its sentence,
 * download the XLSX, open a finding, a project's timeline and a chart; and a report written to
 * attack the page shows its markup as text on every page and runs none of it. Each step saves a
 * screenshot into the build folder's {@code screenshots/}.
 *
 * <p>The archive is corpus/ but for the two reports the test uploads, plus a 2022 蕴川区 report whose
 * sentences carry {@code <script>} and {@code <img onerror>}. Skipped, saying why, where Debian's
 * chromium or chromedriver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserTest {

    private static final Path CORPUS = Path.of("corpus");
    /** Left out of the archive and uploaded through the page: a text report and a Word one. */
    private static final List<String> UPLOADED = List.of("2024h1-yunchuan.txt", "2024h1-lantai.docx");
    private static final String HOSTILE = "2022h1-yunchuan-xss.txt";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=window.xssFired=true>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private static WorkspaceServer server;
    private static Browser browser;
    private static String base;
    private static Path downloads;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startWorkspace() throws Exception {
        Optional<String> missing = Browser.missing();
        missing.ifPresent(System.out::println);
        assumeTrue(missing.isEmpty(), missing::get);
        Path reports = Files.createDirectories(work.resolve("reports"));
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(f -> !UPLOADED.contains(f.getFileName().toString())).toList()) {
                Files.copy(f, reports.resolve(f.getFileName()));
            }
        }
        try (InputStream in = WorkspaceBrowserTest.class.getResourceAsStream(HOSTILE)) {
            Files.copy(in, reports.resolve(HOSTILE));
        }
        Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(work.resolve("data")));
        IngestSummary s = huibao.ingest(List.of(reports), in -> ReportMetadataHints.none(), o -> { }, false);
        assertTrue(s.failures().isEmpty(), () -> s.failures().toString());
        server = WorkspaceServer.over(huibao, Runnable::run); // read before the browser asks
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
        downloads = work.resolve("downloads");
        browser = Browser.start(work, downloads, buildDir().resolve("screenshots"));
    }

    @AfterAll
    static void stopWorkspace() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** target/ (or the -DbuildDir folder): the parent of the test classes. */
    private static Path buildDir() throws Exception {
        return Path.of(WorkspaceBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    @Test
    @Order(1)
    void uploadsTwoReportsAndShowsTheIngestFinish() throws Exception {
        browser.open(base);
        browser.click(browser.visible("#nav-upload"));
        WebElement input = browser.await(d -> d.findElement(By.id("upload-input")));
        browser.visible("#upload-progress");
        // every state the bar shows, as value/max, to see it move rather than only its end
        browser.script("const p = document.getElementById('upload-progress'); window.barSeen = [];"
                + "new MutationObserver(() => window.barSeen.push(p.value + '/' + p.max)).observe(p, {attributes: true});");
        long t0 = System.nanoTime();
        input.sendKeys(String.join("\n", UPLOADED.stream().map(f -> CORPUS.resolve(f).toAbsolutePath().toString()).toList()));
        browser.visible("#upload-done");
        System.out.printf("upload of %d reports read in %.1f s%n", UPLOADED.size(), (System.nanoTime() - t0) / 1e9);
        WebElement progress = browser.driver().findElement(By.id("upload-progress"));
        assertEquals(progress.getDomProperty("max"), progress.getDomProperty("value"), "the bar ends full");
        assertEquals("2", progress.getDomProperty("max"), "two files uploaded");
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) browser.script("return window.barSeen;");
        assertTrue(seen.contains("0/2"), "the bar starts empty: " + seen);
        assertEquals("2/2", seen.get(seen.size() - 1), seen.toString());
        assertEquals(List.of(), browser.all("#upload-failures li:not(.none)").stream().map(WebElement::getText).toList());
        // the browser's own file button says "Choose Files" in its own language: the page's 选择文件 stands for it
        assertEquals("选择文件", browser.visible("#upload-pick").getText());
        assertEquals("0", browser.script("return getComputedStyle(arguments[0]).opacity;", input));
        browser.screenshot("01-upload");
    }

    @Test
    @Order(2)
    void searchFindsAnUploadedReportAndAFacetNarrowsTheHits() throws Exception {
        search("瀚沣");
        List<WebElement> hits = browser.visibleAll(".hit");
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).getText().contains("蕴川区"), hits.get(0).getText());
        assertFalse(hits.get(0).findElements(By.tagName("mark")).isEmpty(), "the query's words are highlighted");

        search("实际使用外资");
        int before = browser.visibleAll(".hit").size();
        WebElement facet = browser.all(".facet[data-facet='region']").stream()
                .filter(f -> f.getText().contains("蕴川区")).findFirst().orElseThrow();
        String region = facet.getDomAttribute("data-value");
        browser.click(facet);
        browser.await(d -> browser.all(".hit").size() < before);
        List<WebElement> narrowed = browser.visibleAll(".hit");
        JsonNode api = api("api/search?q=" + enc("实际使用外资") + "&f.region=" + enc(region));
        assertEquals(api.get("hits").size(), narrowed.size(), "the page shows what the API answers for the facet");
        narrowed.forEach(h -> assertTrue(h.getText().contains("蕴川区"), h.getText()));
        assertLabelledInChinese(".hit .fact-chip .what");
        browser.screenshot("02-search-facet");
    }

    @Test
    @Order(3)
    void aDatasetCellOpensItsReportAtTheFigure() throws Exception {
        browser.click(browser.visible("#nav-dataset"));
        // an uploaded report is stored under a generated name in the data folder's uploads/
        WebElement cell = browser.visibleAll("#dataset-table td.cell.ok").stream()
                .filter(c -> c.getDomAttribute("data-doc").contains("/uploads/")).findFirst().orElseThrow();
        browser.screenshot("03-dataset");
        String doc = cell.getDomAttribute("data-doc");
        int start = Integer.parseInt(cell.getDomAttribute("data-start"));
        int end = Integer.parseInt(cell.getDomAttribute("data-end"));
        browser.click(cell);
        WebElement mark = browser.visible("#report-text mark#at");
        String text = api("api/report/" + encPath(doc)).get("text").asText();
        assertEquals(text.substring(start, end), mark.getText(), "the mark holds the cell's figure");
        assertTrue(browser.driver().getCurrentUrl().contains("?at=" + start + "-" + end), browser.driver().getCurrentUrl());
        assertEquals(List.of("nav-dataset"), litNav(), "the report keeps the page it was opened from lit");
        assertLabelledInChinese(".side-facts .what");
        browser.screenshot("04-report-at-cell");
    }

    @Test
    @Order(4)
    void theDatasetDownloadsAsAWorkbook() throws Exception {
        browser.click(browser.visible("#nav-dataset"));
        browser.click(browser.visible("#dataset-xlsx"));
        Path xlsx = browser.await(d -> downloaded(".xlsx"));
        try (Workbook book = WorkbookFactory.create(xlsx.toFile())) {
            assertTrue(cells(book.getSheetAt(0)).stream().anyMatch(v -> v.contains("蕴川区")), "the uploaded region is in the sheet");
        }
    }

    @Test
    @Order(5)
    void aFindingOpensItsReportAtOneOfItsFigures() throws Exception {
        browser.click(browser.visible("#nav-findings"));
        WebElement finding = browser.visibleAll(".finding").stream()
                .filter(f -> f.getText().contains("前后不一") && f.getText().contains("26个")).findFirst().orElseThrow();
        List<String> marked = finding.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.containsAll(List.of("26个", "28个")), marked.toString());
        String message = finding.findElement(By.cssSelector(".message")).getText();
        assertTrue(message.contains("（2023-luting-annual.txt）"), message);
        assertFalse(message.contains(work.toString()), "the message names files, not stored paths: " + message);
        browser.screenshot("05-findings");
        browser.click(finding.findElement(By.cssSelector(".finding-open")));
        WebElement mark = browser.visible("#report-text mark#at");
        assertTrue(marked.contains(mark.getText()), mark.getText() + " not among " + marked);
        assertEquals(List.of("nav-findings"), litNav(), "the report keeps the page it was opened from lit");
        browser.screenshot("06-report-at-finding");
    }

    @Test
    @Order(6)
    void aProjectOpensItsTimeline() throws Exception {
        JsonNode list = api("api/projects");
        JsonNode projects = list.get("projects");
        assertFalse(projects.isEmpty());
        assertEquals(list.get("total").asInt(), projects.size(), "the corpus's projects fit on one page");
        browser.click(browser.visible("#nav-projects"));
        List<WebElement> rows = browser.visibleAll(".project-row");
        assertEquals(projects.size(), rows.size());
        browser.screenshot("07-projects");
        JsonNode project = api("api/project/" + projects.get(0).get("id").asText());
        String name = project.get("name").asText();
        browser.click(rows.stream().filter(r -> r.getText().contains(name)).findFirst().orElseThrow());
        WebElement timeline = browser.visible("#project-timeline");
        String shown = timeline.getText();
        assertFalse(project.get("timeline").isEmpty());
        for (JsonNode step : project.get("timeline")) {
            assertTrue(shown.contains(step.get("stage").asText()) && shown.contains(step.get("sentence").asText()),
                    step + " not in " + shown);
        }
        assertFalse(shown.contains(work.toString()), "the sources are named by their files, not stored paths: " + shown);
        browser.screenshot("08-project-timeline");
    }

    @Test
    @Order(7)
    void aChartDrawsTheBarsAcrossRegionsAndABarOpensItsFigure() throws Exception {
        JsonNode chart = api("api/chart");
        JsonNode bars = chart.get("bars");
        assertTrue(bars.size() > 1, chart::toString);
        browser.click(browser.visible("#nav-charts"));
        WebElement drawn = browser.await(d -> d.findElements(By.cssSelector("#chart canvas, #chart svg")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(drawn.getSize().getWidth() > 200, "the chart has room: " + drawn.getSize());
        Thread.sleep(1500); // ECharts grows its bars for a second; the screenshot should show them grown
        browser.screenshot("09-chart");

        // the tallest bar, clicked just above the axis: the bars share the plot's width equally
        int tallest = 0;
        for (int i = 1; i < bars.size(); i++) {
            if (bars.get(i).get("value").asDouble() > bars.get(tallest).get("value").asDouble()) {
                tallest = i;
            }
        }
        WebElement plot = browser.driver().findElement(By.id("chart"));
        int left = 70;
        int right = 24;
        int bottom = 70;
        double slot = (plot.getSize().getWidth() - left - right) / (double) bars.size();
        int x = (int) Math.round(left + (tallest + 0.5) * slot) - plot.getSize().getWidth() / 2;
        int y = plot.getSize().getHeight() / 2 - bottom - 4;
        new Actions(browser.driver()).moveToElement(plot, x, y).click().perform();
        JsonNode bar = bars.get(tallest);
        WebElement mark = browser.visible("#report-text mark#at");
        assertEquals(bar.get("text").asText(), mark.getText(), "the bar of " + bar.get("row").asText() + " opens its figure");
        browser.screenshot("10-report-at-bar");
    }

    @Test
    @Order(8)
    void coverageListsEveryReport() throws Exception {
        JsonNode coverage = api("api/coverage");
        JsonNode reports = coverage.isArray() ? coverage : coverage.get("reports");
        List<String> uploaded = new ArrayList<>();
        reports.forEach(r -> {
            if (r.get("doc").asText().contains("/uploads/")) {
                uploaded.add(r.get("title").asText());
            }
        });
        assertEquals(2, uploaded.size(), uploaded.toString());
        browser.click(browser.visible("#nav-coverage"));
        assertEquals(reports.size(), browser.visibleAll(".coverage-row").size());
        String shown = browser.visible("#coverage-table").getText();
        uploaded.forEach(title -> assertTrue(shown.contains(title), title));
        // the analyst finds the file by the name it was uploaded under, never the stored one
        UPLOADED.forEach(name -> assertTrue(shown.contains(name), name + " not in " + shown));
        assertFalse(shown.contains("/uploads/"), shown);
        browser.screenshot("11-coverage");
    }

    @Test
    @Order(9)
    void aHostileReportShowsItsMarkupAsTextAndRunsNothing() throws Exception {
        String doc = api("api/search?q=alert").get("hits").get(0).get("doc").asText();
        assertTrue(doc.endsWith(HOSTILE), doc);

        browser.open(base + "#/report/" + encPath(doc));
        browser.await(d -> d.findElement(By.id("report-text")).getText().contains(SCRIPT));
        assertEquals(List.of(), litNav(), "a report opened by its URL lights no page of the nav, not the one before it");
        assertShownLiterally("12-xss-report", SCRIPT, IMG);

        search("alert");
        browser.visible(".hit");
        assertShownLiterally("13-xss-search", SCRIPT);
        search("onerror");
        browser.visible(".hit");
        assertShownLiterally("13-xss-search-img", IMG);

        browser.click(browser.visible("#nav-findings"));
        browser.visibleAll(".finding");
        assertShownLiterally("14-xss-findings", SCRIPT, IMG);

        browser.click(browser.visible("#nav-dataset"));
        WebElement cell = browser.visibleAll("#dataset-table td.cell").stream()
                .filter(c -> HOSTILE.equals(fileName(c.getDomAttribute("data-doc")))
                        && c.getDomAttribute("title").contains(SCRIPT)).findFirst().orElseThrow();
        assertRanNothing("15-xss-dataset"); // the source sentence is in the cell's title, as text
        browser.click(cell);
        browser.visible("#report-text mark#at");
        // two figures of 新签约项目 tell themselves apart by their scope: 5个 are those of 亿元以上
        assertTrue(browser.all(".side-facts li").stream().anyMatch(li -> li.getText().contains("亿元以上")
                && li.getText().contains("5个")), "the scope is shown beside the figure");
        assertShownLiterally("16-xss-dataset-source", SCRIPT, IMG);
    }

    @Test
    @Order(10)
    void whileTheArchiveIsReadThePageSaysSoAndThenShowsTheTableByItself() throws Exception {
        List<Runnable> held = new ArrayList<>();
        Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(work.resolve("data")));
        try (WorkspaceServer reading = WorkspaceServer.over(huibao, held::add)) {
            String at = "http://127.0.0.1:" + reading.start("127.0.0.1", 0) + "/";
            browser.open(at + "#/dataset");
            WebElement loading = browser.visible("#view .note.loading");
            assertEquals("正在读取档案…", loading.getText());
            browser.screenshot("17-loading");
            assertEquals(1, held.size(), "the archive is read in the background");
            held.get(0).run();
            // no reload: the page asks again by itself and shows the table
            WebElement table = browser.visible("#dataset-table");
            assertTrue(table.getText().contains("澜州市"), table.getText());
            browser.await(d -> d.findElement(By.id("stats")).getText().contains("份报告")
                    && !d.findElement(By.id("stats")).getText().startsWith("0 "));
            assertEquals(List.of("nav-dataset"), litNav());
            browser.screenshot("18-loaded");
        }
    }

    /** The ids of the nav links lit as the page shown (class active and aria-current). */
    private static List<String> litNav() {
        List<String> lit = browser.all(".nav a.active").stream().map(a -> a.getDomAttribute("id")).toList();
        assertEquals(lit, browser.all(".nav a[aria-current]").stream().map(a -> a.getDomAttribute("id")).toList());
        return lit;
    }

    /** Each element names its figure's indicator and measure in Chinese, never by an id such as fdi_actual. */
    private static void assertLabelledInChinese(String css) {
        List<WebElement> shown = browser.all(css);
        assertFalse(shown.isEmpty(), css);
        for (WebElement w : shown) {
            String text = (String) browser.script("return arguments[0].textContent;", w);
            assertFalse(text.isBlank() || text.matches(".*[A-Za-z_]{2,}.*"), css + " shows '" + text + "'");
        }
    }

    /** The page shows each piece of markup as text, and nothing came of it. */
    private static void assertShownLiterally(String screenshot, String... markup) throws IOException {
        String shown = (String) browser.script("return document.body.textContent;");
        for (String m : markup) {
            assertTrue(shown.contains(m), m + " is not shown as text");
        }
        assertRanNothing(screenshot);
    }

    /** No alert is open, the onerror's flag is unset and the page holds no element made of the report's markup. */
    private static void assertRanNothing(String screenshot) throws IOException {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "an alert is open");
        assertNull(browser.script("return window.xssFired === undefined ? null : String(window.xssFired);"), "onerror ran");
        assertEquals(0L, browser.script("return document.querySelectorAll('img[src=\"x\"], img[onerror], [onerror]').length;"));
        assertEquals(0L, browser.script(
                "return Array.from(document.scripts).filter(s => !s.src || s.textContent.includes('alert')).length;"));
        browser.screenshot(screenshot);
    }

    private static void search(String query) {
        browser.click(browser.visible("#nav-search"));
        // the search page without a query shows no hits: wait for it, so no hit of an earlier search is read
        browser.await(d -> browser.all(".hit").isEmpty());
        WebElement box = browser.visible("#search-input");
        box.clear();
        box.sendKeys(query);
        browser.click(browser.visible("#search-go"));
        browser.await(d -> !browser.all(".hit").isEmpty() && browser.all(".hit").get(0).getText().length() > 0);
    }

    /** The finished download of that kind, once chromium has renamed it from its .crdownload. */
    private static Path downloaded(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> cells(Sheet sheet) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                values.add(c.toString());
            }
        }
        return values;
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static String fileName(String doc) {
        return doc == null ? null : Path.of(doc.replaceFirst("#\\d+$", "")).getFileName().toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A doc id as one path segment: its slashes and '#' escaped. */
    private static String encPath(String doc) {
        return enc(doc).replace("+", "%20");
    }
}
