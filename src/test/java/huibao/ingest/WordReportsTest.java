package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.model.ReportSection;
import huibao.model.SourceText;
import huibao.model.Span;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordReportsTest {

    private static final ReportReader READER = new ReportReader(Cleaning.DICTIONARIES);

    @TempDir
    Path dir;

    @Test
    void readsDocxParagraphsTableAndFullWidthFigures() throws Exception {
        Path file = dir.resolve("002.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("关于全区招商引资工作情况的汇报");
            doc.createParagraph().createRun().setText("区投资促进局");
            doc.createParagraph();
            doc.createParagraph().createRun().setText("截至目前，全区实际利用外资１７４０万美元，完成市分配任务的１６８．１％；"
                    + "新签约项目２５个，总投资５２．１亿元。");
            XWPFRun broken = doc.createParagraph().createRun();
            broken.setText("一、明确目标责任");
            broken.addBreak();
            broken.setText("二、强化跟踪服务");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("完成值");
            table.getRow(1).getCell(0).setText("新签约项目");
            table.getRow(1).getCell(1).setText("２５个");
            doc.write(out);
        }
        SourceText source = READER.read(file, "002.docx");
        assertEquals("关于全区招商引资工作情况的汇报\n区投资促进局\n\n"
                + "截至目前，全区实际利用外资1740万美元，完成市分配任务的168.1%；新签约项目25个，总投资52.1亿元。\n"
                + "一、明确目标责任\n二、强化跟踪服务\n"
                + "指标\t完成值\n新签约项目\t25个\n", source.text());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", source.mediaType());
        assertTrue(source.offsets().isIdentity(), "full-width folding replaces one for one");
        assertEquals(new ReportSection(0, "关于全区招商引资工作情况的汇报", new Span(0, source.text().length() - 1)),
                source.sections().get(0));
    }

    @Test
    void readsWordBinaryDoc() throws Exception {
        SourceText source = READER.read(fixture("report.doc"), "report.doc");
        assertEquals("关于城西区招商引资工作情况的汇报\n城西区投资促进局\n"
                + "今年1-6月，城西区新签约项目19个，总投资63.5亿元，同比增长21.4%。\n"
                + "一、主要成效\n"
                + "实际到位市外资金28.6亿元，完成全年任务的54.2%，居全市第二位。\n", source.text());
        assertEquals("application/msword", source.mediaType());
        assertEquals("关于城西区招商引资工作情况的汇报", source.sections().get(0).title());
    }

    /** Kingsoft WPS writes Word-compatible binaries; this fixture is a Word 97 binary under the .wps name. */
    @Test
    void readsKingsoftWpsAsWordBinary() throws Exception {
        SourceText source = READER.read(fixture("report.wps"), "城南区/report.wps");
        assertEquals(String.join("\n", ReportFixtures.WPS_REPORT) + "\n", source.text());
        assertEquals("application/msword", source.mediaType());
        assertEquals("城南区/report.wps", source.file());
        assertEquals("城南区2023年上半年招商引资工作总结", source.sections().get(0).title());
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(WordReportsTest.class.getResource("/ingest/" + name).toURI());
    }
}
