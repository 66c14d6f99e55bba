package huibao.export.csv;

import huibao.FileOutcome;
import huibao.Huibao;
import huibao.config.HuibaoConfig;
import huibao.dataset.DatasetRequest;
import huibao.dataset.Table;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export is opened in a spreadsheet, which reads a cell beginning with = + - @ (or a tab or CR) as a
 * formula: a file named like one must come out as text, in the CSVs and the workbook, while numbers
 * stay numbers.
 */
class FormulaCellsTest {

    /** A file name a district could send; Excel and LibreOffice would make it a live link. */
    private static final String NAME = "=HYPERLINK(\"example.invalid\",\"点此\")+钢城区.txt";

    @TempDir
    static Path dir;
    private static List<Report> reports = new ArrayList<>();
    private static List<Fact> facts = new ArrayList<>();
    private static Table table;

    @BeforeAll
    static void readAReportWithAFormulaForAName() throws IOException {
        Path file = Files.writeString(dir.resolve(NAME), "鹭汀区2024年1-6月招商引资工作总结\n\n"
                + "1-6月，全区实际使用外资6125万美元，同比下降3.2%。全区新签约项目14个。\n", StandardCharsets.UTF_8);
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(dir.resolve("data")))) {
            FileOutcome outcome = huibao.read(new InputFile(file, NAME), ReportMetadataHints.none());
            assertTrue(outcome.ok(), () -> String.valueOf(outcome.failure()));
            for (ReportExtraction r : outcome.reports()) {
                reports.add(r.report());
                facts.addAll(r.facts());
            }
            table = huibao.dataset(reports, facts, huibao.defaultDataset().withColumns(List.of(
                    new DatasetRequest.Wanted("fdi_actual", Measure.VALUE),
                    new DatasetRequest.Wanted("fdi_actual", Measure.YOY))));
        }
    }

    @Test
    void aFileNamedLikeAFormulaIsTextInTheTablesReportAndSourceColumns() throws IOException {
        StringWriter out = new StringWriter();
        TableCsv.write(table, out);
        List<CSVRecord> lines = CSVFormat.DEFAULT.parse(new StringReader(out.toString().substring(1))).getRecords();
        CSVRecord row = lines.get(1);
        assertEquals("'" + NAME, row.get(3), "报告");
        assertTrue(row.get(6).startsWith("'" + NAME + "@"), "实际使用外资·来源: " + row.get(6));
        assertTrue(row.get(9).startsWith("'" + NAME + "@"), "增速·来源: " + row.get(9));
    }

    @Test
    void aNegativeGrowthStaysANumberInTheTable() throws IOException {
        StringWriter out = new StringWriter();
        TableCsv.write(table, out);
        List<CSVRecord> lines = CSVFormat.DEFAULT.parse(new StringReader(out.toString().substring(1))).getRecords();
        assertEquals("6125", lines.get(1).get(4));
        assertEquals("-3.2", lines.get(1).get(7), "a number, not text: only text cells are escaped");
    }

    @Test
    void theFactsCsvWritesTextThatBeginsLikeAFormulaAsTextAndNumbersAsNumbers() throws IOException {
        StringWriter out = new StringWriter();
        FactCsv csv = new FactCsv(out);
        facts.forEach(csv::write);
        List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(facts.size(), lines.size());
        for (CSVRecord line : lines) {
            assertEquals("'" + NAME, line.get("doc"));
            assertTrue(line.get("id").startsWith("'" + NAME), line.get("id"));
        }
        CSVRecord growth = lines.stream().filter(l -> l.get("measure").equals("yoy")).findFirst().orElseThrow();
        assertEquals("-3.2", growth.get("value"));
        assertEquals("-3.2", growth.get("base_value"));
    }

    @Test
    void theWorkbookKeepsAFileNamedLikeAFormulaAsTextAndTheGrowthAsANumber() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(dir.resolve("data")))) {
            huibao.exports().workbook(table, List.of(), reports, out);
        }
        int named = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + " " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(NAME)) {
                            named++;
                        }
                    }
                }
            }
            assertEquals(-3.2, workbook.getSheet("数据").getRow(1).getCell(5).getNumericCellValue(), 1e-9);
        }
        assertTrue(named >= 2, "the 数据 and 来源 sheets name the file as text: " + named);
    }

    @Test
    void everyCharacterASpreadsheetReadsAsAFormulaIsEscapedAndNothingElse() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + risky, SpreadsheetText.text(risky), risky);
        }
        for (String safe : List.of("钢城区", "", "1-6月", "'=1", " =1")) {
            assertEquals(safe, SpreadsheetText.text(safe), safe);
        }
    }
}
