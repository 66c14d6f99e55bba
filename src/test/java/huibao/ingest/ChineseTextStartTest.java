package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain-text report that plainly holds Chinese text is read without Tika's signature scan; what
 * Tika could type otherwise (markup, a binary under a .txt name, text starting in ASCII) still goes
 * through it, with the same outcome as before.
 */
class ChineseTextStartTest {

    private static final ReportReader READER = new ReportReader(Cleaning.DICTIONARIES, ReportReader.DEFAULT_WRITE_LIMIT,
            Ocr.none());
    private static final String REPORT = "关于全区招商引资工作情况的汇报\n全区新签约项目18个，总投资46.3亿元。\n";

    @TempDir
    Path folder;

    @Test
    void chineseTextInUtf8OrGbkWithBlanksOrAByteOrderMarkInFrontIsPlainlyText() {
        assertTrue(ChineseTextStart.holds(REPORT.getBytes(StandardCharsets.UTF_8)));
        assertTrue(ChineseTextStart.holds(REPORT.getBytes(Charset.forName("GBK"))));
        assertTrue(ChineseTextStart.holds(("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_8)));
        assertTrue(ChineseTextStart.holds(("\r\n  　　" + REPORT).getBytes(StandardCharsets.UTF_8)));
        assertTrue(ChineseTextStart.holds(("　　" + REPORT).getBytes(Charset.forName("GBK"))));
        assertTrue(ChineseTextStart.holds(("2024年上半年" + REPORT).getBytes(StandardCharsets.UTF_8)));
        assertTrue(ChineseTextStart.holds(("２０２４年" + REPORT).getBytes(StandardCharsets.UTF_8)));
        assertTrue(ChineseTextStart.holds(("（一）" + REPORT).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void markupBinariesAndAsciiStartsAreLeftToTika() {
        assertFalse(ChineseTextStart.holds((REPORT + "<html><body>").getBytes(StandardCharsets.UTF_8)));
        assertFalse(ChineseTextStart.holds(("报告\u0000" + REPORT).getBytes(StandardCharsets.UTF_8)));
        assertFalse(ChineseTextStart.holds(("No.2024年" + REPORT).getBytes(StandardCharsets.UTF_8)));
        assertFalse(ChineseTextStart.holds(("070707" + "1234" + REPORT).getBytes(StandardCharsets.UTF_8)));
        assertFalse(ChineseTextStart.holds("\uFEFF2024".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ChineseTextStart.holds(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                (byte) 0xB1, 0x1A, (byte) 0xE1}));
        assertFalse(ChineseTextStart.holds(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}));
        assertFalse(ChineseTextStart.holds(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
        assertFalse(ChineseTextStart.holds(new byte[] {(byte) 0xE4}));
        assertFalse(ChineseTextStart.holds(new byte[0]));
    }

    @Test
    void markupPastTheFirstKilobytesDoesNotMakeATextReportAnythingElse() {
        byte[] head = REPORT.repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, ChineseTextStart.MARKUP_WINDOW + 10);
        bytes[ChineseTextStart.MARKUP_WINDOW + 5] = '<';
        assertTrue(ChineseTextStart.holds(bytes));
    }

    @Test
    void aChineseWebPageSavedAsTxtIsStillNamedAsAWebPage() throws IOException {
        Path file = folder.resolve("page.txt");
        Files.writeString(file, "全区招商引资情况<html><head><title>通报</title></head><body>新签约项目18个</body></html>",
                StandardCharsets.UTF_8);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> READER.read(file, "page.txt"));
        assertEquals("page.txt: unsupported: unsupported type text/html", e.getMessage());
    }

    @Test
    void aChineseReportReadsTheSameWhicheverWayItsTypeIsTold() throws IOException, UnreadableFileException {
        Path plain = folder.resolve("report.txt");
        Files.writeString(plain, REPORT, Charset.forName("GBK"));
        // the same text behind an ASCII first line goes through Tika's detection
        Path detected = folder.resolve("detected.txt");
        Files.writeString(detected, "\n" + "No. 12\n" + REPORT, Charset.forName("GBK"));
        String viaProbe = READER.read(plain, "report.txt").text();
        String viaTika = READER.read(detected, "detected.txt").text();
        assertTrue(viaTika.endsWith(viaProbe.substring(viaProbe.indexOf("全区新签约"))), viaTika);
        assertTrue(viaProbe.startsWith("关于全区招商引资工作情况的汇报"), viaProbe);
    }
}
