package huibao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.ingest.BadFiles;
import huibao.ingest.HostileDocx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as an analyst runs it, with its outputs and exit codes. */
class CommandLineTest {

    private static Run run(String... args) {
        return Run.of(args);
    }

    @Test
    void extractPrintsOneFactPerLineInTheContractsShape() throws Exception {
        Run r = run("extract", "--format", "jsonl", "corpus/2024h1-yunchuan.txt");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines.length > 30);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        assertEquals(List.of("doc", "region", "region_code", "period", "indicator", "measure", "scope", "text", "value",
                "unit", "base_value", "base_unit", "approx", "project", "versus", "redacted", "sentence", "span"),
                keys.subList(0, 18));
        assertEquals("corpus/2024h1-yunchuan.txt", first.get("doc").asText());
        assertEquals("蕴川区", first.get("region").asText());
        assertEquals("321703", first.get("region_code").asText());
        JsonNode span = first.get("span");
        String text = Files.readString(Path.of("corpus/2024h1-yunchuan.txt"));
        assertEquals(first.get("text").asText(), text.substring(span.get(0).asInt(), span.get(1).asInt()));
    }

    @Test
    void extractWritesCsvWithAHeader() {
        Run r = run("extract", "--format", "csv", "corpus/2024m5-tangfu.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("doc,region,region_code,year,from_month,to_month,period_label,indicator,measure"));
        assertTrue(r.out().contains("XX亿元"), "a redacted figure is listed");
    }

    @Test
    void readsEveryGoodReportOfAFolderAndNamesEachBadFileWithItsReason(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        Files.copy(Path.of("corpus/2024h1-yunchuan.txt"), folder.resolve("蕴川区.txt"));
        Files.copy(Path.of("corpus/2024h1-lantai.docx"), folder.resolve("岚台区.docx"));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(folder.resolve("corrupt.docx"), noise);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "gif", folder.resolve("logo.gif").toFile()); // images huibao OCRs are .png .jpg .tif
        BadFiles.writeEncryptedPdf(folder.resolve("locked.pdf"));

        Run r = run("ingest", "--data", tmp.resolve("data").toString(), folder.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("蕴川区.txt: 1 report(s)"), r.out());
        assertTrue(r.out().contains("岚台区.docx: 1 report(s)"), r.out());
        assertTrue(r.out().contains("ingested 2 file(s)"), r.out());
        assertTrue(r.err().contains("corrupt.docx: corrupt"), r.err());
        assertTrue(r.err().contains("empty.txt: empty"), r.err());
        assertTrue(r.err().contains("logo.gif: unsupported"), r.err());
        assertTrue(r.err().contains("locked.pdf: encrypted"), r.err());

        Run search = run("search", "--data", tmp.resolve("data").toString(), "蕴川");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().contains("【蕴川】"), search.out());
    }

    @Test
    void ingestExtractAndCheckNameABrokenLinkAndALinkLoopInAFolderAndReadTheRest(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        Files.copy(Path.of("corpus/2024h1-yunchuan.txt"), folder.resolve("蕴川区.txt"));
        Files.createSymbolicLink(folder.resolve("gone.docx"), Path.of("moved/gone.docx"));
        Files.createSymbolicLink(folder.resolve("up"), Path.of("."));
        String data = tmp.resolve("data").toString();
        for (String[] args : List.of(new String[] {"ingest", "--data", data, folder.toString()},
                new String[] {"extract", folder.toString()}, new String[] {"check", folder.toString()})) {
            Run r = run(args);
            assertEquals(1, r.code(), args[0] + ": " + r.out() + r.err());
            assertTrue(r.err().contains(folder.resolve("gone.docx") + ": unreadable: broken link: its target "
                    + "moved/gone.docx does not exist\n"), args[0] + ": " + r.err());
            assertTrue(r.err().contains(folder.resolve("up") + ": unreadable: link loop: it points back to a folder "
                    + "it is in (.)\n"), args[0] + ": " + r.err());
            assertTrue(r.out().contains("蕴川区") || r.out().contains("321703"), args[0] + ": " + r.out());
        }
    }

    @Test
    void aFileNameWithControlCharactersIsPrintedEscapedOnOneLine(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        Files.copy(Path.of("corpus/2024h1-yunchuan.txt"), folder.resolve("蕴川区\nfailed   x.txt"));
        Files.write(folder.resolve("empty\t\r.txt"), new byte[0]);
        String data = tmp.resolve("data").toString();
        Run ingest = run("ingest", "--data", data, folder.toString());
        assertEquals(1, ingest.code(), ingest.out() + ingest.err());
        assertTrue(ingest.out().contains("read     " + folder + "/蕴川区\\nfailed   x.txt: 1 report(s)"), ingest.out());
        assertTrue(ingest.err().contains(folder + "/empty\\t\\r.txt: empty"), ingest.err());
        assertEquals(1, ingest.err().lines().count(), ingest.err());
        Run again = run("ingest", "--data", data, folder.toString());
        assertTrue(again.out().contains("unchanged " + folder + "/蕴川区\\nfailed   x.txt\n"), again.out());
        for (String command : List.of("extract", "check")) {
            Run r = run(command, folder.toString());
            assertEquals(1, r.code(), command + ": " + r.out() + r.err());
            assertEquals(List.of(folder + "/empty\\t\\r.txt: empty: the file has no bytes"), r.err().lines().toList(),
                    command);
        }
    }

    @Test
    void aFileThatBreaksTheParserIsNamedInOneLineAndEveryCommandGoesOn(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        HostileDocx.writeDeeplyNested(folder.resolve("a-nested.docx"), 20_000);
        HostileDocx.writeZipBomb(folder.resolve("b-bomb.docx"), 120);
        Files.copy(Path.of("corpus/2024h1-yunchuan.txt"), folder.resolve("c-蕴川区.txt"));
        String data = tmp.resolve("data").toString();

        Run ingest = run("ingest", "--threads", "1", "--data", data, folder.toString());
        assertEquals(1, ingest.code(), ingest.out() + ingest.err());
        assertTrue(ingest.out().contains("c-蕴川区.txt: 1 report(s)"), ingest.out());
        assertTrue(ingest.out().contains("ingested 1 file(s)") && ingest.out().contains("2 failed"), ingest.out());
        assertNamedInOneLine(ingest.err(), "failed   ");

        Run extract = run("extract", folder.toString());
        assertEquals(1, extract.code(), extract.err());
        assertTrue(extract.out().contains("c-蕴川区.txt\",\"region\":\"蕴川区\""), extract.out());
        assertNamedInOneLine(extract.err(), "");

        Run check = run("check", "--brief", folder.toString());
        assertEquals(1, check.code(), check.err());
        assertNamedInOneLine(check.err(), "");

        Run debug = run("extract", "--debug", folder.resolve("a-nested.docx").toString());
        assertEquals(1, debug.code());
        assertTrue(debug.err().contains("\tat huibao.ingest."), "--debug shows the trace");
    }

    @Test
    void topLevelDebugPrintsTheStackTraceOfAFileThatFailsInIngest(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        HostileDocx.writeDeeplyNested(folder.resolve("a-nested.docx"), 20_000);
        Run debug = run("--debug", "ingest", "--threads", "1", "--data", tmp.resolve("data").toString(),
                folder.toString());
        assertEquals(1, debug.code(), debug.out() + debug.err());
        assertTrue(debug.err().contains("a-nested.docx: corrupt"), debug.err());
        assertTrue(debug.err().contains("\tat "), "--debug before the command shows the trace: " + debug.err());
    }

    @Test
    void quietIngestStillPrintsTheWarningThatALongTextWasCut(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        // a report, then filler past the 2,000,000-character write limit
        Files.writeString(folder.resolve("long.txt"), "今年以来，全区新签约项目25个，总投资52.1亿元。\n"
                + "各项工作稳步推进\n".repeat(230_000), java.nio.charset.StandardCharsets.UTF_8);
        Run quiet = run("ingest", "--quiet", "--threads", "1", "--data", tmp.resolve("data").toString(),
                folder.toString());
        assertEquals(0, quiet.code(), quiet.out() + quiet.err());
        assertTrue(quiet.err().lines().anyMatch(l -> l.startsWith("warning  ") && l.contains("long.txt")
                && l.contains("text cut at")), "the cut is named under --quiet: " + quiet.err());
        assertTrue(quiet.out().lines().noneMatch(l -> l.startsWith("read ")), "--quiet still hides read lines: " + quiet.out());
    }

    /** The deep and the bomb file, each on one line with its reason, and no stack trace. */
    private static void assertNamedInOneLine(String err, String prefix) {
        List<String> lines = err.lines().filter(l -> l.contains("a-nested.docx") || l.contains("b-bomb.docx")).toList();
        assertEquals(2, lines.size(), err);
        assertTrue(lines.get(0).matches(prefix + ".*a-nested\\.docx: corrupt: broken Word document: nested too deeply to be"
                + " read"), lines.get(0));
        assertTrue(lines.get(1).endsWith("b-bomb.docx: corrupt: refused: a zip bomb (a part expands past 100,000,000 bytes)"),
                lines.get(1));
        assertTrue(!err.contains("\tat ") && !err.contains("internal error"), err);
    }

    @Test
    void searchListsTheRightReportFirstWithTheNameHighlighted(@TempDir Path tmp) {
        String data = tmp.resolve("data").toString();
        assertEquals(0, run("ingest", "-q", "--data", data, "corpus").code());
        Run r = run("search", "--data", data, "恒屹结构件");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1. 鹭汀区2024年上半年招商引资工作汇报"), r.out());
        assertTrue(r.out().contains("【恒屹结构件】"), r.out());
        Run json = run("search", "--data", data, "--json", "海洋科技城");
        assertTrue(json.out().startsWith("{\"total\":"), json.out());
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path tmp) throws Exception {
        assertEquals(2, run("extract", "--format", "xml", "corpus").code());
        assertEquals(2, run("frobnicate").code());
        String data = tmp.resolve("data").toString();
        assertEquals(0, run("ingest", "--data", data, Files.createDirectories(tmp.resolve("none")).toString()).code());
        Run bad = run("search", "--data", data, "金雷 AND (");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("金雷 AND ("), bad.err());
    }

    @Test
    void aMissingInputIsNamed() {
        Run r = run("extract", "no/such/report.docx");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file or folder: no/such/report.docx"), r.err());
    }

    @Test
    void datasetWritesACsvThatExcelReadsAsUtf8(@TempDir Path tmp) throws Exception {
        String data = tmp.resolve("data").toString();
        assertEquals(0, run("ingest", "-q", "--data", data, "corpus").code());
        Path csv = tmp.resolve("table.csv");
        Run r = run("dataset", "--data", data, "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("实际使用外资（万美元）"), text);
        assertTrue(text.contains("澜州市,321700,2024年1-6月"), text);

        Path xlsx = tmp.resolve("table.xlsx");
        r = run("dataset", "--data", data, "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        try (var in = Files.newInputStream(xlsx); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertEquals("数据", book.getSheetAt(0).getSheetName());
            assertTrue(book.getSheetAt(1).getLastRowNum() >= 20, "a row per finding of the corpus");
        }
        assertEquals(2, run("dataset", "--data", data, "--out", tmp.resolve("table.pdf").toString()).code());
    }

    @Test
    void checkNamesEachProblemWithItsSentenceAndWritesAReportToSendOn(@TempDir Path tmp) throws Exception {
        Run r = run("check", "corpus/2024h1-yunchuan.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[完成率] corpus/2024h1-yunchuan.txt  完成率：3620万美元 ÷ 6500万美元 = 55.69%（55.68–55.7%），报告写 58.9%"), r.out());
        assertTrue(r.out().contains("【58.9%】"), r.out());

        Run jsonl = run("check", "--format", "jsonl", "corpus/2024h1-yunchuan.txt");
        assertTrue(jsonl.out().lines().allMatch(l -> l.startsWith("{\"kind\":")), jsonl.out());

        Path html = tmp.resolve("核查.html");
        r = run("check", "--out", html.toString(), "corpus/2024h1-yunchuan.txt");
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("58.9%"), page);

        Run md = run("check", "--format", "md", "corpus/2024h1-yunchuan.txt");
        assertTrue(md.out().contains("**58.9%**"), md.out());
        assertEquals(2, run("check", "--format", "xlsx", "corpus/2024h1-yunchuan.txt").code(), "xlsx needs --out");
    }

    @Test
    void anAnalystsOwnDivisionsResolveThroughTheDictionariesFolder(@TempDir Path tmp) throws Exception {
        Path dict = Files.createDirectories(tmp.resolve("dict"));
        Files.writeString(dict.resolve("regions-local.tsv"), "code\tname\tlevel\tparent_code\tshort_names\tstatus\tsuccessor_codes\n"
                + "370199\t钢城新材料产业园\tcounty\t370100\t钢城新材料园\tactive\t\n");
        Path report = tmp.resolve("园区汇报.txt");
        Files.writeString(report, "钢城新材料产业园2024年上半年招商引资工作情况\n\n上半年，园区新签约项目5个，总投资12.6亿元。\n");
        Run r = run("extract", "--reports", "--dictionaries", dict.toString(), report.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode line = new ObjectMapper().readTree(r.out().strip());
        assertEquals("370199", line.get("region_code").asText());
        assertEquals(2, line.get("facts").asInt());
    }

    @Test
    void theAnalystSetsRegionAndPeriodTheTextDoesNotSay(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.txt");
        Path b = tmp.resolve("b.txt");
        Files.writeString(a, "XX区招商引资工作情况\n\n今年以来，全区新签约项目12个，实际使用外资860万美元。\n");
        Files.writeString(b, "招商引资工作情况\n\n截至目前，全县新签约项目7个。\n");
        Path manifest = tmp.resolve("manifest.csv");
        Files.writeString(manifest, "file,region,period\n" + a + ",钢城区,2021年1-10月\n");
        Run r = run("extract", "--reports", "--manifest", manifest.toString(), "--region", "沂水县", a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertEquals("370117", first.get("region_code").asText());
        assertEquals(2021, first.get("period").get("year").asInt());
        assertEquals(10, first.get("period").get("to_month").asInt());
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertEquals("沂水县", second.get("region").asText(), "--region covers the files the manifest leaves out");
    }
}
