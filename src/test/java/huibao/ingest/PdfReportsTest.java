package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import huibao.model.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportsTest {

    private static final ReportReader READER = new ReportReader(Cleaning.DICTIONARIES);
    private static final String EXPECTED = String.join("\n", ReportFixtures.PAGED_REPORT) + "\n";

    @TempDir
    Path dir;

    @Test
    void readsPagedPdfWithoutHeadersPageNumbersOrBrokenLines() throws Exception {
        SourceText source = READER.read(WordReportsTest.fixture("paged-report.pdf"), "paged-report.pdf");
        assertEquals(EXPECTED, source.text());
        assertEquals("application/pdf", source.mediaType());
        assertEquals("城东区2023年上半年招商引资工作情况汇报", source.sections().get(0).title());
    }

    @Test
    void mapsCleanedPdfTextIntoParsedText() throws Exception {
        byte[] bytes = Files.readAllBytes(WordReportsTest.fixture("paged-report.pdf"));
        RawText raw = new DocumentParser(ReportReader.DEFAULT_WRITE_LIMIT).parse(bytes, "paged-report.pdf");
        assertEquals(2, raw.pages());
        assertTrue(raw.text().startsWith(ReportFixtures.RUNNING_HEADER + "\n"), raw.text());
        assertTrue(raw.text().contains("\n- 1 -\n\f" + ReportFixtures.RUNNING_HEADER + "\n"), raw.text());
        CleanedText clean = Cleaning.cleaner().clean(raw.text());
        assertEquals(EXPECTED, clean.text());
        TextCleanerTest.assertPointsBack(raw.text(), clean);
        int figure = clean.text().indexOf("38.6亿元");
        assertEquals(raw.text().indexOf("38.6亿元"), clean.offsets().toRaw(figure));
        // 项目7个 was broken over the page break, footer and header between its halves
        int across = clean.text().indexOf("项目7个");
        assertEquals(raw.text().indexOf("项\n- 1 -\n\f"), clean.offsets().toRaw(across));
        assertEquals(raw.text().indexOf("目7个"), clean.offsets().toRaw(across + 1));
    }

    @Test
    void readsPdfDrawnWithChineseFontAtTestTime() throws Exception {
        assumeTrue(Files.isRegularFile(ReportFixtures.CJK_FONT), "CJK font missing: " + ReportFixtures.CJK_FONT);
        Path file = dir.resolve("城东区.pdf");
        ReportFixtures.writePagedPdf(file, page -> "第 " + page + " 页 共 2 页");
        SourceText source = READER.read(file, "城东区.pdf");
        assertEquals(EXPECTED, source.text());
    }
}
