package huibao.export.csv;

import huibao.dataset.Cell;
import huibao.dataset.Column;
import huibao.dataset.ColumnSummary;
import huibao.dataset.Row;
import huibao.dataset.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the table as CSV in UTF-8 with a byte order mark, so that Excel opens the Chinese text
 * correctly: a line per row with a value and a flags column per column, where each number comes
 * from (doc and offsets), and the comparable totals last. Text that a spreadsheet would read as a
 * formula (a file named {@code =HYPERLINK(…)}) gets a leading {@code '} ({@link SpreadsheetText});
 * numbers are written as numbers.
 */
public final class TableCsv {

    private TableCsv() {
    }

    /** Writes {@code table} to {@code out}, which should encode UTF-8; the BOM is written here. */
    public static void write(Table table, Writer out) throws IOException {
        out.write('\uFEFF');
        List<String> header = new ArrayList<>(List.of("地区", "地区代码", "期间", "报告"));
        for (Column c : table.columns()) {
            header.add(c.heading());
            header.add(c.heading() + "·标注");
            header.add(c.heading() + "·来源");
        }
        CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out);
        p.printRecord(header.stream().map(SpreadsheetText::text).toList());
        for (Row row : table.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(SpreadsheetText.text(row.label()));
            cells.add(SpreadsheetText.text(row.regionCode()));
            cells.add(SpreadsheetText.text(row.period().normalized()));
            cells.add(SpreadsheetText.text(row.docs()));
            for (Column c : table.columns()) {
                Cell cell = row.cell(c);
                if (cell == null) {
                    cells.add("");
                    cells.add("未报");
                    cells.add("");
                } else {
                    // a number as it is (a growth of -3.2 stays a number); a masked figure's text as text
                    cells.add(cell.value() != null ? cell.value().toPlainString() : SpreadsheetText.text(cell.display()));
                    List<String> flags = new ArrayList<>();
                    if (cell.unit() != c.unit()) {
                        flags.add("单位：" + cell.unit().label());
                    }
                    cell.flags().forEach(f -> flags.add(f.toString()));
                    cells.add(SpreadsheetText.text(String.join("；", flags)));
                    cells.add(SpreadsheetText.text(
                            cell.fact().doc() + "@" + cell.fact().span().start() + "-" + cell.fact().span().end()
                                    + (cell.fact().ocr() ? "（OCR识别）" : ""))); // as FindingWords.where marks OCR
                }
            }
            p.printRecord(cells);
        }
        summaryLine(table, p, "合计（可比）", true);
        summaryLine(table, p, "平均（可比）", false);
        p.flush();
    }

    private static void summaryLine(Table table, CSVPrinter p, String label, boolean total) throws IOException {
        if (table.summaries().isEmpty()) {
            return;
        }
        List<Object> cells = new ArrayList<>(List.of(label, "", "", ""));
        for (Column c : table.columns()) {
            ColumnSummary s = table.summary(c);
            BigDecimal v = s == null ? null : total ? s.total() : s.average();
            cells.add(v == null ? "" : v.toPlainString());
            cells.add(s == null || v == null ? "" : SpreadsheetText.text(s.over() + "，" + s.comparable() + "/" + s.cells() + " 可比"));
            cells.add("");
        }
        p.printRecord(cells);
    }
}
