package huibao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.Huibao;
import huibao.ReportHints;
import huibao.config.HuibaoConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace's API over an archive ingested from corpus/ (all but one report, which a test
 * uploads) plus a report whose text holds markup: each endpoint called over HTTP and its answer read.
 */
class WorkspaceServerTest {

    private static final String HELD_BACK = "2024h1-yunchuan.txt";
    private static final String MARKUP = "<script>alert(1)</script><img src=x onerror=\"window.__xss=1\">";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path tmp;

    private static WorkspaceServer server;
    private static String base;

    @BeforeAll
    static void serveTheCorpus() throws IOException {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals(HELD_BACK)) {
                    Files.copy(f, reports.resolve(f.getFileName()));
                }
            }
        }
        String brief = Files.readString(Path.of("corpus/2024h1-tangfu-brief.txt"), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("markup.txt"), brief.replace("上半年招商引资工作稳步推进。",
                "上半年招商引资工作稳步推进" + MARKUP + "。"), StandardCharsets.UTF_8);
        Huibao huibao = Huibao.open(new HuibaoConfig(tmp.resolve("data"), null, 2));
        huibao.ingest(List.of(reports), ReportHints.none(), o -> { }, false);
        server = WorkspaceServer.over(huibao, Runnable::run); // read before the tests ask
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void statsCountTheArchive() throws Exception {
        JsonNode stats = json(get("/api/stats"));
        assertTrue(stats.get("files").asInt() >= 13, stats.toString());
        assertTrue(stats.get("reports").asInt() >= 15, stats.toString());
        assertTrue(stats.get("facts").asInt() > 300, stats.toString());
    }

    @Test
    void theDatasetHoldsTheCitysForeignInvestmentWithItsSource() throws Exception {
        JsonNode d = json(get("/api/dataset"));
        JsonNode city = row(d.get("table"), "澜州市", "2024年1-6月");
        JsonNode cell = city.get("cells").get("fdi_actual/value");
        assertEquals("31000", cell.get("display").asText(), cell.toString());
        assertTrue(cell.get("fact").get("doc").asText().endsWith("2024h1-city.docx"), cell.toString());
        assertEquals(2, cell.get("fact").get("span").size());
        assertTrue(has(d.get("choices").get("regions"), "label", "澜州市"), d.get("choices").toString());
        assertTrue(has(d.get("choices").get("periods"), "value", "2024年1-6月"));
        assertTrue(has(d.get("choices").get("indicators"), "value", "fdi_actual"));
        assertEquals(d.get("rows_total").asInt(), d.get("table").get("rows").size());
        assertEquals(0, json(get("/api/dataset?page=2")).get("table").get("rows").size(), "the corpus fits one page");
    }

    @Test
    void aDatasetPageCarriesEachCellsSourceButNotTheReportsTexts() throws Exception {
        JsonNode table = json(get("/api/dataset")).get("table");
        assertTrue(table.get("reports").isEmpty(), "the page opens a report by its doc id; texts would be megabytes");
        int cells = 0;
        for (JsonNode row : table.get("rows")) {
            for (JsonNode cell : row.get("cells")) {
                if (!cell.isNull()) {
                    cells++;
                    assertFalse(cell.get("fact").get("doc").asText().isEmpty(), cell.toString());
                    assertFalse(cell.get("fact").get("sentence").asText().isEmpty(), cell.toString());
                }
            }
        }
        assertTrue(cells > 50, cells + " cells");
    }

    @Test
    void anIndicatorsColumnsAloneAreTheWholeTablesColumns() throws Exception {
        JsonNode whole = json(get("/api/dataset")).get("table");
        JsonNode fdi = json(get("/api/dataset?indicator=fdi_actual")).get("table");
        List<String> keys = new java.util.ArrayList<>();
        fdi.get("columns").forEach(c -> keys.add(c.get("key").asText()));
        assertTrue(keys.contains("fdi_actual/value") && keys.stream().allMatch(k -> k.startsWith("fdi_actual/")), keys.toString());
        assertEquals(whole.get("rows").size(), fdi.get("rows").size());
        for (int i = 0; i < fdi.get("rows").size(); i++) {
            for (String k : keys) {
                assertEquals(whole.get("rows").get(i).get("cells").get(k), fdi.get("rows").get(i).get("cells").get(k), k);
            }
        }
    }

    @Test
    void theDatasetFiltersByRegionAndPeriod() throws Exception {
        JsonNode table = json(get("/api/dataset?region=" + enc("鹭汀区") + "&period=" + enc("2024年1-6月"))).get("table");
        assertFalse(table.get("rows").isEmpty());
        for (JsonNode r : table.get("rows")) {
            assertEquals("321702", r.get("region_code").asText(), r.get("label").asText());
        }
        JsonNode period = json(get("/api/dataset?period=" + enc("2024年1-6月"))).get("table");
        JsonNode alone = table.get("rows").get(0).get("cells");
        JsonNode among = row(period, "鹭汀区", "2024年1-6月").get("cells");
        alone.fieldNames().forEachRemaining(k -> {
            for (String part : List.of("value", "display", "flags", "fact")) {
                assertEquals(alone.get(k).path(part), among.get(k).path(part), k + " " + part
                        + ": the region's row is the same in its period's table");
            }
        });
    }

    @Test
    void theWorkbookAndTheCsvDownload() throws Exception {
        HttpResponse<byte[]> xlsx = get("/api/dataset.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        assertEquals('P', xlsx.body()[0]);
        assertEquals('K', xlsx.body()[1]);
        String csv = new String(get("/api/dataset.csv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("澜州市") && csv.contains("31000"), csv.substring(0, Math.min(400, csv.length())));
    }

    @Test
    void findingsComePagedWithFacets() throws Exception {
        JsonNode all = json(get("/api/findings"));
        assertTrue(all.get("total").asInt() > 0);
        boolean conflict = false;
        for (JsonNode f : all.get("findings")) {
            JsonNode finding = f.get("finding");
            conflict |= finding.get("kind").asText().equals("conflict")
                    && finding.get("doc").asText().endsWith("2023-luting-annual.txt")
                    && finding.get("indicator").asText().equals("projects_signed");
        }
        assertTrue(conflict, "the annual report's 26 and 28 signed projects");
        assertTrue(has(all.get("facets").get("kind"), "value", "conflict"));
        JsonNode luting = json(get("/api/findings?region=321702&kind=conflict"));
        assertTrue(luting.get("total").asInt() >= 1);
        assertTrue(luting.get("total").asInt() < all.get("total").asInt());
        for (JsonNode f : luting.get("findings")) {
            assertEquals("鹭汀区", f.get("region").asText());
        }
    }

    @Test
    void searchHighlightsAndFacets() throws Exception {
        JsonNode r = json(get("/api/search?q=" + enc("海洋科技城")));
        assertTrue(r.get("total").asInt() >= 2, r.toString());
        JsonNode snippet = r.get("hits").get(0).get("snippets").get(0);
        assertTrue(snippet.get("marked").asText().contains("【"), snippet.toString());
        assertFalse(snippet.get("highlights").isEmpty());
        assertTrue(has(r.get("facets").get("region"), "label", "鹭汀区"), r.get("facets").toString());
        JsonNode filtered = json(get("/api/search?q=" + enc("海洋科技城") + "&f.region=321702"));
        for (JsonNode h : filtered.get("hits")) {
            assertEquals("321702", h.get("region_code").asText());
        }
    }

    @Test
    void indicatorsComeWithTheirChineseLabels() throws Exception {
        JsonNode labels = json(get("/api/indicators"));
        assertTrue(has(labels, "label", "实际使用外资"), labels.toString());
        for (JsonNode l : labels) {
            assertFalse(l.get("label").asText().equals(l.get("value").asText()), l.toString());
        }
        JsonNode facets = json(get("/api/search?q=" + enc("外资"))).get("facets").get("indicator");
        assertTrue(has(facets, "value", "fdi_actual") && has(facets, "label", "实际使用外资"), facets.toString());
        for (JsonNode f : facets) {
            assertFalse(f.get("label").asText().matches("[a-z_0-9]+"), f.toString());
        }
        boolean labelled = false;
        for (JsonNode f : json(get("/api/findings")).get("findings")) {
            String id = f.get("finding").get("indicator").asText();
            if (id.equals("projects_signed")) {
                labelled = true;
                assertFalse(f.get("indicator_label").asText().matches("[a-z_0-9]+"), f.toString());
                assertTrue(f.get("file").asText().endsWith("2023-luting-annual.txt"), f.toString());
            }
        }
        assertTrue(labelled, "the annual report's signed projects");
    }

    @Test
    void aQueryThatCannotBeReadIsABadRequest() throws Exception {
        HttpResponse<byte[]> r = get("/api/search?q=" + enc("\"海洋"));
        assertEquals(400, r.statusCode());
        assertTrue(json(r).get("error").asText().contains("quote"), new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void projectsAndATimeline() throws Exception {
        JsonNode answer = json(get("/api/projects"));
        JsonNode list = answer.get("projects");
        assertEquals(list.size(), answer.get("total").asInt(), "the corpus fits one page");
        String id = null;
        for (JsonNode p : list) {
            assertEquals(null, p.get("timeline"), "the list carries no timelines");
            assertEquals(null, p.get("mentions"));
            if (p.get("name").asText().equals("恒屹新能源电池结构件项目")) {
                id = p.get("id").asText();
                assertTrue(p.get("reports").asInt() >= 2, p.toString());
                assertFalse(p.get("latest").asText().isEmpty(), p.toString());
            }
        }
        assertNotNull(id, list.toString());
        JsonNode found = json(get("/api/projects?q=" + enc("恒屹")));
        assertTrue(found.get("total").asInt() >= 1 && found.get("total").asInt() < answer.get("total").asInt(), found.toString());
        assertEquals(0, json(get("/api/projects?page=2")).get("projects").size());
        JsonNode p = json(get("/api/project/" + id));
        assertTrue(p.get("timeline").size() >= 2, p.toString());
        assertFalse(p.get("timeline").get(0).get("sentence").asText().isEmpty());
        assertEquals(404, get("/api/project/nosuchproject").statusCode());
    }

    @Test
    void aReportWithItsFactsAndAnUnknownDoc() throws Exception {
        String doc = docEndingIn("2024h1-city.docx");
        JsonNode r = json(get("/api/report/" + enc(doc)));
        assertEquals(doc, r.get("report").get("doc").asText());
        int offset = r.get("offset").asInt();
        String text = r.get("text").asText();
        for (JsonNode f : r.get("facts")) {
            int s = f.get("span").get(0).asInt() - offset;
            int e = f.get("span").get(1).asInt() - offset;
            assertEquals(f.get("text").asText(), text.substring(s, e));
        }
        assertFalse(r.get("facts").isEmpty());
        assertEquals(404, get("/api/report/" + enc("corpus/none.docx")).statusCode());
        assertEquals(404, get("/api/report/" + enc("../../etc/passwd")).statusCode());
    }

    @Test
    void aReportListsEachOfItsFindingsOnce() throws Exception {
        for (String name : List.of("2024h1-city.docx", "2024h1-luting.pdf", "2023-luting-annual.txt")) {
            JsonNode findings = json(get("/api/report/" + enc(docEndingIn(name)))).get("findings");
            List<String> seen = new ArrayList<>();
            for (JsonNode f : findings) {
                String shown = f.get("kind").asText() + " " + f.get("message").asText();
                assertFalse(seen.contains(shown), name + " lists twice: " + shown + "\n" + findings.toPrettyString());
                seen.add(shown);
            }
        }
    }

    @Test
    void aFindingNamesTheReportsByTheirFilesNotTheirStoredPaths() throws Exception {
        JsonNode city = json(get("/api/report/" + enc(docEndingIn("2024h1-city.docx")))).get("findings");
        String cross = null;
        for (JsonNode f : city) {
            if (f.get("kind").asText().equals("cross_report") && f.get("message").asText().contains("鹭汀区实际使用外资")) {
                cross = f.get("message").asText();
            }
        }
        assertEquals("鹭汀区实际使用外资：2024h1-city.docx 写 6215万美元，本地区报告 2024h1-luting.pdf 写 6125万美元：上下级报告不符", cross);
        JsonNode page = json(get("/api/findings?kind=cross_report"));
        assertFalse(page.get("findings").isEmpty(), page.toString());
        for (JsonNode f : page.get("findings")) {
            String message = f.get("finding").get("message").asText();
            assertFalse(message.contains(tmp.toString()), message);
            assertTrue(f.get("finding").get("doc").asText().startsWith(tmp.toString()), "the doc id stays what the links open");
            for (JsonNode fact : f.get("finding").get("facts")) {
                String file = f.get("files").get(fact.get("doc").asText()).asText();
                String doc = fact.get("doc").asText();
                assertTrue(doc.endsWith("/" + file) || doc.contains("/uploads/") && !file.contains("/"), file + " names " + doc);
            }
        }
    }

    @Test
    void markupInAReportComesBackAsJsonText() throws Exception {
        String doc = docEndingIn("markup.txt");
        HttpResponse<byte[]> r = get("/api/report/" + enc(doc));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(json(r).get("text").asText().contains("<script>alert(1)</script>"));
        JsonNode hits = json(get("/api/search?q=" + enc("稳步推进")));
        assertTrue(hits.toString().contains("alert(1)"), hits.toString());
    }

    @Test
    void chartsAndCoverage() throws Exception {
        JsonNode chart = json(get("/api/chart?indicator=fdi_actual"));
        assertEquals("万美元", chart.get("unit").asText());
        JsonNode bars = chart.get("bars");
        assertTrue(bars.size() >= 3, chart.toString());
        for (JsonNode b : bars) {
            assertEquals("万美元", b.get("unit").asText());
            assertFalse(b.get("doc").asText().isEmpty());
        }
        assertTrue(has(bars, "region", "澜州市"));
        JsonNode coverage = json(get("/api/coverage"));
        JsonNode annual = null;
        for (JsonNode c : coverage.get("reports")) {
            if (c.get("doc").asText().endsWith("2023-luting-annual.txt")) {
                annual = c;
            }
        }
        assertNotNull(annual);
        assertTrue(annual.get("figures").asInt() >= annual.get("attributed").asInt());
        assertTrue(annual.get("checked").asInt() > 0, annual.toString());
    }

    @Test
    void coverageCountsOnlyFiguresGivenARealIndicatorAsAttributed() throws Exception {
        int others = 0;
        for (JsonNode c : json(get("/api/coverage")).get("reports")) {
            JsonNode facts = json(get("/api/report/" + enc(c.get("doc").asText()))).get("facts");
            int attributed = 0;
            for (JsonNode f : facts) {
                boolean other = f.get("indicator").asText().equals("other");
                attributed += other ? 0 : 1;
                others += other ? 1 : 0;
            }
            assertEquals(facts.size(), c.get("figures").asInt(), c.toString());
            assertEquals(attributed, c.get("attributed").asInt(), c.toString());
        }
        assertTrue(others > 0, "the corpus has figures no indicator fits");
    }

    @Test
    void echartsComesFromItsWebjar() throws Exception {
        HttpResponse<byte[]> r = get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length > 500_000);
    }

    @Test
    void anUploadIsIngestedInTheBackgroundAndABrokenFileNamed() throws Exception {
        int before = json(get("/api/stats")).get("files").asInt();
        byte[] report = Files.readAllBytes(Path.of("corpus", HELD_BACK));
        byte[] broken = "%PDF-1.4 this is no pdf at all".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> posted = upload(List.of(new Part("蕴川半年报.txt", report), new Part("坏文件.pdf", broken),
                new Part("../../escape.txt", "1-6月，全区实际使用外资100万美元。".getBytes(StandardCharsets.UTF_8))));
        assertEquals(202, posted.statusCode(), new String(posted.body(), StandardCharsets.UTF_8));
        String job = json(posted).get("job").asText();
        JsonNode state = await(job);
        assertEquals("done", state.get("state").asText(), state.toString());
        assertEquals(3, state.get("total").asInt());
        assertEquals(3, state.get("done").asInt());
        assertEquals(1, state.get("failures").size(), state.toString());
        assertEquals("坏文件.pdf", state.get("failures").get(0).get("file").asText());
        assertEquals("corrupt", state.get("failures").get(0).get("kind").asText(), state.toString());
        assertFalse(Files.exists(tmp.resolve("escape.txt")));
        try (Stream<Path> stored = Files.walk(tmp.resolve("data/uploads"))) {
            for (Path p : stored.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(UploadJobs.NAMES)).toList()) {
                assertTrue(p.getFileName().toString().matches("\\d+\\.(txt|pdf|docx|doc)"), p.toString());
            }
        }
        JsonNode hits = json(get("/api/search?q=" + enc("蕴川区")));
        String doc = null;
        for (JsonNode h : hits.get("hits")) {
            if (h.get("doc").asText().contains("/uploads/")) {
                doc = h.get("doc").asText();
                assertEquals("蕴川半年报.txt", h.get("file").asText(), "the name uploaded, not the stored path");
            }
        }
        assertNotNull(doc, hits.toString());
        for (String path : List.of(enc(doc), String.join("/", Stream.of(doc.split("/")).map(WorkspaceServerTest::enc).toList()))) {
            HttpResponse<byte[]> shown = get("/api/report/" + path);
            assertEquals(200, shown.statusCode(), path);
            assertEquals(doc, json(shown).get("report").get("doc").asText());
            assertEquals("蕴川半年报.txt", json(shown).get("report").get("file").asText());
        }
        JsonNode covered = null;
        for (JsonNode c : json(get("/api/coverage")).get("reports")) {
            if (c.get("doc").asText().equals(doc)) {
                covered = c;
            }
        }
        JsonNode found = json(get("/api/projects?q=" + enc("瀚沣"))).get("projects");
        assertEquals(1, found.size(), found.toString());
        JsonNode project = json(get("/api/project/" + found.get(0).get("id").asText()));
        for (JsonNode step : project.get("timeline")) {
            assertEquals(doc, step.get("doc").asText());
            assertEquals("蕴川半年报.txt", step.get("file").asText(), "a project's source is named as uploaded");
        }
        assertNotNull(covered, "the upload has its coverage row");
        assertEquals("蕴川半年报.txt", covered.get("file").asText(), "the name uploaded, not the stored path");
        assertFalse(covered.get("title").asText().isEmpty(), covered.toString());
        assertEquals(before + 2, json(get("/api/stats")).get("files").asInt(), "two of the three files read");
    }

    @Test
    void aZipIsReadEntryByEntryUnderGeneratedNames() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../outside/岚台.txt"));
            zip.write(Files.readAllBytes(Path.of("corpus/2024h1-tangfu-brief.txt")));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("tools/run.exe"));
            zip.write(new byte[] {0x4d, 0x5a});
            zip.closeEntry();
        }
        String job = json(upload(List.of(new Part("报告.zip", zipped.toByteArray())))).get("job").asText();
        JsonNode state = await(job);
        assertEquals("done", state.get("state").asText(), state.toString());
        assertEquals(1, state.get("total").asInt(), state.toString());
        assertEquals(1, state.get("failures").size(), state.toString());
        assertEquals("报告.zip：run.exe", state.get("failures").get(0).get("file").asText());
        assertFalse(Files.exists(tmp.resolve("outside")));
        assertFalse(Files.exists(tmp.resolve("data/outside")));
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        HttpResponse<byte[]> r = upload(List.of(new Part("大.txt", new byte[(int) UploadJobs.MAX_FILE_BYTES + 1024])));
        assertEquals(413, r.statusCode());
        assertTrue(json(r).get("error").asText().contains("64 MB"), new String(r.body(), StandardCharsets.UTF_8));
    }

    private static JsonNode await(String job) throws Exception {
        JsonNode state = null;
        for (int i = 0; i < 600; i++) {
            state = json(get("/api/uploads/" + job));
            if (!state.get("state").asText().equals("queued") && !state.get("state").asText().equals("running")) {
                return state;
            }
            Thread.sleep(100);
        }
        return state;
    }

    private record Part(String name, byte[] bytes) {
    }

    private static HttpResponse<byte[]> upload(List<Part> parts) throws IOException, InterruptedException {
        String boundary = "huibao" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"" + p.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(p.bytes());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String docEndingIn(String name) throws Exception {
        List<String> docs = new ArrayList<>();
        for (JsonNode c : json(get("/api/coverage")).get("reports")) {
            docs.add(c.get("doc").asText());
        }
        return docs.stream().filter(d -> d.endsWith(name)).findFirst().orElseThrow(() -> new AssertionError(docs));
    }

    private static JsonNode row(JsonNode table, String label, String period) {
        for (JsonNode r : table.get("rows")) {
            JsonNode p = r.get("period");
            if (r.get("label").asText().equals(label) && p.get("year").asInt() == 2024 && p.get("to_month").asInt() == 6
                    && period.equals("2024年1-6月")) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " " + period);
    }

    private static boolean has(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field) != null && n.get(field).asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
