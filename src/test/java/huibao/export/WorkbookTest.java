package huibao.export;

import huibao.catalog.IndicatorCatalog;
import huibao.config.Dictionaries;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook of the 澜州 reports, written to a file and read back as an analyst's Excel would. */
class WorkbookTest {

    @TempDir
    static Path dir;
    static XSSFWorkbook workbook;
    static XSSFSheet data;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        LanzhouReports lanzhou = new LanzhouReports();
        Path file = dir.resolve("澜州2024上半年.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new Exports(IndicatorCatalog.load(Dictionaries.packaged())).workbook(lanzhou.table(), lanzhou.findings(), lanzhou.reports(), out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        data = workbook.getSheet("数据");
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void namesItsSheetsInChinese() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("数据", "核查发现", "来源"), names);
    }

    @Test
    void headsTheTableWithTheColumnHeadings() {
        List<String> heading = new ArrayList<>();
        data.getRow(0).forEach(c -> heading.add(c.getStringCellValue().replace("\n", "")));
        assertEquals(List.of("地区", "地区代码", "期间", "报告", "实际使用外资（万美元）", "实际使用外资·同比（%）",
                "实际使用外资·完成率（%）", "新签约项目（个）", "到位内资（亿元）"), heading);
        assertEquals(List.of("澜州市", "鹭汀区", "蕴川区", "枫渚区"),
                List.of(text(1, 0), text(2, 0), text(3, 0), text(4, 0)));
        assertEquals("321702", text(2, 1));
        assertEquals("2024年1-6月", text(2, 2));
        assertEquals("2024h1-compiled.txt#2", text(3, 3));
    }

    @Test
    void writesNumbersAsNumbersInThePrecisionTheyArePrintedWith() {
        assertNumber(cell(1, 4), 16700, "#,##0");
        assertNumber(cell(1, 5), 32.8, "0.0\"%\"");
        assertNumber(cell(1, 8), 86.4, "#,##0.0");
        assertNumber(cell(2, 4), 1740, "#,##0");
        assertNumber(cell(2, 8), 12.35, "#,##0.00");
        assertNumber(cell(1, 7), 25, "#,##0");
    }

    @Test
    void showsAnotherCurrencyInItsOwnUnitWithoutConverting() {
        assertNumber(cell(4, 4), 9600, "#,##0\"万港元\"");
        assertEquals("FFF2CC", fill(cell(4, 4)));
    }

    @Test
    void showsMaskedFiguresAsWrittenOnGrey() {
        assertEquals("**万美元", cell(3, 4).getStringCellValue());
        assertEquals("XX%", cell(3, 5).getStringCellValue());
        assertEquals("D9D9D9", fill(cell(3, 4)));
    }

    @Test
    void coloursCellsByWhatTheChecksFound() {
        assertEquals("FFC7CE", fill(cell(1, 4)), "1.67亿美元 rests a completion error");
        assertEquals("FFC7CE", fill(cell(1, 6)), "56.3% is the stated completion");
        assertEquals("FFC7CE", fill(cell(2, 7)), "8个 is stated again as 9个");
        assertNull(fill(cell(1, 5)), "32.8% is in no finding");
        assertNull(fill(cell(2, 5)), "a rounding note leaves 12.5% as it is");
        assertEquals("FFF2CC", fill(cell(3, 7)), "约10个 is hedged");
        assertEquals("FFF2CC", fill(cell(4, 7)), "6个 covers 1-5月");
        assertEquals("未报", cell(3, 8).getStringCellValue());
        assertEquals("FCD5B4", fill(cell(3, 8)), "到位内资 is left out of 蕴川区's report");
        assertEquals(CellType.BLANK, cell(4, 8).getCellType(), "枫渚区 leaves it out with no finding");
    }

    @Test
    void commentsEveryFilledCellWithItsSourceAndFindings() {
        String luting = comment(cell(2, 4));
        assertTrue(luting.contains("来源：2024h1-luting.docx@33-40"), luting);
        assertTrue(luting.contains("原句：1-6月，全区实际使用外资1740万美元，同比增长12.5%。"), luting);
        assertTrue(luting.contains("提示｜增速 · 实际使用外资：按上年同期1546.7万美元推算"), luting);
        String masked = comment(cell(3, 4));
        assertTrue(masked.contains("来源：2024h1-compiled.txt#2@53-58"), masked);
        assertTrue(masked.contains("标注：数字缺失：**万美元"), masked);
        String twice = comment(cell(2, 7));
        assertTrue(twice.contains("另一处写作：9个（2024h1-luting.docx@"), twice);
        assertTrue(twice.contains("错误｜前后不一 · 新签约项目：新签约项目前文写8个，后文写9个（报告 9个，推算 8个）"), twice);
        assertTrue(comment(cell(4, 4)).contains("标注：单位：万港元；币种不同：HKD；期间不同：2024年1-5月"),
                comment(cell(4, 4)));
        for (int r = 1; r <= 4; r++) {
            for (int c = 4; c <= 8; c++) {
                XSSFCell x = cell(r, c);
                assertEquals(x.getCellType() != CellType.BLANK, x.getCellComment() != null, "row " + r + " col " + c);
            }
        }
    }

    @Test
    void keepsTheHeadingAndTheRegionColumnsInView() {
        PaneInformation pane = data.getPaneInformation();
        assertTrue(pane.isFreezePane());
        assertEquals(3, pane.getVerticalSplitLeftColumn());
        assertEquals(1, pane.getHorizontalSplitTopRow());
        assertTrue(data.getColumnWidth(4) >= 10 * 256 && data.getColumnWidth(0) >= 8 * 256);
    }

    @Test
    void totalsOnlyComparableCellsInARowOfItsOwn() {
        assertEquals("合计（可比）", text(5, 0));
        assertEquals("澜州市所辖 2024年1-6月", text(5, 3));
        assertNumber(cell(5, 4), 1740, "#,##0");
        assertNumber(cell(5, 8), 12.35, "#,##0.00");
        assertEquals("DDEBF7", fill(cell(5, 4)));
        assertTrue(workbook.getFontAt(cell(5, 4).getCellStyle().getFontIndex()).getBold());
        assertTrue(comment(cell(5, 4)).contains("2 格中计入可比的 1 格"), comment(cell(5, 4)));
        assertEquals("平均（可比）", text(6, 0));
        assertNumber(cell(6, 5), 12.5, "0.0\"%\"");
    }

    @Test
    void explainsTheColoursBelowTheTable() {
        List<String> legend = new ArrayList<>();
        for (int r = 8; r <= data.getLastRowNum(); r++) {
            legend.add(text(r, 0) + "=" + fill(cell(r, 0)));
        }
        assertEquals(List.of("图例=DCE6F1", "不可比=FFF2CC", "错误=FFC7CE", "缺失=FCD5B4", "遮盖=D9D9D9", "合计=DDEBF7",
                "批注=null"), legend);
        assertTrue(text(10, 1).startsWith("核查发现数字之间互相矛盾"));
    }

    @Test
    void listsTheFindingsErrorsFirstWithTheSentencesTheyRestOn() {
        XSSFSheet sheet = workbook.getSheet("核查发现");
        assertEquals(List.of(
                "错误|完成率|2024h1-lanzhou.txt|澜州市|实际使用外资|",
                "错误|区县合计|2024h1-lanzhou.txt|澜州市|到位内资|",
                "错误|前后不一|2024h1-luting.docx|鹭汀区|新签约项目|",
                "缺失|缺失数字|2024h1-compiled.txt#2|蕴川区|实际使用外资|",
                "缺失|缺失数字|2024h1-compiled.txt#2|蕴川区|实际使用外资|",
                "缺失|缺报指标|2024h1-compiled.txt#2|蕴川区|到位内资|",
                "提示|增速|2024h1-luting.docx|鹭汀区|实际使用外资|仅因四舍五入成立",
                "核对一致|分项合计|2024h1-luting.docx|鹭汀区|新签约项目|"), rows(sheet, 0, 1, 2, 3, 4, 8));
        XSSFRow completion = sheet.getRow(1);
        assertEquals("56.3%", completion.getCell(5).getStringCellValue());
        assertEquals("52.19%", completion.getCell(6).getStringCellValue());
        XSSFRichTextString sentences = completion.getCell(9).getRichStringCellValue();
        String first = "2024h1-lanzhou.txt@34-41\u3000上半年，全市实际使用外资1.67亿美元，同比增长32.8%，完成全年任务的56.3%。";
        assertEquals(first + "\n" + first.replace("@34-41", "@59-64"), sentences.getString());
        int figure = first.indexOf("1.67亿美元");
        assertTrue(sentences.getFontAtIndex(figure).getBold(), "the figure is bold");
        assertTrue(!sentences.getFontAtIndex(figure - 1).getBold(), "the sentence around it is not");
        assertEquals("FFC7CE", fill(completion.getCell(0)));
        assertEquals("A1:J9", sheet.getCTWorksheet().getAutoFilter().getRef());
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
    }

    @Test
    void tracesEveryFactTheTableShowsOnTheSourcesSheet() {
        XSSFSheet sheet = workbook.getSheet("来源");
        List<String> rows = rows(sheet, 0, 3, 4, 5, 6, 7, 9);
        assertEquals(15, rows.size(), String.join("\n", rows));
        assertEquals("鹭汀区|1740|2024h1-luting.docx|33|40|1740万美元|", rows.get(5));
        assertTrue(rows.contains("鹭汀区||2024h1-luting.docx|97|99|9个|另一处写作，未入表"), String.join("\n", rows));
        assertTrue(rows.contains("枫渚区|9600万港元|2024m5-fengzhu.txt|29|36|9600万港元|币种不同：HKD；期间不同：2024年1-5月"),
                String.join("\n", rows));
        assertEquals("1-6月，全区实际使用外资1740万美元，同比增长12.5%。", sheet.getRow(6).getCell(8).getStringCellValue());
    }

    /** The rows under the heading, each as the given columns joined by "|", offsets as whole numbers. */
    private static List<String> rows(XSSFSheet sheet, int... cols) {
        List<String> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c : cols) {
                XSSFCell x = sheet.getRow(r).getCell(c);
                cells.add(x.getCellType() == CellType.NUMERIC ? String.valueOf((int) x.getNumericCellValue())
                        : x.getStringCellValue());
            }
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    private static XSSFCell cell(int row, int col) {
        XSSFRow r = data.getRow(row);
        assertNotNull(r, "row " + row);
        XSSFCell c = r.getCell(col);
        assertNotNull(c, "row " + row + " col " + col);
        return c;
    }

    private static String text(int row, int col) {
        return cell(row, col).getStringCellValue();
    }

    private static String comment(XSSFCell c) {
        assertNotNull(c.getCellComment(), c.getAddress() + " has a comment");
        return c.getCellComment().getString().getString();
    }

    private static String fill(XSSFCell c) {
        XSSFColor color = c.getCellStyle().getFillForegroundColorColor();
        return color == null || color.getRGB() == null ? null : HexFormat.of().withUpperCase().formatHex(color.getRGB());
    }

    private static void assertNumber(XSSFCell c, double value, String format) {
        assertEquals(CellType.NUMERIC, c.getCellType(), c.getAddress().toString());
        assertEquals(value, c.getNumericCellValue(), 0.0);
        assertEquals(format, c.getCellStyle().getDataFormatString());
    }
}
