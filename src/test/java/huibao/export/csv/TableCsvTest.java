package huibao.export.csv;

import huibao.Huibao;
import huibao.config.HuibaoConfig;
import huibao.dataset.Cell;
import huibao.dataset.DatasetRequest;
import huibao.dataset.ExtractedReports;
import huibao.dataset.LanzhouRound;
import huibao.dataset.Row;
import huibao.dataset.Table;
import huibao.model.Measure;
import huibao.model.Report;
import huibao.model.Span;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table as the CSV an analyst opens in Excel: UTF-8 with a byte order mark, a value, a flags
 * and a source column per table column, exact numbers, and the comparable totals and averages last.
 */
class TableCsvTest {

    @TempDir
    static Path dir;
    private static ExtractedReports round;
    private static Table table;
    private static byte[] bytes;
    private static List<CSVRecord> lines;

    @BeforeAll
    static void writeTheRoundsTable() throws IOException {
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(dir.resolve("data")))) {
            round = ExtractedReports.read(huibao, List.of(LanzhouRound.writeTo(dir.resolve("reports"))));
            table = huibao.dataset(round.reports(), round.facts(), huibao.defaultDataset().withColumns(List.of(
                    new DatasetRequest.Wanted("fdi_actual", Measure.VALUE),
                    new DatasetRequest.Wanted("projects_signed", Measure.VALUE),
                    new DatasetRequest.Wanted("projects_signed_investment", Measure.VALUE))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                TableCsv.write(table, w);
            }
            bytes = out.toByteArray();
        }
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        lines = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    @Test
    void startsWithTheByteOrderMarkAndTheHeader() {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF地区,地区代码,期间,报告,"
                + "实际使用外资（万美元）,实际使用外资（万美元）·标注,实际使用外资（万美元）·来源,"
                + "新签约项目（个）,新签约项目（个）·标注,新签约项目（个）·来源,"
                + "签约项目总投资（亿元）,签约项目总投资（亿元）·标注,签约项目总投资（亿元）·来源\r\n"), text);
        assertEquals(12 + 3, lines.size(), "a header, twelve rows, 合计 and 平均");
    }

    @Test
    void eachRowGivesTheValueItsFlagsAndWhereItCameFrom() {
        String city = round.report("2024h1-lanzhou.txt").doc();
        CSVRecord lanzhou = line("澜州市");
        assertEquals(List.of("澜州市", "321700", "2024年1-6月", city, "31000", "", city + "@" + at(city, "3.10亿美元"),
                "82", "", city + "@" + at(city, "82个"), "436.8", "", city + "@" + at(city, "436.8亿元")), lanzhou.toList());
        CSVRecord yunchuan = line("蕴川区");
        assertEquals(List.of("2.4", "单位：亿元；币种不同：CNY"), yunchuan.toList().subList(4, 6));
        assertEquals(List.of("XX万美元", "数字缺失：XX万美元"), line("岚台区").toList().subList(4, 6));
        assertEquals(List.of("960", "期间不同：2024年1-5月"), line("泓水县").toList().subList(4, 6));
        assertEquals(List.of("7", "多处数值不一：9个"), line("芦溆县").toList().subList(7, 9));
        assertEquals(List.of("", "未报", ""), line("棠阜县").toList().subList(4, 7), "棠阜县 gives only its 制造业 figure");
        CSVRecord masked = line("masked（XX区）");
        assertEquals(List.of("", "2024年1-6月"), masked.toList().subList(1, 3));
    }

    @Test
    void everyValueIsItsCellsAndEverySourceLeadsToTheFigureInItsReport() {
        int sources = 0;
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = table.rows().get(i);
            CSVRecord line = lines.get(i + 1);
            assertEquals(row.label(), line.get(0));
            for (int j = 0; j < table.columns().size(); j++) {
                Cell cell = row.cell(table.columns().get(j));
                if (cell == null) {
                    continue;
                }
                assertEquals(cell.display(), line.get(4 + 3 * j));
                String source = line.get(6 + 3 * j);
                String doc = source.substring(0, source.lastIndexOf('@'));
                String[] offsets = source.substring(doc.length() + 1).split("-");
                Report report = round.reports().stream().filter(r -> r.doc().equals(doc)).findFirst().orElseThrow();
                assertEquals(cell.fact().text(),
                        report.slice(new Span(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1]))), source);
                sources++;
            }
        }
        assertEquals(35, sources, "twelve rows of three figures, but for 棠阜县's 实际使用外资");
    }

    @Test
    void theTotalsAndAveragesCloseTheTable() {
        String over = "澜州市所辖 2024年1-6月，";
        assertEquals(List.of("合计（可比）", "", "", "", "23967", over + "5/7 可比", "", "61", over + "6/8 可比", "",
                "398.6", over + "7/8 可比", ""), lines.get(lines.size() - 2).toList());
        assertEquals(List.of("平均（可比）", "", "", "", "4793.4", over + "5/7 可比", "", "10.17", over + "6/8 可比", "",
                "56.94", over + "7/8 可比", ""), lines.get(lines.size() - 1).toList());
    }

    @Test
    void numbersArePlainDecimals() {
        for (CSVRecord line : lines.subList(1, lines.size())) {
            for (int i = 4; i < line.size(); i += 3) {
                String v = line.get(i);
                assertFalse(v.contains("E"), line.get(0) + " " + v);
                assertTrue(v.isEmpty() || v.matches("-?\\d+(\\.\\d+)?") || v.contains("X"), line.get(0) + " " + v);
            }
        }
    }

    private static CSVRecord line(String label) {
        return lines.stream().filter(l -> l.get(0).equals(label)).findFirst().orElseThrow();
    }

    /** "start-end" of the first {@code figure} in {@code doc}'s text. */
    private static String at(String doc, String figure) {
        Report r = round.reports().stream().filter(rep -> rep.doc().equals(doc)).findFirst().orElseThrow();
        int start = r.range().start() + r.text().indexOf(figure);
        return start + "-" + (start + figure.length());
    }
}
